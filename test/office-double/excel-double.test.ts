import { readFileSync } from 'fs';
import { join } from 'path';
import { createExcelDouble, type DoubleWorkbook } from './excel-double';

/** The double must fail where Excel fails, or the adapter's tests prove nothing. */
const data = (): DoubleWorkbook => ({
  sheets: [
    {
      name: 'Ark1',
      rows: [
        [{ value: 'Tittel', type: 'String' }, { value: 'skjult av flettingen', type: 'String' }],
        [{ value: 12.5, type: 'Double', numberFormat: '#,##0.00' }, { value: 25, type: 'Double', formula: '=A2*2' }],
      ],
      merged: ['A1:B1'],
      hiddenRows: [2],
    },
    { name: 'Tomt', rows: [] },
  ],
});

async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as { code?: string; message: string };
}

describe('the Excel double', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, as Excel does', async () => {
    const double = createExcelDouble(data());
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load(['values']);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['Tittel', ''], [12.5, 25]]);
      expect(() => range.valueTypes).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives a merged area its value in the top-left cell only, and formulas, types and formats per cell', async () => {
    const double = createExcelDouble(data());
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRangeByIndexes(0, 0, 2, 2);
      range.load(['valueTypes', 'formulas', 'numberFormat', 'address']);
      await context.sync();
      expect(range.valueTypes).toEqual([['String', 'Empty'], ['Double', 'Double']]);
      expect(range.formulas).toEqual([['Tittel', ''], [12.5, '=A2*2']]);
      expect(range.numberFormat).toEqual([['General', 'General'], ['#,##0.00', 'General']]);
      expect(range.address).toBe('Ark1!A1:B2');
    });
  });

  it('gives null objects for a missing sheet, an empty used range, no merges, no visible rows', async () => {
    const double = createExcelDouble(data());
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject('Fond');
      const empty = sheets.getItem('Tomt').getUsedRangeOrNullObject(true);
      const used = sheets.getItem('Ark1').getUsedRangeOrNullObject(true);
      used.load(['address']);
      const noMerges = sheets.getItem('Ark1').getRange('A2:B2').getMergedAreasOrNullObject();
      const noneVisible = sheets.getItem('Ark1').getRange('A2').getEntireRow().getSpecialCellsOrNullObject('Visible');
      await context.sync();
      expect([missing.isNullObject, empty.isNullObject, used.isNullObject, noMerges.isNullObject, noneVisible.isNullObject]).toEqual([true, true, false, true, true]);
      expect(used.address).toBe('Ark1!A1:B2');
    });
  });

  it('fails the sync for a missing sheet, a taken name, too many merged areas or too many cells', async () => {
    const double = createExcelDouble(data(), { cellsPerSync: 10, mergedAreas: 1 });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Fond');
      expect((await failure(context.sync())).code).toBe('ItemNotFound');
      context.workbook.worksheets.add('ark1');
      expect((await failure(context.sync())).code).toBe('ItemAlreadyExists');
      context.workbook.worksheets.getItem('Ark1').getRange('A1:XFD1').load(['values']);
      expect((await failure(context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
      // and goes on working after a failed sync, as Excel's request context does
      const ok = context.workbook.worksheets.getItem('Ark1').getRange('A2');
      ok.load(['values']);
      await context.sync();
      expect(ok.values).toEqual([[12.5]]);
    });
    const merges = createExcelDouble({ sheets: [{ name: 'M', rows: [], merged: ['A1:B1', 'A2:B2'] }] }, { mergedAreas: 1 });
    await merges.run(async (context) => {
      context.workbook.worksheets.getItem('M').getRange('A1:B2').getMergedAreasOrNullObject().load(['areas/items/rowIndex']);
      expect((await failure(context.sync())).code).toBe('GeneralException');
    });
    expect(merges.syncLog.map((sync) => sync.failed)).toEqual([true]);
  });

  it('measures each sync\'s response as JSON in UTF-8, and what a write sends', async () => {
    const double = createExcelDouble(data());
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1:B2');
      range.load(['values', 'valueTypes', 'numberFormat', 'formulas']);
      await context.sync();
      const utf8 = (text: string) => new TextEncoder().encode(text).length;
      const expected = ['values', 'valueTypes', 'numberFormat', 'formulas']
        .map((property) => utf8(`${JSON.stringify(property)}:${JSON.stringify((range as unknown as Record<string, unknown>)[property])},`))
        .reduce((a, b) => a + b, 0);
      expect(double.syncLog[0]).toEqual({ cells: 4, responseBytes: expected, requestBytes: 0, sheets: ['Ark1'], failed: false });
      // "skjult av flettingen" is hidden by the merge: Excel does not send it
      expect(JSON.stringify(range.values)).toBe('[["Tittel",""],[12.5,25]]');
      context.workbook.worksheets.getItem('Tomt').getRange('A1:B1').values = [['Ærlig', 1000]];
      await context.sync();
      expect(double.syncLog[1]).toMatchObject({ cells: 0, responseBytes: 0, requestBytes: utf8('[["Ærlig",1000]]') });
    });
    expect(double.maxResponseBytesInOneSync).toBe(double.syncLog[0]!.responseBytes);
  });

  it('fails a sync whose response or request passes the payload limit, 5 MB unless told', async () => {
    const text = 'x'.repeat(1_500_000);
    const double = createExcelDouble({ sheets: [{ name: 'Lang', rows: [[{ value: text, type: 'String' }, { value: text, type: 'String' }]] }] });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Lang');
      sheet.getRange('A1:B1').load(['values', 'formulas']);
      expect((await failure(context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
      sheet.getRange('A1:B1').load(['values']);
      await context.sync();
      sheet.getRange('A2:D2').values = [[text, text, text, text]];
      expect((await failure(context.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    });
    // 6 MB of values and formulas; 3 MB of values; 6 MB written
    expect(double.syncLog.map((sync) => [sync.failed, sync.responseBytes > 5_000_000, sync.requestBytes > 5_000_000])).toEqual([
      [true, true, false], [false, false, false], [true, false, true],
    ]);
    const small = createExcelDouble(data(), { payloadBytes: 50 });
    await small.run(async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1:B2').load(['values', 'valueTypes']);
      expect((await failure(context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
    });
  });

  it('takes a string written into a cell that is not text as Excel takes typed input', async () => {
    const double = createExcelDouble({ sheets: [{ name: 'Ut', rows: [] }] });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ut');
      sheet.getRange('A1:E1').values = [['=SUM(A1)', '+47', '-5 kr', '12 000,50', 'tekst']];
      const text = sheet.getRange('A2:B2');
      text.numberFormat = [['@', '@']];
      text.values = [['=SUM(A1)', '+47']];
      await context.sync();
    });
    expect(double.cellAt('Ut', 'A1')).toMatchObject({ type: 'Error', formula: '=SUM(A1)' });
    expect(double.cellAt('Ut', 'B1')).toMatchObject({ value: 47, type: 'Double', formula: '=+47' });
    expect(double.cellAt('Ut', 'C1')).toMatchObject({ type: 'Error', formula: '=-5 kr' });
    expect(double.cellAt('Ut', 'D1')).toMatchObject({ value: 12000.5, type: 'Double' });
    expect(double.cellAt('Ut', 'E1')).toMatchObject({ value: 'tekst', type: 'String' });
    expect(double.cellAt('Ut', 'A2')).toEqual({ value: '=SUM(A1)', type: 'String', numberFormat: '@', bold: false });
    expect(double.cellAt('Ut', 'B2')).toEqual({ value: '+47', type: 'String', numberFormat: '@', bold: false });
  });

  it('refuses to activate a hidden sheet, and records activation and selection', async () => {
    const double = createExcelDouble({ sheets: [{ name: 'Synlig', rows: [] }, { name: 'Skjult', visibility: 'VeryHidden', rows: [] }] });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Skjult').activate();
      expect((await failure(context.sync())).code).toBe('InvalidOperation');
      context.workbook.worksheets.getItem('synlig').getRange('C3').select();
      await context.sync();
    });
    expect([double.activeSheet, double.selected]).toEqual(['Synlig', 'C3']);
  });

  it('gives defined names their type and formula after load, and a range only for a plain reference', async () => {
    const double = createExcelDouble({
      names: [{ name: 'Tall', formula: '=Ark1!$A$1:$B$2' }, { name: 'Sats', formula: '=0.25' }, { name: 'Borte', formula: '=Fond!$A$1' }],
      sheets: [{ ...data().sheets[0]!, names: [{ name: 'Lokal', formula: '=Ark1!$B$2' }], tables: [{ name: 'Tabell1', range: 'A1:B2' }] }],
    });
    await double.run(async (context) => {
      const names = context.workbook.names;
      const sheet = context.workbook.worksheets.getItem('Ark1');
      const local = sheet.names;
      const tables = sheet.tables;
      names.load(['items/name', 'items/type', 'items/formula']);
      local.load(['items/name']);
      tables.load(['items/name']);
      expect(() => names.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(names.items.map((item) => [item.name, item.type, item.formula])).toEqual([
        ['Tall', 'Range', '=Ark1!$A$1:$B$2'], ['Sats', 'Double', '=0.25'], ['Borte', 'Error', '=Fond!$A$1'],
      ]);
      expect(() => local.items[0]?.type).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const ranges = [...names.items, ...local.items].map((item) => item.getRangeOrNullObject());
      const table = tables.items[0]!.getRange();
      for (const range of [...ranges, table]) range.load(['address']);
      await context.sync();
      expect(ranges.map((range) => (range.isNullObject ? null : range.address))).toEqual(['Ark1!A1:B2', null, null, 'Ark1!B2']);
      expect([tables.items[0]?.name, table.address]).toEqual(['Tabell1', 'Ark1!A1:B2']);
    });
  });

  it('lets a test play the user who renames or deletes a sheet or types into a cell between two runs', async () => {
    const double = createExcelDouble(data());
    double.userEditsCell('Ark1', 'C3', { value: 7, type: 'Double' });
    double.userEditsCell('Ark1', 'B2', { value: 'tekst', type: 'String' });
    double.userEditsCell('Ark1', 'A2', null);
    double.userRenamesSheet('Ark1', 'Ark 1');
    double.userDeletesSheet('Tomt');
    expect(double.sheetNames()).toEqual(['Ark 1']);
    await double.run(async (context) => {
      const gone = context.workbook.worksheets.getItemOrNullObject('Ark1');
      const used = context.workbook.worksheets.getItem('Ark 1').getUsedRangeOrNullObject(true);
      used.load(['address', 'values', 'formulas']);
      await context.sync();
      expect(gone.isNullObject).toBe(true);
      expect(used.address).toBe("'Ark 1'!A1:C3");
      // B2 lost its formula with its value; the merge still hides B1
      expect(used.values).toEqual([['Tittel', '', ''], ['', 'tekst', ''], ['', '', 7]]);
      expect(used.formulas).toEqual([['Tittel', '', ''], ['', 'tekst', ''], ['', '', 7]]);
    });
    expect(() => double.userDeletesSheet('Tomt')).toThrow('no sheet Tomt');
  });

  it('imports nothing from Node, so that it can be bundled for the browser', () => {
    const source = readFileSync(join(__dirname, 'excel-double.ts'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['../../src/adapters/office/excel-api', '../../src/core/workbook/address', '../../src/core/workbook/workbook-names']);
  });
});
