import { PatchType, TextRun, type IPatch, type TableRowsPatch } from 'docx';
import type { Analysis } from '../../core/pipeline';
import { ansvarTable } from '../blocks/ansvar-table';
import { deviationList } from '../blocks/deviation-list';
import { fundTable } from '../blocks/fund-table';
import { materialTable } from '../blocks/material-table';
import { regulationTable } from '../blocks/regulation-table';
import { rowValues, textValues } from '../text-values';
import type { UsedPlaceholder } from './inspect-template';

const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });

/** The patch of each placeholder the template uses, built from the analysis. */
export function buildPatches(analysis: Analysis, used: readonly UsedPlaceholder[]): Record<string, IPatch | TableRowsPatch> {
  const { model, figures } = analysis;
  const fundName = (konto: string) => model.fond.find((f) => f.konto === konto)?.navn ?? '';
  const texts = textValues(model, figures);
  const rows = rowValues(model, figures);
  const blocks: Record<string, () => IPatch> = {
    tabell_ansvar: () => ({ type: PatchType.DOCUMENT, children: ansvarTable(figures) }),
    liste_avvik: () => ({ type: PatchType.DOCUMENT, children: deviationList(figures) }),
    tabell_vesentlige_avvik: () => ({ type: PatchType.DOCUMENT, children: materialTable(figures) }),
    tabell_fond: () => ({ type: PatchType.DOCUMENT, children: fundTable(figures) }),
    tabell_disponering: () => ({ type: PatchType.DOCUMENT, children: regulationTable(figures, fundName) }),
  };
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  for (const { key, spec } of used) {
    if (spec === undefined || patches[spec.name] !== undefined) continue;
    if (spec.kind === 'text') patches[key] = text(texts[key] ?? '');
    else if (spec.kind === 'block') patches[key] = blocks[key]?.() ?? text('');
    else {
      patches[spec.name] = {
        type: PatchType.TABLE_ROWS,
        rows: (rows[spec.name] ?? []).map((r) => Object.fromEntries(Object.entries(r).map(([field, v]) => [field, text(v)]))),
      };
    }
  }
  return patches;
}
