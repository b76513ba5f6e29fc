import { rawWorkbook, smallSheets, type BuildOptions, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { analyseWorkbook } from '../pipeline';
import { hiddenContent } from './hidden-content';

const run = (sheets: Record<string, SheetRows>, options?: BuildOptions) => analyseWorkbook(rawWorkbook(sheets, options));
const findingsOf = (sheets: Record<string, SheetRows>, options?: BuildOptions) =>
  run(sheets, options).findings.filter((f) => f.code === hiddenContent.code);

describe('hidden-content', () => {
  it('is silent on the valid small workbook', () => {
    expect(findingsOf(smallSheets())).toEqual([]);
  });

  it('warns about a hidden sheet and still reads it', () => {
    const analysis = run(smallSheets(), { hiddenSheets: ['Vedtatte avsetninger'] });
    const findings = analysis.findings.filter((f) => f.code === hiddenContent.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Vedtatte avsetninger' });
    expect(finding?.message).toContain('Arket Vedtatte avsetninger er skjult');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(true);
    expect(analysis.figures.vedtatteAvsetninger).toBe(500000n);
  });

  it('warns about a hidden Oppsett sheet', () => {
    const [finding, ...rest] = findingsOf(smallSheets(), { hiddenSheets: ['Oppsett'] });
    expect(rest).toEqual([]);
    expect(finding?.location).toEqual({ sheet: 'Oppsett' });
  });

  it('warns about hidden rows at the first of them, and counts them in the figures', () => {
    const visible = run(smallSheets());
    const analysis = run(smallSheets(), { hiddenRows: { Regnskap: [3, 5] } });
    const findings = analysis.findings.filter((f) => f.code === hiddenContent.code);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ sheet: 'Regnskap', cell: 'A3' });
    expect(finding?.message).toBe('Arket Regnskap har 2 skjulte rader (3, 5) som er tatt med i beregningen.');
    expect(finding?.hint).not.toBe('');
    expect(analysis.ok).toBe(true);
    expect(analysis.figures).toEqual(visible.figures);
    expect(analysis.figures.resultat).toBe(1999950n);
    expect(analysis.model.ledger).toHaveLength(4);
  });

  it('says "rad" for one hidden row', () => {
    const [finding] = findingsOf(smallSheets(), { hiddenRows: { Fond: [3] } });
    expect(finding?.location).toEqual({ sheet: 'Fond', cell: 'A3' });
    expect(finding?.message).toBe('Arket Fond har 1 skjult rad (3) som er tatt med i beregningen.');
  });

  it('does not count a hidden header row as hidden content of the table', () => {
    expect(findingsOf(smallSheets(), { hiddenRows: { Regnskap: [1] } })).toEqual([]);
  });
});

describe('hidden-content on Oppsett', () => {
  it('warns about a hidden settings row, which is read like the others', () => {
    const sheets = smallSheets();
    sheets.Oppsett!.push(['Vesentlig avvik kr', 5000]);
    const analysis = run(sheets, { hiddenRows: { Oppsett: [6] } });
    const findings = analysis.findings.filter((f) => f.code === hiddenContent.code);
    expect(findings.map((f) => [f.severity, f.location, f.message])).toEqual([
      ['warning', { sheet: 'Oppsett', cell: 'A6' }, 'Arket Oppsett har 1 skjult rad (6) som er tatt med i beregningen.'],
    ]);
    expect(analysis.model.settings.vesentligKr).toBe(500000n);
  });
});
