import { formatLocation, type Finding } from './finding';

const LABEL = { error: 'ERROR', warning: 'WARNING' } as const;

/** One finding as a line of text, with its hint on the next line. */
export function formatFinding(finding: Finding): string {
  return `${LABEL[finding.severity]} ${formatLocation(finding.location)}: ${finding.message}\n  → ${finding.hint}`;
}

/** All findings as text, one after another, followed by the counts. */
export function formatFindings(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = findings.map(formatFinding);
  lines.push(`${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`);
  return lines.join('\n');
}
