import { collectNames, parseSheetReference, withNames, type FoundName } from './workbook-names';

const sheets = [{ name: 'Feide' }, { name: 'Vedtatte avsetninger' }, { name: "Kari's ark" }];
const found = (name: string, reference: string, kind: FoundName['kind'] = 'name'): FoundName => ({ name, kind, reference });

describe('parseSheetReference', () => {
  it('reads a sheet-qualified rectangle with or without $ and quotes, and always gives two corners', () => {
    expect(parseSheetReference('Feide!$A$1:$B$7')).toEqual({ sheet: 'Feide', range: 'A1:B7' });
    expect(parseSheetReference('Feide!A1:B7')).toEqual({ sheet: 'Feide', range: 'A1:B7' });
    expect(parseSheetReference("'Vedtatte avsetninger'!$A$1:$C$2")).toEqual({ sheet: 'Vedtatte avsetninger', range: 'A1:C2' });
    expect(parseSheetReference("'Kari''s ark'!$D$1")).toEqual({ sheet: "Kari's ark", range: 'D1:D1' });
    expect(parseSheetReference('Feide!$B$7:$A$1')).toEqual({ sheet: 'Feide', range: 'A1:B7' });
  });

  it('refuses what is not one rectangle of a named sheet', () => {
    for (const bad of ['$A$1:$B$7', 'Feide!$A:$A', 'Feide!$1:$3', "Feide!$A$1,Feide!$B$3", 'OFFSET(Feide!$A$1,0,0,3,2)', '0.25', '#REF!', '[1]Feide!$A$1', "'[1]Feide'!$A$1", 'Feide!$XFE$1', 'Feide!$A$1048577']) {
      expect(parseSheetReference(bad)).toBeUndefined();
    }
  });
});

describe('collectNames', () => {
  it('keeps names and tables that point at one rectangle of a sheet, named as in the workbook, sorted', () => {
    expect(collectNames([
      found('Tabell1', "'feide'!B2:C4", 'table'),
      found('innlogginger', 'Feide!$A$1:$B$7'),
      found('Avsatt', "'Vedtatte avsetninger'!$A$1:$C$2"),
    ], sheets)).toEqual([
      { name: 'Avsatt', sheet: 'Vedtatte avsetninger', range: 'A1:C2', kind: 'name' },
      { name: 'innlogginger', sheet: 'Feide', range: 'A1:B7', kind: 'name' },
      { name: 'Tabell1', sheet: 'Feide', range: 'B2:C4', kind: 'table' },
    ]);
  });

  it("leaves out Excel's own names, constants, formulas, several areas and missing sheets", () => {
    expect(collectNames([
      found('_xlnm._FilterDatabase', 'Feide!$A$1:$B$7'),
      found('_xlnm.Print_Area', 'Feide!$A$1:$B$7'),
      found('Sats', '0.25'),
      found('To', 'Feide!$A$1,Feide!$B$3'),
      found('Borte', 'Slettet!$A$1:$B$2'),
      found('  ', 'Feide!$A$1'),
    ], sheets)).toEqual([]);
  });

  it('keeps a name found in several scopes once when they agree, and leaves it out when they differ', () => {
    expect(collectNames([found('Tall', 'Feide!$A$1:$B$2'), found('TALL', 'Feide!$A$1:$B$2')], sheets)).toEqual([
      { name: 'Tall', sheet: 'Feide', range: 'A1:B2', kind: 'name' },
    ]);
    expect(collectNames([found('Tall', 'Feide!$A$1:$B$2'), found('Tall', 'Feide!$A$1:$B$3')], sheets)).toEqual([]);
    expect(collectNames([found('Tall', 'Feide!$A$1:$B$2'), found('Tall', 'Slettet!$A$1')], sheets)).toEqual([]);
  });
});

describe('withNames', () => {
  it('leaves the property out when there are no names', () => {
    expect(withNames([], [])).toEqual({ sheets: [] });
    expect('names' in withNames([], [])).toBe(false);
    expect(withNames([], [{ name: 'A', sheet: 'Feide', range: 'A1:A1', kind: 'name' }]).names).toHaveLength(1);
  });
});
