export type Severity = 'error' | 'warning';

/** Where a finding is: a sheet, and a cell in it where there is one. */
export interface Location {
  readonly sheet: string;
  readonly cell?: string;
}

/**
 * A problem found in the workbook, as data. Errors stop the report; warnings do not.
 * `message` says what is wrong, concretely; `hint` says how to fix it. Both in bokmål.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly location: Location;
  readonly message: string;
  readonly hint: string;
}

export function formatLocation(location: Location): string {
  return location.cell === undefined ? location.sheet : `${location.sheet}!${location.cell}`;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
