import fc from 'fast-check';
import { formatExact, formatKroner, formatPercent } from './format-money';

describe('formatKroner', () => {
  it('groups thousands the Norwegian way and rounds once', () => {
    expect(formatKroner(285119300n)).toBe('2 851 193');
    expect(formatKroner(191660880n)).toBe('1 916 609');
    expect(formatKroner(-2531500n)).toBe('-25 315');
    expect(formatKroner(49n)).toBe('0');
    expect(formatKroner(-2531500n, { groupSeparator: '\u00a0', minus: '\u2212' })).toBe('\u221225\u00a0315');
  });
});

describe('formatExact', () => {
  it('shows kroner and øre', () => {
    expect(formatExact(123456n)).toBe('1 234,56');
    expect(formatExact(-5n)).toBe('-0,05');
  });

  it('property: an amount survives øre → text → øre unchanged', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (ore) => {
      const text = formatExact(ore);
      const back = BigInt(text.replace(/ /g, '').replace(',', ''));
      expect(back).toBe(ore);
    }));
  });
});

describe('formatPercent', () => {
  it('has one decimal and a comma, and a dash where the base is zero', () => {
    expect(formatPercent(125n, 1000n)).toBe('12,5 %');
    expect(formatPercent(-1n, 3n)).toBe('-33,3 %');
    expect(formatPercent(5n, 0n)).toBe('–');
  });

  it('property: never NaN or Infinity', () => {
    fc.assert(fc.property(fc.bigInt(), fc.bigInt(), (a, b) => {
      expect(formatPercent(a, b)).toMatch(/^(–|-?[\d ]+,\d %)$/);
    }));
  });
});
