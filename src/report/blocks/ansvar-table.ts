import type { Amounts } from '../../core/calc/ansvar-figures';
import type { Figures } from '../../core/calc/compute-figures';
import type { ModelData } from '../../core/model/model';
import { kr, pct } from '../document-number-style';
import { row, sumRow, wordTable, type Column } from './word-table';

interface AmountColumn extends Column {
  readonly value: (a: Amounts) => string;
}

const amount = (heading: string, width: number, value: (a: Amounts) => string): AmountColumn => ({ heading, width, amount: true, value });

/** The amount columns: original budget and last year's actual only when the workbook has them. */
function amountColumns(columns: ModelData['columns']): readonly AmountColumn[] {
  const wide = columns.opprinnelig || columns.ifjor;
  const w = wide ? 1130 : 1350;
  return [
    ...(columns.ifjor ? [amount('Regnskap i fjor', w, (a) => kr(a.ifjor))] : []),
    amount('Regnskap', w, (a) => kr(a.regnskap)),
    ...(columns.opprinnelig ? [amount('Oppr. budsjett', w, (a) => kr(a.opprinnelig))] : []),
    amount('Regulert budsjett', w, (a) => kr(a.budsjett)),
    amount('Avvik kr', w, (a) => kr(a.avvik)),
    amount('Avvik %', wide ? 830 : 1000, (a) => pct(a.avvik, a.bruttoUtgiftsbudsjett)),
  ];
}

/** {{tabell_ansvar}}: budget against actual per ansvar, with a sum row; fits A4 at 9 pt. */
export function ansvarTable(f: Figures, columns: ModelData['columns']) {
  const amounts = amountColumns(columns);
  const used = amounts.reduce((w, c) => w + c.width, 0);
  const layout: readonly Column[] = [{ heading: 'Ansvar', width: 780 }, { heading: 'Navn', width: 9070 - 780 - used }, ...amounts];
  return [wordTable(layout, [
    ...f.ansvar.map((a) => row(a.code, a.navn, ...amounts.map((c) => c.value(a)))),
    sumRow('', 'Sum', ...amounts.map((c) => c.value(f.total))),
  ])];
}
