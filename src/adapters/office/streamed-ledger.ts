import type { RawSheet, RowSink } from '../../core/workbook/raw-workbook';
import type { ChunkSizing } from './chunk-sizing';
import type { ExcelApi, ExcelContext, ExcelWorksheet } from './excel-api';
import { readSheetBands } from './read-sheet-rows';
import { unreadable, workbookChangedError } from './unreadable-message';
import { sameBox, type UsedBox } from './used-box';

export interface StreamedLedgerSpec {
  /** The sheet's name, its visibility and its used range as the read of the workbook found them. */
  readonly name: string;
  readonly hidden: boolean;
  readonly box: UsedBox;
  readonly sizing: ChunkSizing;
  /** Rows of the used range read so far, after each chunk. */
  readonly onRows?: (rowsRead: number) => void;
}

/**
 * A sheet whose rows are not held but read when the core asks for them (RawSheet.stream): each
 * call runs an `excel.run` of its own, after the run that read the rest of the workbook has
 * ended, and reads the used range in the same chunks as a sheet that is held (readSheetBands),
 * handing each chunk's rows to the sink as it arrives. Before it reads, it makes sure the sheet
 * is still the one that was found: the same name and the same used range; if not, the stream
 * rejects with an UnreadableWorkbookError that says the workbook changed while it was read.
 * When Excel fails, it rejects with the same UnreadableWorkbookError as WorkbookSource.read.
 */
export function streamedLedger(excel: ExcelApi, spec: StreamedLedgerSpec): RawSheet {
  const stream = async (sink: RowSink): Promise<void> => {
    // An error of the sink is the core's, not Excel's: it passes through as it is.
    let sinkError: { readonly error: unknown } | undefined;
    try {
      await excel.run(async (context) => {
        const worksheet = await sameSheet(context, spec);
        await readSheetBands(context, worksheet, spec.box, spec.sizing, {
          rows: (batch) => {
            try {
              sink.rows(batch);
            } catch (error) {
              sinkError = { error };
              throw error;
            }
          },
          progress: (rowsRead) => spec.onRows?.(rowsRead),
        });
      });
    } catch (error) {
      if (sinkError !== undefined) throw sinkError.error;
      throw unreadable(error);
    }
  };
  return { name: spec.name, hidden: spec.hidden, rows: [], stream };
}

/** The worksheet of `spec`, once it is known to be as the read of the workbook found it. */
async function sameSheet(context: ExcelContext, spec: StreamedLedgerSpec): Promise<ExcelWorksheet> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(spec.name);
  worksheet.load(['name']);
  await context.sync();
  // getItemOrNullObject finds a sheet whatever the case of its name; a change of case is a new name too.
  if (worksheet.isNullObject || worksheet.name !== spec.name) throw workbookChangedError(`arket ${spec.name} har fått nytt navn eller er slettet`);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  const box = used.isNullObject ? undefined : { row: used.rowIndex, column: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  if (box === undefined || !sameBox(box, spec.box)) throw workbookChangedError(`området med innhold på arket ${spec.name} er endret`);
  return worksheet;
}
