import { parseAddress } from '../workbook/address';
import type { Finding } from './finding';

/**
 * Findings in reading order: by sheet in the workbook's order (findings about sheets that are
 * missing come first), then by row, then by column.
 */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): readonly Finding[] {
  const rank = (sheet: string): number => {
    const i = sheetOrder.findIndex((name) => name === sheet);
    return i < 0 ? -1 : i;
  };
  const position = (f: Finding): readonly [number, number] => {
    const parsed = f.location.cell === undefined ? undefined : parseAddress(f.location.cell);
    return parsed === undefined ? [0, 0] : [parsed.row, parsed.column];
  };
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => {
      const bySheet = rank(a.finding.location.sheet) - rank(b.finding.location.sheet)
        || a.finding.location.sheet.localeCompare(b.finding.location.sheet, 'nb');
      if (bySheet !== 0) return bySheet;
      const [ra, ca] = position(a.finding);
      const [rb, cb] = position(b.finding);
      return ra - rb || ca - cb || a.index - b.index;
    })
    .map((x) => x.finding);
}
