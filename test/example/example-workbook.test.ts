import { readFileSync } from 'fs';
import { join } from 'path';
import { buildWorkbook, fixZipTimestamps } from '../../scripts/build-example';
import { exceljsBufferSource, exceljsFileSource } from '../../src/adapters/exceljs/exceljs-source';
import { ALL_CHECKS } from '../../src/core/checks/all-checks';
import { roundToKroner } from '../../src/core/money/ore';
import { analyseSource, type Analysis } from '../../src/core/pipeline';

const EXAMPLE = join(__dirname, '../../examples/ikt-indre-namdal-2017.xlsx');
const LIBREOFFICE = join(__dirname, '../fixtures/ikt-indre-namdal-2017.libreoffice.xlsx');

/** The seed's chapter 4: avvik per ansvar in whole kroner. */
const SEED_AVVIK: Record<string, number> = {
  '1000': 8583, '1001': 379974, '1002': 1314359, '1003': 123776, '1005': 23996, '1006': 6627, '1007': 55669,
  '1008': 454413, '1009': 75908, '1010': 14665, '1011': 325084, '1012': -25315, '9000': 93454,
};

const kr = (ore: bigint) => Number(roundToKroner(ore));

describe('the example workbook (IKT Indre Namdal IKS 2017)', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    analysis = await analyseSource(exceljsFileSource(EXAMPLE));
  });

  it('passes every check but KOSTRA control 065, which the seed\'s own regulation lines draw', () => {
    expect(ALL_CHECKS.length).toBeGreaterThanOrEqual(20);
    expect(analysis.findings.map((f) => [f.code, f.severity, f.message.slice(0, 50)])).toEqual([
      ['kostra-065', 'warning', 'Budsjettreguleringen fører konto 15400 (art 540) p'],
      ['kostra-065', 'warning', 'Budsjettreguleringen fører konto 19314 (art 931) p'],
    ]);
    expect(analysis.ok).toBe(true);
  });

  it("gives the seed's chapter 4 figures to the krone", () => {
    const f = analysis.figures;
    expect(Object.fromEntries(f.ansvar.map((a) => [a.code, kr(a.avvik)]))).toEqual(SEED_AVVIK);
    expect(f.resultat).toBe(285119300n);
    expect(f.resultatType).toBe('mindreforbruk');
    expect(f.vedtatteAvsetninger).toBe(60950000n);
    expect(f.udisponert).toBe(224169300n);
    expect(kr(f.fondTotal.ib)).toBe(3969554);
    expect(kr(f.fondTotal.ub)).toBe(3819698);
    expect(kr(f.fondTotal.endring)).toBe(-149856);
  });

  it("gives the seed's chapter 5 disposition and budget regulation", () => {
    const f = analysis.figures;
    expect(f.disposisjoner.map((d) => [d.fond, kr(d.belop)])).toEqual([['25699101', 1916609], ['25699102', 325084]]);
    expect(f.regulering.map((p) => [p.balansekonto, p.lines.map((l) => `${l.konto} ${l.ansvar} ${l.funksjon} ${kr(l.belop)}`)])).toEqual([
      ['25699101', ['15400 9909 899 1916609', '19314 9909 899 -1916609']],
      ['25699102', ['15400 9909 899 325084', '19314 9909 899 -325084']],
    ]);
  });

  it('reads the same when LibreOffice saved it (shared strings, styles, cached formula values)', async () => {
    const lo = await analyseSource(exceljsFileSource(LIBREOFFICE));
    expect(lo.findings).toEqual(analysis.findings);
    expect(lo.figures).toEqual(analysis.figures);
    expect(lo.model).toEqual(analysis.model);
  });

  it('is what scripts/build-example.ts makes from the data, byte for byte', async () => {
    const built = fixZipTimestamps(Buffer.from(await buildWorkbook().xlsx.writeBuffer()));
    expect(built.equals(readFileSync(EXAMPLE))).toBe(true);
    const again = await analyseSource(exceljsBufferSource(built));
    expect(again.figures).toEqual(analysis.figures);
  });
});
