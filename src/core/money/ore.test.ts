import fc from 'fast-check';
import { divideRounded, kroner, oreFromNumber, roundToKroner, scaleByPrecision, scaleDecimal } from './ore';

const decimalText = (ore: bigint): string => {
  const abs = ore < 0n ? -ore : ore;
  return `${ore < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};
/** Amounts up to ±10^13 kroner with øre: 15 significant digits, what a spreadsheet keeps exactly. */
const anyOre = fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n });

describe('oreFromNumber', () => {
  it('reads the decimals a cell shows, exactly', () => {
    expect(oreFromNumber(1234.56)).toEqual({ ok: true, scaled: 123456n });
    expect(oreFromNumber(-0.01)).toEqual({ ok: true, scaled: -1n });
    expect(oreFromNumber(2851193)).toEqual({ ok: true, scaled: 285119300n });
    expect(oreFromNumber(0)).toEqual({ ok: true, scaled: 0n });
    expect(oreFromNumber(1e15)).toEqual({ ok: true, scaled: 10n ** 17n });
  });

  it('removes binary noise that spreadsheets write into sums', () => {
    expect(oreFromNumber(0.1 + 0.2)).toEqual({ ok: true, scaled: 30n });
    expect(oreFromNumber(50000.50000000001)).toEqual({ ok: true, scaled: 5000050n });
  });

  it('refuses a third decimal and non-finite numbers instead of rounding them', () => {
    expect(oreFromNumber(1.005)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(oreFromNumber(0.001)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(oreFromNumber(Number.NaN)).toEqual({ ok: false, problem: 'not-finite' });
    expect(oreFromNumber(Infinity)).toEqual({ ok: false, problem: 'not-finite' });
  });

  it('property: every amount with øre survives cell → øre unchanged', () => {
    fc.assert(fc.property(anyOre, (ore) => {
      expect(oreFromNumber(Number(decimalText(ore)))).toEqual({ ok: true, scaled: ore });
    }), { numRuns: 2000 });
  });

  it('property: an amount with a third decimal digit is always refused', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 1, max: 9 }), (ore, third) => {
      const text = `${decimalText(ore)}${third}`;
      expect(oreFromNumber(Number(text)).ok).toBe(false);
    }), { numRuns: 1000 });
  });
});

describe('scaleDecimal', () => {
  it('scales percent thresholds to hundredths', () => {
    expect(scaleDecimal(10, 2)).toEqual({ ok: true, scaled: 1000n });
    expect(scaleDecimal(7.5, 2)).toEqual({ ok: true, scaled: 750n });
  });
});

describe('the quick path of scaleDecimal', () => {
  const same = (value: number) => {
    for (const places of [0, 2, 4]) expect(scaleDecimal(value, places)).toEqual(scaleByPrecision(value, places));
  };

  it('agrees with the 15-digit path on amounts with øre', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (ore) => same(Number(ore) / 100)), { numRuns: 5000 });
  });

  it('agrees with the 15-digit path on any double', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), same), { numRuns: 5000 });
    for (const value of [0.1 + 0.2, 1e21, -1e-7, 123456789012345.6, 2 ** 53 + 2, -0.05, 5e-324]) same(value);
  });
});

describe('rounding', () => {
  it('rounds half away from zero, once', () => {
    expect(roundToKroner(50n)).toBe(1n);
    expect(roundToKroner(49n)).toBe(0n);
    expect(roundToKroner(-50n)).toBe(-1n);
    expect(roundToKroner(-149n)).toBe(-1n);
    expect(divideRounded(1n, 3n)).toBe(0n);
    expect(divideRounded(-5n, 10n)).toBe(-1n);
    expect(kroner(609500)).toBe(60950000n);
  });

  it('property: rounding is within half a krone and symmetric', () => {
    fc.assert(fc.property(anyOre, (ore) => {
      const k = roundToKroner(ore);
      const diff = k * 100n - ore;
      expect(diff <= 50n && diff >= -50n).toBe(true);
      expect(roundToKroner(-ore)).toBe(-k);
    }));
  });
});
