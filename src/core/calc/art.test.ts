import { artOfKonto, isExpenseArt } from './art';

describe('artOfKonto', () => {
  it('reads the KOSTRA art the way the contract describes', () => {
    expect(artOfKonto('540')).toBe('540');
    expect(artOfKonto('5401')).toBe('540');
    expect(artOfKonto('15400')).toBe('540');
    expect(artOfKonto('19314')).toBe('931');
    expect(artOfKonto('17500')).toBe('750');
    expect(artOfKonto('010000')).toBe('100');
    expect(artOfKonto('12')).toBeUndefined();
  });

  it('follows Oppsett "Art fra konto" where the ERP differs', () => {
    expect(artOfKonto('1540099', { start: 2, length: 3 })).toBe('540');
    expect(artOfKonto('54011', { start: 1, length: 3 })).toBe('540');
    expect(artOfKonto('54', { start: 1, length: 3 })).toBeUndefined();
  });
});

describe('isExpenseArt', () => {
  it('takes 010–599 as expenses and 600–999 as revenues', () => {
    expect(['010', '100', '540', '599'].map(isExpenseArt)).toEqual([true, true, true, true]);
    expect(['600', '750', '931', '000', undefined].map(isExpenseArt)).toEqual([false, false, false, false, false]);
  });
});
