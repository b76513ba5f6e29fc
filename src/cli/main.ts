import { UnreadableWorkbookError } from '../core/workbook/workbook-source';
import { parseArgs } from './args';
import { checkCommand } from './check-command';
import { fieldsCommand } from './fields-command';
import { FileProblem } from './files';
import { generateCommand } from './generate-command';
import { initCommand } from './init-command';
import { processOutput, type Output } from './output';

export const USAGE = `Bruk:
  arsmelding check    <arbeidsbok.xlsx> [--json]                      kontrollerer arbeidsboken og viser årets tall
  arsmelding generate <arbeidsbok.xlsx> [--template <mal.docx>] [--out <rapport.docx>] [--eml <utkast.eml>]
                                                                      lager årsmeldingen (Word) fra malen, og med --eml
                                                                      et e-postutkast til styret med årsmeldingen vedlagt
  arsmelding fields   <mal.docx>                                      viser plassholderne i en mal
  arsmelding init     [<mappe>]                                       skriver eksempel-arbeidsbok og standardmal

Avslutningskode: 0 = i orden (advarsler tillatt), 1 = feil i arbeidsboken, 2 = feil bruk eller fil som ikke kan leses.
`;

const VALUE_FLAGS = new Set(['template', 'out', 'eml']);

interface Command {
  readonly min: number;
  readonly max: number;
  readonly flags: readonly string[];
  readonly wants: string;
  run(argument: string | undefined, flags: ReadonlyMap<string, string | true>, out: Output): Promise<number>;
}

const text = (flags: ReadonlyMap<string, string | true>, name: string): string | undefined => {
  const v = flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

const COMMANDS: Readonly<Record<string, Command>> = {
  check: { min: 1, max: 1, flags: ['json'], wants: 'oppgi én arbeidsbok (.xlsx)',
    run: (workbook, flags, out) => checkCommand(workbook ?? '', flags.has('json'), out) },
  generate: { min: 1, max: 1, flags: ['template', 'out', 'eml'], wants: 'oppgi én arbeidsbok (.xlsx)',
    run: (workbook, flags, out) => generateCommand(workbook ?? '', { template: text(flags, 'template'), out: text(flags, 'out'), eml: text(flags, 'eml') }, out) },
  fields: { min: 1, max: 1, flags: [], wants: 'oppgi én mal (.docx)', run: (template, _flags, out) => fieldsCommand(template ?? '', out) },
  init: { min: 0, max: 1, flags: [], wants: 'oppgi høyst én mappe', run: async (folder, _flags, out) => initCommand(folder ?? '.', out) },
};

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
    const command = Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command] : undefined;
    if (command === undefined) {
      out.stderr(`arsmelding: ukjent kommando «${args.command}»\n${USAGE}`);
      return 2;
    }
    const unknown = [...args.flags.keys()].filter((f) => !command.flags.includes(f));
    const [first, extra] = args.positional;
    const count = first === undefined ? 0 : extra === undefined ? 1 : 2;
    if (unknown.length > 0 || count < command.min || count > command.max) {
      out.stderr(`arsmelding ${args.command}: ${unknown.length > 0 ? `ukjent valg --${unknown[0]}` : command.wants}\n${USAGE}`);
      return 2;
    }
    return await command.run(first, args.flags, out);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError || error instanceof FileProblem) {
      out.stderr(`arsmelding: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    out.stderr(`arsmelding: intern feil (${detail}). Dette er en feil i programmet, ikke i arbeidsboken; meld den gjerne med filen som ga feilen.\n`);
    if (process.env.ARSMELDING_DEBUG && error instanceof Error) out.stderr(`${error.stack ?? ''}\n`);
    return 2;
  }
}
