import fc from 'fast-check';
import { rawWorkbook, type SheetRows } from '../../../test/helpers/raw-workbook-builder';
import { sumOre } from '../money/ore';
import { analyseWorkbook } from '../pipeline';

const amount = (ore: bigint): number => {
  const abs = ore < 0n ? -ore : ore;
  return Number(`${ore < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`);
};

const ANSVAR = ['1000', '1100', '1200', '2000', '9000'];
const FUNDS = ['25690001', '25690002', '25690003'];
const ARTS = [10100, 11200, 15400, 17500, 19000, 19400];
const ore = fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n });

const line = fc.record({
  ansvar: fc.constantFrom(...ANSVAR),
  art: fc.constantFrom(...ARTS),
  regnskap: ore,
  budsjett: ore,
});

const workbookArb = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 40 }),
  tied: fc.array(fc.option(fc.constantFrom(...FUNDS.slice(1)), { nil: undefined }), { minLength: ANSVAR.length, maxLength: ANSVAR.length }),
  ib: fc.array(fc.bigInt({ min: 0n, max: 10n ** 10n }), { minLength: FUNDS.length, maxLength: FUNDS.length }),
  vedtatt: fc.bigInt({ min: 0n, max: 10n ** 9n }),
  seed: fc.integer(),
});

type Generated = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

function sheets(g: Generated, lines: Generated['lines']): Record<string, SheetRows> {
  return {
    Oppsett: [['Selskap', 'Eiendom IKS'], ['År', 2025], ['Standardfond', Number(FUNDS[0])]],
    Ansvar: [['Ansvar', 'Navn', 'Fond'], ...ANSVAR.map((a, i) => [Number(a), `Ansvar ${a}`, g.tied[i] === undefined ? null : Number(g.tied[i])])],
    Regnskap: [['Ansvar', 'Art', 'Regnskap', 'Regulert budsjett'],
      ...lines.map((l) => [Number(l.ansvar), l.art, amount(l.regnskap), amount(l.budsjett)])],
    Fond: [['Fond', 'Navn', 'IB'], ...FUNDS.map((f, i) => [Number(f), `Fond ${f}`, amount(g.ib[i] ?? 0n)])],
    'Vedtatte avsetninger': [['Fond', 'Beløp'], [Number(FUNDS[0]), amount(g.vedtatt)]],
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Every number-like leaf of the figures: amounts must all be bigints (whole øre). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

describe('figures (property-based, generated workbooks)', () => {
  it('hold their identities whatever the ledger holds', () => {
    fc.assert(fc.property(workbookArb, (g) => {
      const { figures: f } = analyseWorkbook(rawWorkbook(sheets(g, g.lines)));
      expect(sumOre(f.ansvar.map((a) => a.avvik))).toBe(f.resultat);
      expect(f.resultat).toBe(sumOre(g.lines.map((l) => l.budsjett - l.regnskap)));
      expect(f.udisponert).toBe(f.resultat - g.vedtatt);
      const disposed = sumOre(f.disposisjoner.map((d) => d.belop));
      if (f.udisponert >= 0n) expect(disposed).toBe(f.udisponert);
      else expect(-disposed + f.udekketMerforbruk).toBe(-f.udisponert);
      for (const pair of f.regulering) expect(pair.lines[0].belop + pair.lines[1].belop).toBe(0n);
      for (const r of f.fond) expect(r.ubEtterDisponering).toBe(r.ub + r.vedtatt + r.disponering);
      expect(f.fondTotal.disponering).toBe(disposed);
    }), { numRuns: 300 });
  });

  it('do not depend on the order of the ledger rows', () => {
    fc.assert(fc.property(workbookArb, (g) => {
      const a = analyseWorkbook(rawWorkbook(sheets(g, g.lines)));
      const b = analyseWorkbook(rawWorkbook(sheets(g, shuffled(g.lines, g.seed))));
      expect(b.figures).toEqual(a.figures);
      expect(b.findings.map((x) => x.code)).toEqual(a.findings.map((x) => x.code));
    }), { numRuns: 200 });
  });

  it('are never a fraction of an øre: every amount is a bigint', () => {
    fc.assert(fc.property(workbookArb, (g) => {
      const { figures } = analyseWorkbook(rawWorkbook(sheets(g, g.lines)));
      for (const [path, value] of leaves(figures)) {
        if (typeof value === 'number') expect([path, Number.isInteger(value)]).toEqual([path, true]);
        expect(typeof value === 'number' && /(regnskap|budsjett|avvik|belop|ib|ub|bruk|avsetning|vedtatt|disponering|udisponert|resultat)$/i.test(path)).toBe(false);
      }
    }), { numRuns: 100 });
  });

  it('never throw on any cell content', () => {
    const cell = fc.oneof(
      fc.constant(null), fc.double(), fc.integer(), fc.string(), fc.boolean(),
      fc.constantFrom({ kind: 'error' as const, code: '#REF!' }, { kind: 'no-cached-result' as const, formula: 'A1' },
        { kind: 'date' as const, iso: '2017-01-01' }, { kind: 'merged' as const, master: 'A1' }),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 });
    fc.assert(fc.property(fc.record({ Oppsett: sheet, Ansvar: sheet, Regnskap: sheet, Fond: sheet }), fc.array(fc.integer({ min: 1, max: 8 })), (s, hidden) => {
      const withHeaders = {
        Oppsett: s.Oppsett,
        Ansvar: [['Ansvar', 'Navn', 'Fond', 'Forklaring'], ...s.Ansvar],
        Regnskap: [['Ansvar', 'Art', 'Regnskap', 'Regulert budsjett', 'Opprinnelig budsjett'], ...s.Regnskap],
        Fond: [['Fond', 'Navn', 'IB', 'Avsetning', 'Bruk', 'UB'], ...s.Fond],
      } as Record<string, SheetRows>;
      const analysis = analyseWorkbook(rawWorkbook(withHeaders, { hiddenRows: { Regnskap: hidden } }));
      for (const f of analysis.findings) {
        expect(f.message.length).toBeGreaterThan(0);
        expect(f.hint.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });
});
