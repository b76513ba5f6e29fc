import type { FileChild } from 'docx';
import type { Analysis } from '../../core/pipeline';

export interface BlockContext {
  readonly analysis: Analysis;
  readonly fundName: (konto: string) => string;
}

/** A block placeholder's content: tables, paragraphs, charts. */
export type BlockBuilder = (context: BlockContext) => readonly FileChild[];

/** A block named with an argument, {{tabell:NAME}} or {{diagram:NAME}}. */
export interface ArgumentBlock {
  /** Whether the workbook has something called `name` to show; if not, the document says it is left out. */
  exists(context: BlockContext, name: string): boolean;
  build(context: BlockContext, name: string): readonly FileChild[];
}

