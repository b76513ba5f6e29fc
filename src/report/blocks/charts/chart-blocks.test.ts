import JSZip from 'jszip';
import { docxText } from '../../../../test/helpers/docx-text';
import { makeTemplate } from '../../../../test/helpers/make-template';
import { rawWorkbook, smallSheets, type SheetRows } from '../../../../test/helpers/raw-workbook-builder';
import { expectValidDocx } from '../../../../test/helpers/validate-ooxml';
import { analyseWorkbook, type Analysis } from '../../../core/pipeline';
import { fillTemplate } from '../../template/fill-template';
import { PERCENT_FORMAT, WHOLE_FORMAT } from './chart-style';
import { tableChartBlock } from './table-chart';

// Workbooks: the small valid one (brutto driftsutgifter 1000: 50 000,50, 1100: 30 000,00), and sheets added to it.
const REFUSJON: SheetRows = [['Kommune', 'Beløp'], ['Grong', 30000.25], ['Snåsa', 10000], ['Grong', 0.25]];
const BRUKERE: SheetRows = [['År', 'Grong', 'Snåsa'], [2016, 1200, 950], [2017, 1234, 980]];

function analysis(extra: Record<string, SheetRows> = {}): Analysis {
  const a = analyseWorkbook(rawWorkbook({ ...smallSheets(), ...extra }));
  if (!a.ok) throw new Error(a.findings.map((f) => f.message).join('\n'));
  return a;
}

interface ChartSeries {
  readonly name: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  /** The fills of the series and of its single points, in order. */
  readonly fills: readonly string[];
}
interface ChartPart {
  readonly xml: string;
  readonly type: string;
  readonly title: string;
  readonly series: readonly ChartSeries[];
}

const decode = (x: string): string =>
  x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const points = (xml: string): (string | null)[] => {
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1] ?? '0');
  const out: (string | null)[] = Array.from({ length: count }, () => null);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"[^>]*><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(m[1])] = decode(m[2] ?? '');
  return out;
};

/** The chart parts of a .docx, in order, read as their XML says. */
async function chartParts(bytes: Uint8Array): Promise<ChartPart[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(names.map(async (name) => {
    const xml = await zip.file(name)!.async('string');
    const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '';
    return {
      xml,
      type: /<c:(pieChart|doughnutChart|barChart|lineChart)>/.exec(xml)?.[1] ?? '',
      title: [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join('\n'),
      series: [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
        const s = m[1] ?? '';
        return {
          name: points(/<c:tx>([\s\S]*?)<\/c:tx>/.exec(s)?.[1] ?? '')[0] ?? '',
          categories: points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(s)?.[1] ?? '').map((c) => c ?? ''),
          values: points(/<c:val>([\s\S]*?)<\/c:val>/.exec(s)?.[1] ?? '').map((v) => (v === null ? null : Number(v))),
          fills: [...s.matchAll(/<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((f) => f[1] ?? ''),
        };
      }),
    };
  }));
}

async function fill(placeholders: string[], a: Analysis) {
  const r = await fillTemplate({ name: 'mal.docx', bytes: await makeTemplate([...placeholders, '']) }, a);
  if (!r.ok) throw new Error(r.findings.map((f) => f.message).join('\n'));
  return { bytes: r.bytes, charts: await chartParts(r.bytes), text: await docxText(r.bytes) };
}

/** Every chart: colours and text colours of its own (none left to a theme), Norwegian number formats. */
function expectStyled(chart: ChartPart): void {
  expect(chart.xml).not.toContain('schemeClr val="accent'); // no colour left to the theme
  for (const s of chart.series) expect(s.fills.length).toBeGreaterThan(0);
  expect(chart.xml).toContain('<a:srgbClr val="404040"/>');
}

describe('{{diagram_driftsutgifter}}', () => {
  it('is a pie of each ansvar with positive gross expenses, in whole kroner, with percentage labels', async () => {
    const sheets = smallSheets();
    sheets.Ansvar!.push([1200, 'Negative utgifter', null, null], [1300, 'Uten regnskap', null, null]);
    sheets.Regnskap!.push([1200, 11000, 120, -500, 0]);
    const a = analyseWorkbook(rawWorkbook(sheets));
    expect(a.ok).toBe(true);
    const { bytes, charts } = await fill(['{{diagram_driftsutgifter}}'], a);
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.type).toBe('pieChart');
    expect(chart?.title).toBe('Fordeling av driftsutgifter per ansvar');
    expect(chart?.series).toEqual([{
      name: 'Brutto driftsutgifter',
      categories: ['1000 Administrasjon', '1100 Drift'],
      values: [50001, 30000], // 50 000,50 rounds half away from zero
      fills: ['1F4E79', 'A9D18E'],
    }]);
    expect(chart?.xml).toContain('<c:showPercent val="1"/>');
    expect(chart?.xml).toContain(`<c:numFmt formatCode="${PERCENT_FORMAT}" sourceLinked="0"/>`);
    expectStyled(chart!);
    await expectValidDocx(bytes);
  });

  it('says so in a paragraph when no ansvar has gross expenses', async () => {
    const a = analysis();
    const none = { ...a, figures: { ...a.figures, ansvar: a.figures.ansvar.map((x) => ({ ...x, bruttoUtgifter: 0n })) } };
    const { charts, text } = await fill(['{{diagram_driftsutgifter}}'], none);
    expect(charts).toHaveLength(0);
    expect(text).toContain('Ingen ansvar har brutto driftsutgifter i regnskapet, så det er ikke noe fordelingsdiagram.');
  });
});

describe('{{diagram_refusjon}}', () => {
  it('is a column per municipality, summed in øre and rounded once to whole kroner', async () => {
    const { bytes, charts } = await fill(['{{diagram_refusjon}}'], analysis({ Refusjon: REFUSJON }));
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.type).toBe('barChart');
    expect(chart?.xml).toContain('<c:barDir val="col"/>');
    expect(chart?.title).toBe('Refusjon per kommune');
    // Grong 30 000,25 + 0,25 = 30 000,50 → 30 001 (rounding each row first would give 30 000)
    expect(chart?.series).toEqual([{ name: 'Refusjon (kr)', categories: ['Grong', 'Snåsa'], values: [30001, 10000], fills: ['1F4E79'] }]);
    expect(chart?.xml).not.toContain('<c:legend>');
    expect(chart?.xml).toContain(`<c:numFmt formatCode="${WHOLE_FORMAT}" sourceLinked="0"/>`);
    expect(chart?.xml).toContain('<c:showVal val="1"/>');
    expect(chart?.xml).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
    expectStyled(chart!);
    await expectValidDocx(bytes);
  });

  it('says in a paragraph that the workbook has no Refusjon sheet, instead of an empty chart', async () => {
    const { bytes, charts, text } = await fill(['{{diagram_refusjon}}', '{{diagram_refusjon_andel}}'], analysis());
    expect(charts).toHaveLength(0);
    expect(text).toEqual(expect.arrayContaining([
      'Arbeidsboken har ikke arket Refusjon, så diagrammet over refusjon per kommune er utelatt.',
      'Arbeidsboken har ikke arket Refusjon, så diagrammet over refusjon i forhold til driftsutgifter er utelatt.',
    ]));
    await expectValidDocx(bytes);
  });

  it('writes names with & < > and control characters as text; the chart part stays valid XML', async () => {
    const { bytes, charts } = await fill(['{{diagram_refusjon}}'], analysis({ Refusjon: [['Kommune', 'Beløp'], ['A & B <Øst>\u0001\ufffe', 100]] }));
    expect(charts[0]?.series[0]?.categories).toEqual(['A & B <Øst>']);
    await expectValidDocx(bytes);
  });

  it('says so when the Refusjon sheet has no rows', async () => {
    const { charts, text } = await fill(['{{diagram_refusjon}}'], analysis({ Refusjon: [['Kommune', 'Beløp']] }));
    expect(charts).toHaveLength(0);
    expect(text).toContain('Arket Refusjon har ingen rader med refusjon, så diagrammet over refusjon per kommune er utelatt.');
  });
});

describe('{{diagram_refusjon_andel}}', () => {
  it('compares Σ refusjon with Σ brutto driftsutgifter, with the share in the title', async () => {
    const { bytes, charts } = await fill(['{{diagram_refusjon_andel}}'], analysis({ Refusjon: REFUSJON }));
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.type).toBe('barChart');
    // brutto 80 000,50 → 80 001; refusjon 40 000,50 → 40 001; 40 000,50 / 80 000,50 = 50,0 %
    expect(chart?.title).toBe('Kommunal refusjon i forhold til brutto driftsutgifter\nRefusjonen utgjør 50,0 % av brutto driftsutgifter');
    expect(chart?.series).toEqual([{
      name: 'Kroner', categories: ['Brutto driftsutgifter', 'Kommunal refusjon'], values: [80001, 40001], fills: ['7F7F7F', '7F7F7F', '1F4E79'],
    }]);
    expect(chart?.xml).toContain(`<c:numFmt formatCode="${WHOLE_FORMAT}" sourceLinked="0"/>`);
    expectStyled(chart!);
    await expectValidDocx(bytes);
  });
});

describe('{{diagram_brukere}}', () => {
  it('is clustered columns by year, a series per municipality, with a legend', async () => {
    const { bytes, charts } = await fill(['{{diagram_brukere}}'], analysis({ Brukere: BRUKERE }));
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.type).toBe('barChart');
    expect(chart?.xml).toContain('<c:grouping val="clustered"/>');
    expect(chart?.title).toBe('Brukere per kommune per år');
    expect(chart?.series).toEqual([
      { name: 'Grong', categories: ['2016', '2017'], values: [1200, 1234], fills: ['1F4E79'] },
      { name: 'Snåsa', categories: ['2016', '2017'], values: [950, 980], fills: ['A9D18E'] },
    ]);
    expect(chart?.xml).toContain('<c:legend>');
    expectStyled(chart!);
    await expectValidDocx(bytes);
  });

  it('takes the years from the column År wherever it stands', async () => {
    const { charts } = await fill(['{{diagram_brukere}}'], analysis({ Brukere: [['Grong', 'År', 'Snåsa'], [10, 2016, 20], [11, 2017, null]] }));
    expect(charts[0]?.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ['Grong', ['2016', '2017'], [10, 11]],
      ['Snåsa', ['2016', '2017'], [20, null]],
    ]);
  });

  it('says in a paragraph that the workbook has no Brukere sheet', async () => {
    const { charts, text } = await fill(['{{diagram_brukere}}'], analysis());
    expect(charts).toHaveLength(0);
    expect(text).toContain('Arbeidsboken har ikke arket Brukere, så diagrammet over brukere per kommune er utelatt.');
  });
});

describe('{{diagram:NAME}}', () => {
  const FEIDE: SheetRows = [['Kommune', 'Innlogginger', 'Merknad'], ['Grong', 20364, 'flest'], ['Snåsa', 4340, null], ['Lierne', 11370, null]];
  const TO_SERIER: SheetRows = [['Kommune', '2016', '2017'], ['Grong', 1.5, 2.25], ['Snåsa', 3, 4]];

  it('draws a one-series table of at most 8 rows as a pie, and leaves text columns out', async () => {
    const { bytes, charts } = await fill(['{{diagram:feide}}'], analysis({ Feide: FEIDE }));
    expect(charts).toHaveLength(1);
    expect(charts[0]?.type).toBe('pieChart');
    expect(charts[0]?.title).toBe('Feide');
    expect(charts[0]?.series).toEqual([{
      name: 'Innlogginger', categories: ['Grong', 'Snåsa', 'Lierne'], values: [20364, 4340, 11370], fills: ['1F4E79', 'A9D18E', '7F7F7F'],
    }]);
    expectStyled(charts[0]!);
    await expectValidDocx(bytes);
  });

  it('draws several series as clustered columns, with decimals in the number format', async () => {
    const { bytes, charts } = await fill(['{{diagram:Tall}}'], analysis({ Tall: TO_SERIER }));
    expect(charts[0]?.type).toBe('barChart');
    expect(charts[0]?.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ['2016', ['Grong', 'Snåsa'], [1.5, 3]],
      ['2017', ['Grong', 'Snåsa'], [2.25, 4]],
    ]);
    expect(charts[0]?.xml).toContain(`formatCode="${WHOLE_FORMAT}.00"`);
    await expectValidDocx(bytes);
  });

  it('explains in a paragraph why a table without numbers cannot be a chart', async () => {
    const { charts, text } = await fill(['{{diagram:Liste}}'], analysis({ Liste: [['Navn', 'Rolle'], ['Kari', 'Leder']] }));
    expect(charts).toHaveLength(0);
    expect(text).toContain('Tabellen «Liste» kan ikke vises som diagram: ingen kolonne etter den første har bare tall.');
  });

  it('exists for any sheet of that name, chartable or not, and not for a missing one', () => {
    const context = { analysis: analysis({ Liste: [['Navn', 'Rolle'], ['Kari', 'Leder']] }), fundName: () => '' };
    expect(tableChartBlock.exists(context, 'liste')).toBe(true);
    expect(tableChartBlock.exists(context, 'Finnes ikke')).toBe(false);
  });
});

it('puts all the charts in one document, each a valid chart part of its own', async () => {
  const a = analysis({ Refusjon: REFUSJON, Brukere: BRUKERE });
  const { bytes, charts } = await fill(
    ['Før', '{{diagram_driftsutgifter}}', '{{diagram_refusjon}}', '{{diagram_refusjon_andel}}', '{{diagram_brukere}}', '{{diagram:Brukere}}', 'Etter'], a);
  expect(charts.map((c) => c.title.split('\n')[0])).toEqual([
    'Fordeling av driftsutgifter per ansvar', 'Refusjon per kommune', 'Kommunal refusjon i forhold til brutto driftsutgifter',
    'Brukere per kommune per år', 'Brukere',
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  // 16 cm wide (A4 with 2,5 cm margins); each chart described in Norwegian for screen readers
  const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]) / 360000);
  expect(extents).toHaveLength(5);
  for (const cm of extents) expect(cm).toBeCloseTo(15.9, 1);
  expect(document).toContain('descr="Søylediagram, Refusjon per kommune. Grong: kr 30\u00a0001; Snåsa: kr 10\u00a0000."');
  await expectValidDocx(bytes);
});
