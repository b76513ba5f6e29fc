import fc from 'fast-check';
import { shortDecimal } from './decimal-text';

const read = (text: string) => shortDecimal(`<v>${text}</v>`, 3, 3 + text.length);

describe('shortDecimal', () => {
  it('gives exactly what parseFloat gives for plain decimals of up to 15 digits', () => {
    const decimal = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,9}$/), fc.stringMatching(/^[0-9]{0,6}$/))
      .map(([minus, whole, part]) => `${minus ? '-' : ''}${whole}${part === '' ? '' : `.${part}`}`);
    fc.assert(fc.property(decimal, (text) => {
      expect(Object.is(read(text), parseFloat(text))).toBe(true);
    }), { numRuns: 20_000 });
    for (const text of ['0.1', '0.30000000000001', '-0', '999999999999999', '123456789.012345', '0.00000000000001']) {
      expect(Object.is(read(text), parseFloat(text))).toBe(true);
    }
  });

  it('leaves everything else to parseFloat', () => {
    for (const text of ['', '-', '.', '1e5', '1E-2', '0.30000000000000004', '1234567890123456', '1.2.3', '+5', ' 5', 'NaN']) {
      expect(read(text)).toBeUndefined();
    }
  });
});
