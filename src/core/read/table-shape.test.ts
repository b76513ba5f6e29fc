import { rawWorkbook } from '../../../test/helpers/raw-workbook-builder';
import type { RawWorkbook, WorkbookName } from '../workbook/raw-workbook';
import { findTableShape, rangeShape, sheetShape } from './table-shape';

const book = (names: WorkbookName[] = []): RawWorkbook => ({
  ...rawWorkbook({
    Feide: [[], ['Kommune', 'Innlogginger'], ['Grong', 20364], [], ['Snåsa', 4340.5], ['Sum', { kind: 'error', code: '#REF!' }]],
    Nøkkeltall: [
      ['Overskrift over alt'],
      [null, 'Enhet', 'Saker', 'Merknad'],
      [null, 'Grong', 731, 'A & B <c>'],
      [null, 'IKTIN', 862, true],
      [null, null, null, null],
      [null, 'Utenfor', 1, 'x', 'kolonne E'],
    ],
  }),
  names,
});

describe('sheetShape', () => {
  it('takes the first filled row as the header and skips empty rows', () => {
    const sheet = book().sheets[0]!;
    expect(sheetShape(sheet)).toEqual({
      name: 'Feide',
      header: ['Kommune', 'Innlogginger'],
      rows: [
        [{ kind: 'text', text: 'Grong' }, { kind: 'number', value: 20364 }],
        [{ kind: 'text', text: 'Snåsa' }, { kind: 'number', value: 4340.5 }],
        [{ kind: 'text', text: 'Sum' }, { kind: 'text', text: '#REF!' }],
      ],
    });
  });
});

describe('findTableShape', () => {
  it('finds a sheet by name, in any case and with extra spaces', () => {
    expect(findTableShape(book(), '  FEIDE ')?.header).toEqual(['Kommune', 'Innlogginger']);
  });

  it('finds a defined name and takes only its range: the first row is the header', () => {
    const shape = findTableShape(book([{ name: 'Saker', sheet: 'Nøkkeltall', range: 'B2:D5', kind: 'name' }]), 'saker');
    expect(shape).toEqual({
      name: 'Saker',
      header: ['Enhet', 'Saker', 'Merknad'],
      rows: [
        [{ kind: 'text', text: 'Grong' }, { kind: 'number', value: 731 }, { kind: 'text', text: 'A & B <c>' }],
        [{ kind: 'text', text: 'IKTIN' }, { kind: 'number', value: 862 }, { kind: 'text', text: 'Ja' }],
      ],
    });
  });

  it('finds an Excel table the same way, keeping empty columns inside but none at the right', () => {
    const shape = findTableShape(book([{ name: 'Tabell1', sheet: 'Nøkkeltall', range: 'A2:F3', kind: 'table' }]), 'Tabell1');
    expect(shape?.header).toEqual(['', 'Enhet', 'Saker', 'Merknad']);
    expect(shape?.rows).toEqual([[{ kind: 'empty' }, { kind: 'text', text: 'Grong' }, { kind: 'number', value: 731 }, { kind: 'text', text: 'A & B <c>' }]]);
    const wide = findTableShape(book([{ name: 'Alt', sheet: 'Nøkkeltall', range: 'B2:XFD1048576', kind: 'name' }]), 'Alt');
    expect(wide?.header).toEqual(['Enhet', 'Saker', 'Merknad', '']);
    expect(wide?.rows[2]?.[3]).toEqual({ kind: 'text', text: 'kolonne E' });
    expect(wide?.rows).toHaveLength(3);
  });

  it('prefers a sheet to a name, and gives undefined for a name it does not know', () => {
    const names: WorkbookName[] = [{ name: 'Feide', sheet: 'Nøkkeltall', range: 'B2:C3', kind: 'name' }];
    expect(findTableShape(book(names), 'Feide')?.header).toEqual(['Kommune', 'Innlogginger']);
    expect(findTableShape(book(names), 'Brev')).toBeUndefined();
    expect(findTableShape(book([{ name: 'Borte', sheet: 'Slettet', range: 'A1:B2', kind: 'name' }]), 'Borte')).toBeUndefined();
  });
});

describe('rangeShape', () => {
  it('gives an empty header for a range whose first row is empty, and undefined for a range it cannot read', () => {
    const sheet = book().sheets[1]!;
    expect(rangeShape('X', sheet, 'B5:C6')).toEqual({ name: 'X', header: ['', ''], rows: [[{ kind: 'text', text: 'Utenfor' }, { kind: 'number', value: 1 }]] });
    expect(rangeShape('X', sheet, 'B5')).toBeUndefined();
  });
});
