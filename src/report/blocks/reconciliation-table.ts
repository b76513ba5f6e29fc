import type { Analysis } from '../../core/pipeline';
import { reconcile } from '../../core/calc/reconciliation';
import { formatExact } from '../../core/money/format-money';
import { DOCUMENT_STYLE } from '../document-number-style';
import { row, wordTable, type Column } from './word-table';

const COLUMNS: readonly Column[] = [
  { heading: 'Kontroll', width: 3070 },
  { heading: 'Beregnet', width: 1550, amount: true },
  { heading: 'Mot', width: 1550, amount: true },
  { heading: 'Differanse', width: 1550, amount: true },
  { heading: 'Status', width: 1350 },
];

const exact = (value: bigint) => formatExact(value, DOCUMENT_STYLE);

/**
 * {{kontrolloppstilling}}: each reconciliation with both figures to the øre, the difference,
 * and "stemmer" — or a highlighted "avvik" the board cannot miss.
 */
export function reconciliationTable(analysis: Analysis) {
  return [wordTable(COLUMNS, reconcile(analysis.model, analysis.figures).map((r) => row(
    `${r.label}\n${r.left.label} / ${r.right.label}`,
    exact(r.left.value),
    exact(r.right.value),
    exact(r.left.value - r.right.value),
    r.ok ? 'stemmer' : { text: 'avvik', flagged: true },
  )))];
}
