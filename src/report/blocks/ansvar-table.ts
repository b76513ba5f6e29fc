import type { Figures } from '../../core/calc/compute-figures';
import { kr, pct } from '../document-number-style';
import { row, sumRow, wordTable, type Column } from './word-table';

const COLUMNS: readonly Column[] = [
  { heading: 'Ansvar', width: 800 },
  { heading: 'Navn', width: 3150 },
  { heading: 'Regnskap', width: 1350, amount: true },
  { heading: 'Regulert budsjett', width: 1350, amount: true },
  { heading: 'Avvik kr', width: 1350, amount: true },
  { heading: 'Avvik %', width: 1000, amount: true },
];

/** {{tabell_ansvar}}: budget against actual per ansvar, with a sum row. */
export function ansvarTable(f: Figures) {
  return [wordTable(COLUMNS, [
    ...f.ansvar.map((a) => row(a.code, a.navn, kr(a.regnskap), kr(a.budsjett), kr(a.avvik), pct(a.avvik, a.bruttoUtgiftsbudsjett))),
    sumRow('', 'Sum', kr(f.total.regnskap), kr(f.total.budsjett), kr(f.total.avvik), pct(f.total.avvik, f.total.bruttoUtgiftsbudsjett)),
  ])];
}
