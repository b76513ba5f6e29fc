import { Paragraph, PatchType, TextRun, type IPatch, type TableRowsPatch } from 'docx';
import type { Finding } from '../../core/findings/finding';
import { fundName } from '../../core/model/model';
import type { Analysis } from '../../core/pipeline';
import { ARGUMENT_BLOCKS, BLOCKS, type BlockContext } from '../blocks/block-registry';
import { rowValues, textValues } from '../text-values';
import { placeholderArgument } from './catalog';
import type { UsedPlaceholder } from './inspect-template';

const text = (value: string): IPatch => ({ type: PatchType.PARAGRAPH, children: [new TextRun(value)] });

function contextOf(analysis: Analysis): BlockContext {
  return { analysis, fundName: (konto) => fundName(analysis.model, konto) };
}

/**
 * {{tabell:X}} / {{diagram:X}} whose X the workbook does not have. A template is shared by many
 * workbooks, so this is a warning and the document says in its place that the table is left
 * out (never a silent gap); a prefix the product cannot build at all is an error.
 */
export function missingBlockSources(analysis: Analysis, used: readonly UsedPlaceholder[], templateName: string): Finding[] {
  const context = contextOf(analysis);
  return used.flatMap(({ key }) => {
    const argument = placeholderArgument(key);
    if (argument === undefined) return [];
    const block = ARGUMENT_BLOCKS[argument.prefix];
    if (block !== undefined && block.exists(context, argument.name)) return [];
    return [block === undefined
      ? { code: 'unknown-block-source', severity: 'error' as const, location: { sheet: templateName },
        message: `Malen bruker {{${key}}}, men ${argument.prefix}:NAVN er ikke tilgjengelig.`,
        hint: 'Slett plassholderen fra malen.' }
      : { code: 'missing-block-source', severity: 'warning' as const, location: { sheet: templateName },
        message: `Malen bruker {{${key}}}, men arbeidsboken har ikke noe ark, Excel-tabell eller navngitt område som heter «${argument.name}»; dokumentet sier at ${argument.prefix === 'tabell' ? 'tabellen' : 'diagrammet'} er utelatt.`,
        hint: `Legg til arket «${argument.name}» i arbeidsboken, rett navnet i malen, eller slett plassholderen.` }];
  });
}

/** What stands in the document where a table or chart's sheet is missing. */
function leftOut(prefix: 'tabell' | 'diagram', name: string) {
  return [new Paragraph({ children: [new TextRun({
    text: `[${prefix === 'tabell' ? 'Tabellen' : 'Diagrammet'} «${name}» er utelatt: arbeidsboken har ikke noe ark eller område med dette navnet.]`,
    italics: true, highlight: 'yellow',
  })] })];
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
      const block = argument === undefined ? undefined : ARGUMENT_BLOCKS[argument.prefix];
      const children = argument === undefined
        ? BLOCKS[key]?.(context)
        : block?.exists(context, argument.name) ? block.build(context, argument.name) : leftOut(argument.prefix, argument.name);
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
