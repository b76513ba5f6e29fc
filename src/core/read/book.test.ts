import { analyseSource, analyseWorkbook } from '../pipeline';
import type { RawSheet, RawWorkbook } from '../workbook/raw-workbook';
import { rawWorkbook, smallSheets } from '../../../test/helpers/raw-workbook-builder';

/** The workbook with its Regnskap sheet streamed in batches of `size` rows, after one false start. */
function streamed(raw: RawWorkbook, size: number): RawWorkbook {
  const sheets = raw.sheets.map((sheet): RawSheet => (sheet.name !== 'Regnskap' ? sheet : {
    name: sheet.name,
    hidden: sheet.hidden,
    rows: [],
    stream: async (sink) => {
      sink.rows(sheet.rows.slice(0, 2)); // read wrongly, then again from the start
      sink.restart();
      for (let i = 0; i < sheet.rows.length; i += size) sink.rows(sheet.rows.slice(i, i + size));
    },
  }));
  return { ...raw, sheets };
}

describe('a streamed table', () => {
  const sheets = smallSheets();
  const regnskap = sheets['Regnskap'] ?? [];
  const raw = rawWorkbook({
    ...sheets,
    Regnskap: [...regnskap, ['Sum', null, null, 1, 0], [1000, 10100, 120, 'tekst', 0], [9999, 10100, 120, 5, 5], [9999, 10100, 120, -5, -5]],
  });

  it.each([1, 2, 100])('is read as the same rows at hand (batches of %i, with a restart)', async (size) => {
    const simple = analyseWorkbook(raw);
    const fromStream = await analyseSource({ read: async () => streamed(raw, size) });
    expect(fromStream.findings).toEqual(simple.findings);
    expect(fromStream.model).toEqual(simple.model);
    expect(fromStream.figures).toEqual(simple.figures);
    expect(simple.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['subtotal-mismatch', 'invalid-amount', 'unknown-ansvar']));
  });

  it('must be read through analyseSource', () => {
    expect(() => analyseWorkbook(streamed(raw, 1))).toThrow('sheet Regnskap is streamed but was not read');
  });
});
