import { hasForbiddenXmlCharacters } from '../read/xml-safe-text';
import type { RawCell } from '../workbook/raw-workbook';
import { reporter, type Check } from './check';

/**
 * Text cells the report may print that held control characters; they were removed when read.
 * That is the settings, the tables the product reads, and every other sheet, which the report
 * may show as it is ({{tabell:NAME}}).
 */
export const forbiddenCharacters: Check = {
  code: 'forbidden-characters',
  severity: 'warning',
  run({ book }) {
    const report = reporter(this);
    const settings = book.settingsSheet;
    const settingCells = settings === undefined ? [] : [...settings.entries.values()]
      .flatMap((e) => (e.valueCell === undefined ? [] : [{ sheet: settings.sheet.name, cell: e.valueCell }]));
    const tableCells = Object.values(book.tables).flatMap((table) =>
      table.rows.flatMap((row) => [...row.cells.values()].map((cell) => ({ sheet: table.sheet.name, cell }))));
    const read = new Set([settings?.sheet.name, ...Object.values(book.tables).map((table) => table.sheet.name)]);
    const otherCells = book.raw.sheets.filter((sheet) => !read.has(sheet.name))
      .flatMap((sheet) => sheet.rows.flatMap((row) => row.cells.map((cell) => ({ sheet: sheet.name, cell }))));
    return [...settingCells, ...tableCells, ...otherCells]
      .filter(({ cell }: { cell: RawCell }) => cell.value.kind === 'text' && hasForbiddenXmlCharacters(cell.value.value))
      .map(({ sheet, cell }) => report(sheet, cell.address,
        `Teksten i ${cell.address} inneholder usynlige kontrolltegn som ikke kan stå i et Word-dokument; de er fjernet.`,
        'Skriv teksten inn på nytt (tegnene kommer ofte fra kopiering fra andre systemer), så forsvinner advarselen.'));
  },
};
