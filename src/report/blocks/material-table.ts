import type { Figures } from '../../core/calc/compute-figures';
import { kr } from '../document-number-style';
import { row, textParagraph, wordTable, type Column } from './word-table';

const COLUMNS: readonly Column[] = [
  { heading: 'Ansvar', width: 800 },
  { heading: 'Navn', width: 2300 },
  { heading: 'Avvik kr', width: 1300, amount: true },
  { heading: 'Forklaring', width: 4600 },
];

export const MISSING_EXPLANATION = 'Forklaring mangler';

/** {{tabell_vesentlige_avvik}}: the material deviations with their explanation; a gap is marked. */
export function materialTable(f: Figures) {
  const material = f.ansvar.filter((a) => a.material);
  if (material.length === 0) return [textParagraph('Ingen ansvar har vesentlige avvik.')];
  return [wordTable(COLUMNS, material.map((a) =>
    row(a.code, a.navn, kr(a.avvik), a.forklaring ?? { text: MISSING_EXPLANATION, flagged: true })))];
}
