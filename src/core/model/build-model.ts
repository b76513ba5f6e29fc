import type { Ore } from '../money/ore';
import type { Book } from '../read/book';
import { usableRows, type ParsedRow } from '../read/parse-row';
import type { Table } from '../read/read-table';
import { ModelDataSchema, type Model, type ModelData } from './model';
import type { Settings } from './settings';

const str = (p: ParsedRow, key: string): string | undefined => {
  const v = p.values.get(key);
  return typeof v === 'string' ? v : undefined;
};
const req = (p: ParsedRow, key: string): string => {
  const v = str(p, key);
  if (v === undefined) throw new Error(`usable row ${p.row.row} lacks ${key}`);
  return v;
};
const money = (p: ParsedRow, key: string): Ore => {
  const v = p.values.get(key);
  return typeof v === 'bigint' ? v : 0n;
};

function rows<T>(table: Table | undefined, make: (p: ParsedRow) => T): T[] {
  return usableRows(table).map(make);
}

/** The ledger's usable rows, summed per ansvar, art and funksjon as they were read. */
function ledgerLines(table: Table | undefined): ModelData['ledger'] {
  if (table === undefined || table.missingColumns.length > 0) return [];
  return table.fold.groups.map((g) => {
    const code = (key: string): string => {
      const value = g.codes.get(key);
      if (value === undefined) throw new Error(`ledger group of row ${g.rows[0]} lacks ${key}`);
      return value;
    };
    const sum = (key: string): Ore => g.sums.get(key) ?? 0n;
    return {
      ansvar: code('ansvar'),
      art: code('art'),
      funksjon: g.codes.get('funksjon'),
      regnskap: sum('regnskap'),
      budsjett: sum('budsjett'),
      opprinnelig: sum('opprinnelig'),
      ifjor: sum('ifjor'),
      rows: g.rows,
    };
  });
}

/** The calculations' view of the workbook; validated with zod as a guard against bugs. */
export function buildModel(book: Book, settings: Settings): Model {
  const t = book.tables;
  const data: ModelData = {
    ansvar: rows(t.ansvar, (p) => ({
      code: req(p, 'ansvar'),
      navn: req(p, 'navn'),
      fond: str(p, 'fond'),
      forklaring: str(p, 'forklaring') || undefined,
      row: p.row.row,
    })),
    ledger: ledgerLines(t.regnskap),
    fond: rows(t.fond, (p) => ({
      konto: req(p, 'fond'),
      navn: req(p, 'navn'),
      ib: money(p, 'ib'),
      avsetning: money(p, 'avsetning'),
      bruk: money(p, 'bruk'),
      ub: p.row.cells.has('ub') ? money(p, 'ub') : undefined,
      row: p.row.row,
    })),
    vedtatte: rows(t.vedtatte, (p) => ({ fond: req(p, 'fond'), belop: money(p, 'belop'), vedtak: str(p, 'vedtak'), row: p.row.row })),
    refusjon: rows(t.refusjon, (p) => ({ kommune: req(p, 'kommune'), belop: money(p, 'belop'), row: p.row.row })),
    styre: rows(t.styre, (p) => ({ navn: req(p, 'navn'), rolle: str(p, 'rolle'), epost: str(p, 'epost'), row: p.row.row })),
    columns: {
      opprinnelig: t.regnskap?.columns.has('opprinnelig') ?? false,
      ifjor: t.regnskap?.columns.has('ifjor') ?? false,
    },
  };
  return { ...ModelDataSchema.parse(data), settings };
}
