import { UnreadableWorkbookError } from '../../core/workbook/workbook-source';

/** What Excel's error means for the user, as one Norwegian sentence. */
export function unreadableMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ApiNotFound') {
    return 'Denne versjonen av Excel mangler funksjoner som tillegget trenger (ExcelApi 1.13); bruk en nyere Excel, for eksempel Excel for Microsoft 365 eller Excel på nettet.';
  }
  return `Excel kunne ikke lese arbeidsboken${code === undefined ? '' : ` (feilkode ${code})`}; avslutt eventuell redigering i en celle (trykk Enter eller Esc), lukk åpne dialogbokser og prøv igjen.`;
}

/** An error of Excel's as an UnreadableWorkbookError, with Excel's error as its cause; one that already is one stays as it is. */
export function unreadable(error: unknown): UnreadableWorkbookError {
  if (error instanceof UnreadableWorkbookError) return error;
  return new UnreadableWorkbookError(unreadableMessage(error), { cause: error });
}

/** A sheet read in a later request than the rest of the workbook (a streamed ledger) is no longer as it was; `what` says how. */
export function workbookChangedError(what: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError(`Arbeidsboken ble endret mens den ble lest (${what}); prøv igjen.`);
}
