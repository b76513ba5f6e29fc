import type { AnsvarFigures } from './ansvar-figures';
import { disposeResult } from './disposition';

const ansvar = (code: string, avvik: bigint, fond?: string): AnsvarFigures => ({
  code, navn: code, fond, forklaring: undefined, row: 2, lines: 1, material: false, avvik,
  regnskap: 0n, budsjett: avvik, bruttoUtgiftsbudsjett: 0n, bruttoUtgifter: 0n, opprinnelig: 0n, ifjor: 0n,
});

describe('disposeResult', () => {
  it("gives a dedicated fund its ansvar's avvik and the Standardfond the rest (the seed's 2017)", () => {
    const r = disposeResult(224169300n, [ansvar('1002', 131435945n), ansvar('1011', 32508420n, 'F2')], 'F1', 0n);
    expect(r.disposisjoner.map((d) => [d.fond, d.belop, d.grunnlag, d.ansvar])).toEqual([
      ['F2', 32508420n, 'dedikert', ['1011']],
      ['F1', 191660880n, 'standardfond', []],
    ]);
    expect(r.udekketMerforbruk).toBe(0n);
  });

  it('never gives dedicated funds more than the undisposed result', () => {
    const r = disposeResult(10000n, [ansvar('1', 30000n, 'F2'), ansvar('2', -20000n)], 'F1', 0n);
    expect(r.disposisjoner.map((d) => [d.fond, d.belop])).toEqual([['F2', 10000n]]);
  });

  it('gives a dedicated fund nothing when its ansvar together ran a merforbruk', () => {
    const r = disposeResult(10000n, [ansvar('1', 30000n), ansvar('2', -20000n, 'F2')], 'F1', 0n);
    expect(r.disposisjoner.map((d) => [d.fond, d.belop])).toEqual([['F1', 10000n]]);
  });

  it('treats an ansvar tied to the Standardfond itself as untied', () => {
    const r = disposeResult(10000n, [ansvar('1', 10000n, 'F1')], 'F1', 0n);
    expect(r.disposisjoner.map((d) => [d.fond, d.belop, d.grunnlag])).toEqual([['F1', 10000n, 'standardfond']]);
  });

  it('covers a merforbruk from the Standardfond as far as it reaches, and carries the rest', () => {
    expect(disposeResult(-5000n, [], 'F1', 8000n)).toEqual({
      disposisjoner: [{ fond: 'F1', belop: -5000n, grunnlag: 'standardfond', ansvar: [] }], udekketMerforbruk: 0n,
    });
    expect(disposeResult(-5000n, [], 'F1', 3000n).udekketMerforbruk).toBe(2000n);
    expect(disposeResult(-5000n, [], 'F1', -100n)).toEqual({ disposisjoner: [], udekketMerforbruk: 5000n });
    expect(disposeResult(-5000n, [], undefined, 9000n)).toEqual({ disposisjoner: [], udekketMerforbruk: 5000n });
  });

  it('does nothing with a result of exactly zero', () => {
    expect(disposeResult(0n, [ansvar('1', 0n, 'F2')], 'F1', 0n)).toEqual({ disposisjoner: [], udekketMerforbruk: 0n });
  });
});
