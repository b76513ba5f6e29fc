import type { RawSheet, RowSink } from '../../../core/workbook/raw-workbook';
import { UnreadableWorkbookError } from '../../../core/workbook/workbook-source';
import type { ZipLimits, ZipProblem } from '../../../report/zip/inspect-zip';
import type { CellContext } from './cell-from-xml';
import { inflateEntryText, InflateStop } from './inflate-entry';
import { SheetXmlError } from './cell-from-xml';
import { SheetScanner } from './sheet-scanner';

export interface StreamedSheetSpec {
  readonly name: string;
  readonly hidden: boolean;
  /** The entry's name and its stored bytes. */
  readonly entry: string;
  readonly method: number;
  readonly data: Uint8Array;
  readonly context: CellContext;
  readonly limits: ZipLimits;
  /** The Norwegian sentence for a zip limit broken while inflating. */
  readonly message: (problem: ZipProblem) => string;
  /** Rows read so far, called now and then. */
  readonly onRows?: (rowsRead: number) => void;
}

const PROGRESS_EVERY = 50_000;

/**
 * A sheet whose rows are read from the zip as they are inflated, never held all at once
 * (RawSheet.stream). When the sheet turns out to have merged ranges (listed after the rows),
 * the rows read so far are void and are read again with the ranges applied.
 */
export function streamedSheet(spec: StreamedSheetSpec): RawSheet {
  const pass = async (sink: RowSink, merges?: readonly string[]): Promise<readonly string[]> => {
    const scanner = new SheetScanner(spec.context, merges);
    let read = 0;
    let reported = 0;
    try {
      await inflateEntryText(spec.entry, spec.method, spec.data, spec.limits, (text) => {
        const rows = scanner.push(text);
        if (rows.length === 0) return;
        sink.rows(rows);
        read += rows.length;
        if (read - reported >= PROGRESS_EVERY) {
          reported = read;
          spec.onRows?.(read);
        }
      });
      const tail = scanner.end();
      if (tail.length > 0) sink.rows(tail);
      spec.onRows?.(read + tail.length);
    } catch (error) {
      if (error instanceof InflateStop) throw new UnreadableWorkbookError(spec.message(error.problem));
      if (error instanceof SheetXmlError) throw new UnreadableWorkbookError(spec.message({ kind: 'corrupt', entry: spec.entry }));
      throw error;
    }
    return scanner.merges;
  };
  return {
    name: spec.name,
    hidden: spec.hidden,
    rows: [],
    stream: async (sink) => {
      const merges = await pass(sink);
      if (merges.length === 0) return;
      sink.restart();
      await pass(sink, merges);
    },
  };
}
