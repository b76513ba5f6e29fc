import { UnreadableWorkbookError } from '../core/workbook/workbook-source';
import { parseArgs } from './args';
import { checkCommand } from './check-command';
import { processOutput, type Output } from './output';

export const USAGE = `Bruk:
  arsmelding check <arbeidsbok.xlsx> [--json]   kontrollerer arbeidsboken og viser årets tall

Avslutningskode: 0 = i orden (advarsler tillatt), 1 = feil i arbeidsboken, 2 = feil bruk eller fil som ikke kan leses.
`;

const VALUE_FLAGS = new Set(['template', 'out', 'eml']);

/** Runs one command; returns the exit status. Never throws and never prints a stack trace. */
export async function main(argv: readonly string[], out: Output = processOutput): Promise<number> {
  const args = parseArgs(argv, VALUE_FLAGS);
  if (typeof args === 'string') {
    out.stderr(`arsmelding: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.flags.has('help') || args.command === 'help' || args.command === undefined) {
    (args.command === undefined && !args.flags.has('help') ? out.stderr : out.stdout)(USAGE);
    return args.command === undefined && !args.flags.has('help') ? 2 : 0;
  }
  try {
    if (args.command === 'check') {
      const [workbook, extra] = args.positional;
      const unknown = [...args.flags.keys()].filter((f) => f !== 'json');
      if (workbook === undefined || extra !== undefined || unknown.length > 0) {
        out.stderr(`arsmelding check: ${unknown.length > 0 ? `ukjent valg --${unknown[0]}` : 'oppgi én arbeidsbok (.xlsx)'}\n${USAGE}`);
        return 2;
      }
      return await checkCommand(workbook, args.flags.has('json'), out);
    }
    out.stderr(`arsmelding: ukjent kommando «${args.command}»\n${USAGE}`);
    return 2;
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      out.stderr(`arsmelding: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    out.stderr(`arsmelding: intern feil (${detail}). Dette er en feil i programmet, ikke i arbeidsboken; meld den gjerne med filen som ga feilen.\n`);
    if (process.env.ARSMELDING_DEBUG && error instanceof Error) out.stderr(`${error.stack ?? ''}\n`);
    return 2;
  }
}
