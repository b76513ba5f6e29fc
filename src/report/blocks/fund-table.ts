import type { Figures } from '../../core/calc/compute-figures';
import { kr } from '../document-number-style';
import { row, sumRow, textParagraph, wordTable, type Column } from './word-table';

const amount = (heading: string): Column => ({ heading, width: 1010, amount: true });

/** Seven amount columns and the fund's account and name in one: what fits an A4 page at 9 pt. */
const COLUMNS: readonly Column[] = [
  { heading: 'Fond', width: 2000 },
  amount('IB'), amount('Avsatt'), amount('Bruk'), amount('UB'), amount('Vedtatt avsatt'), amount('Forslag disp.'), amount('UB etter disp.'),
];

/** {{tabell_fond}}: fund movements of the year and the proposed disposition, with a sum row. */
export function fundTable(f: Figures) {
  if (f.fond.length === 0) return [textParagraph('Arbeidsboken har ingen disposisjonsfond.')];
  const t = f.fondTotal;
  return [wordTable(COLUMNS, [
    ...f.fond.map((r) => row(`${r.konto} ${r.navn}`, kr(r.ib), kr(r.avsetning), kr(r.bruk), kr(r.ub), kr(r.vedtatt), kr(r.disponering), kr(r.ubEtterDisponering))),
    sumRow('Sum', kr(t.ib), kr(t.avsetning), kr(t.bruk), kr(t.ub), kr(t.vedtatt), kr(t.disponering), kr(t.ubEtterDisponering)),
  ])];
}
