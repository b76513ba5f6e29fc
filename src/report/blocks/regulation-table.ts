import type { Figures } from '../../core/calc/compute-figures';
import { kr } from '../document-number-style';
import { groupRow, noteRow, textParagraph, wordTable, type Column, type RowData } from './word-table';

const COLUMNS: readonly Column[] = [
  { heading: 'Konto', width: 3000 },
  { heading: 'Ansvar', width: 3000 },
  { heading: 'Funksjon', width: 1000 },
  { heading: 'Beløp', width: 2000, amount: true },
];

/**
 * {{tabell_disponering}}: the budget regulation the board adopts, two lines per disposition
 * and, under them, the balance account the amount goes to or comes from.
 */
export function regulationTable(f: Figures, fundName: (konto: string) => string) {
  if (f.regulering.length === 0) return [textParagraph('Det er ikke noe resultat å disponere.')];
  const rows: RowData[] = f.regulering.flatMap((pair) => {
    const name = fundName(pair.balansekonto);
    return [
      ...pair.lines.map((l) => groupRow(`${l.konto} ${l.kontoTekst}`, `${l.ansvar} ${l.ansvarTekst}`, l.funksjon, kr(l.belop))),
      noteRow(`${pair.kind === 'avsetning' ? 'Beløpet avsettes til' : 'Beløpet tas fra'} balansekonto ${pair.balansekonto}${name === '' ? '' : ` ${name}`}`),
    ];
  });
  return [wordTable(COLUMNS, rows)];
}
