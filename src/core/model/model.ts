import { z } from 'zod';
import type { Settings } from './settings';

/**
 * The workbook as the calculations see it: only rows whose every required cell could be read;
 * the ledger as one line per ansvar, art and funksjon (the rows summed).
 * Rows that could not be read are not here; the checks report them as errors, and an error
 * stops the report, so no figure is ever made from a guess.
 */
const Code = z.string().regex(/^\d+$/);
const Money = z.bigint();
const Row = z.number().int().positive();

export const AnsvarEntrySchema = z.object({
  code: Code,
  navn: z.string().min(1),
  fond: Code.optional(),
  forklaring: z.string().min(1).optional(),
  row: Row,
});

export const LedgerLineSchema = z.object({
  ansvar: Code,
  art: Code,
  funksjon: Code.optional(),
  regnskap: Money,
  budsjett: Money,
  opprinnelig: Money,
  ifjor: Money,
  /** The ledger rows summed in this line (all with this ansvar, art and funksjon), in order. */
  rows: z.array(Row).min(1).readonly(),
});

export const FondEntrySchema = z.object({
  konto: Code,
  navn: z.string().min(1),
  ib: Money,
  avsetning: Money,
  bruk: Money,
  ub: Money.optional(),
  row: Row,
});

export const VedtattAvsetningSchema = z.object({ fond: Code, belop: Money, vedtak: z.string().optional(), row: Row });
export const RefusjonEntrySchema = z.object({ kommune: z.string().min(1), belop: Money, row: Row });
export const StyreMedlemSchema = z.object({
  navn: z.string().min(1),
  rolle: z.string().optional(),
  epost: z.string().optional(),
  row: Row,
});

export const ModelDataSchema = z.object({
  ansvar: z.array(AnsvarEntrySchema).readonly(),
  ledger: z.array(LedgerLineSchema).readonly(),
  fond: z.array(FondEntrySchema).readonly(),
  vedtatte: z.array(VedtattAvsetningSchema).readonly(),
  refusjon: z.array(RefusjonEntrySchema).readonly(),
  styre: z.array(StyreMedlemSchema).readonly(),
  /** Which optional ledger columns the workbook has. */
  columns: z.object({ opprinnelig: z.boolean(), ifjor: z.boolean() }).readonly(),
});

export type AnsvarEntry = Readonly<z.infer<typeof AnsvarEntrySchema>>;
export type LedgerLine = Readonly<z.infer<typeof LedgerLineSchema>>;
export type FondEntry = Readonly<z.infer<typeof FondEntrySchema>>;
export type VedtattAvsetning = Readonly<z.infer<typeof VedtattAvsetningSchema>>;
export type RefusjonEntry = Readonly<z.infer<typeof RefusjonEntrySchema>>;
export type StyreMedlem = Readonly<z.infer<typeof StyreMedlemSchema>>;
export type ModelData = z.infer<typeof ModelDataSchema>;

export interface Model extends ModelData {
  readonly settings: Settings;
}

/** The name of a fund on sheet Fond, or '' when the workbook has no such fund. */
export function fundName(model: Pick<ModelData, 'fond'>, konto: string): string {
  return model.fond.find((f) => f.konto === konto)?.navn ?? '';
}
