import { PatchType, TextRun, type IPatch, type TableRowsPatch } from 'docx';
import type { Finding } from '../../core/findings/finding';
import type { Analysis } from '../../core/pipeline';
import { ARGUMENT_BLOCKS, BLOCKS, type BlockContext } from '../blocks/block-registry';
import { rowValues, textValues } from '../text-values';
import { placeholderArgument } from './catalog';
import type { UsedPlaceholder } from './inspect-template';

const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });

function contextOf(analysis: Analysis): BlockContext {
  return { analysis, fundName: (konto) => analysis.model.fond.find((f) => f.konto === konto)?.navn ?? '' };
}

/** Placeholders the template may name but the workbook cannot fill: {{tabell:X}} with no X. */
export function missingBlockSources(analysis: Analysis, used: readonly UsedPlaceholder[], templateName: string): Finding[] {
  const context = contextOf(analysis);
  return used.flatMap(({ key }) => {
    const argument = placeholderArgument(key);
    if (argument === undefined) return [];
    const block = ARGUMENT_BLOCKS[argument.prefix];
    if (block !== undefined && block.exists(context, argument.name)) return [];
    return [{
      code: 'unknown-block-source', severity: 'error' as const, location: { sheet: templateName },
      message: block === undefined
        ? `Malen bruker {{${key}}}, men ${argument.prefix}:NAVN er ikke tilgjengelig ennå.`
        : `Malen bruker {{${key}}}, men arbeidsboken har ikke noe ark, Excel-tabell eller navngitt område som heter «${argument.name}».`,
      hint: 'Rett navnet i malen så det svarer til et ark eller et navngitt område i arbeidsboken, eller slett plassholderen.',
    }];
  });
}

/** The patch of each placeholder the template uses, built from the analysis. */
export function buildPatches(analysis: Analysis, used: readonly UsedPlaceholder[]): Record<string, IPatch | TableRowsPatch> {
  const { model, figures } = analysis;
  const context = contextOf(analysis);
  const texts = textValues(model, figures);
  const rows = rowValues(model, figures);
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  for (const { key, spec } of used) {
    if (spec === undefined || patches[key] !== undefined || patches[spec.name] !== undefined) continue;
    if (spec.kind === 'text') patches[key] = text(texts[key] ?? '');
    else if (spec.kind === 'block') {
      const argument = placeholderArgument(key);
      const children = argument === undefined
        ? BLOCKS[key]?.(context)
        : ARGUMENT_BLOCKS[argument.prefix]?.build(context, argument.name);
      if (children === undefined) throw new Error(`no builder for the block {{${key}}}`);
      patches[key] = { type: PatchType.DOCUMENT, children: [...children] };
    } else {
      patches[spec.name] = {
        type: PatchType.TABLE_ROWS,
        rows: (rows[spec.name] ?? []).map((r) => Object.fromEntries(Object.entries(r).map(([field, v]) => [field, text(v)]))),
      };
    }
  }
  return patches;
}
