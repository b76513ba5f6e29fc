// The input of the docx baseline (docx-baseline-worker.ts): the report's ansvar table and fund
// table, with the same rows, columns and widths as {{tabell_ansvar}} and {{tabell_fond}} in the
// example report, their cells already formatted. Figures come from `check --json` on the
// example workbook; the two columns that summary does not carry (last year's actual and the
// original budget per ansvar) are summed from the example's data.

import { z } from 'zod';
import { ansvar as ansvarRows, regnskap } from '../../examples/ikt-indre-namdal-2017.data';
import type { BaselineColumn, BaselineInput } from './docx-baseline-worker';
import { oreOfKroner } from './split-amounts';

const kroner = z.number().int();

const summarySchema = z.object({
  rapporttittel: z.string(),
  selskap: z.string(),
  ansvar: z.array(z.object({
    ansvar: z.string(),
    navn: z.string(),
    regnskap: kroner,
    regulertBudsjett: kroner,
    avvik: kroner,
    avvikProsent: z.string(),
  })),
  sum: z.object({ regnskap: kroner, regulertBudsjett: kroner, avvik: kroner }),
  fond: z.object({
    konti: z.array(z.object({
      fond: z.string(),
      navn: z.string(),
      ib: kroner,
      avsetning: kroner,
      bruk: kroner,
      ub: kroner,
      vedtatt: kroner,
      disponering: kroner,
      ubEtterDisponering: kroner,
    })),
  }),
});

/** The figures of `check --json` the tables need; throws when its shape is not what the tables need. */
export type CheckSummary = z.infer<typeof summarySchema>;
export const parseCheckSummary = (summary: unknown): CheckSummary => summarySchema.parse(summary);

/** Whole kroner as the report prints them: no-break space between groups, a real minus sign. */
export function documentKroner(value: number): string {
  const grouped = Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return value < 0 ? `\u2212${grouped}` : grouped;
}

/** Øre rounded to whole kroner, half away from zero. */
function roundOre(ore: bigint): number {
  const negative = ore < 0n;
  const magnitude = negative ? -ore : ore;
  const whole = Number((magnitude + 50n) / 100n);
  return negative ? -whole : whole;
}

const amount = (heading: string, width: number): BaselineColumn => ({ heading, width, amount: true });

export function baselineInput(summary: CheckSummary): BaselineInput {
  // Last year's actual and the original budget per ansvar, from the example's ledger lines.
  const ifjor = new Map<string, bigint>();
  const opprinnelig = new Map<string, bigint>();
  for (const line of regnskap) {
    const code = String(line[0]);
    opprinnelig.set(code, (opprinnelig.get(code) ?? 0n) + oreOfKroner(line[6]));
    ifjor.set(code, (ifjor.get(code) ?? 0n) + oreOfKroner(line[7]));
  }
  const total = (m: Map<string, bigint>): bigint => [...m.values()].reduce((a, b) => a + b, 0n);
  if (summary.ansvar.length !== ansvarRows.length) throw new Error('check --json on the example does not list every ansvar');

  // {{tabell_ansvar}} with both optional columns (the example has them): widths of src/report/blocks/ansvar-table.ts.
  const w = 1130;
  const ansvarColumns: BaselineColumn[] = [
    { heading: 'Ansvar', width: 780, amount: false },
    { heading: 'Navn', width: 9070 - 780 - 5 * w - 830, amount: false },
    amount('Regnskap i fjor', w), amount('Regnskap', w), amount('Oppr. budsjett', w),
    amount('Regulert budsjett', w), amount('Avvik kr', w), amount('Avvik %', 830),
  ];
  const k = documentKroner;
  const ansvarTable = {
    heading: 'Regnskap per ansvar',
    columns: ansvarColumns,
    rows: summary.ansvar.map((a) => [
      a.ansvar, a.navn, k(roundOre(ifjor.get(a.ansvar) ?? 0n)), k(a.regnskap), k(roundOre(opprinnelig.get(a.ansvar) ?? 0n)),
      k(a.regulertBudsjett), k(a.avvik), a.avvikProsent,
    ]),
    sum: ['', 'Sum', k(roundOre(total(ifjor))), k(summary.sum.regnskap), k(roundOre(total(opprinnelig))), k(summary.sum.regulertBudsjett), k(summary.sum.avvik), ''],
  };

  // {{tabell_fond}}: widths of src/report/blocks/fund-table.ts.
  const f = summary.fond.konti;
  const sumOf = (pick: (r: (typeof f)[number]) => number): string => k(f.reduce((s, r) => s + pick(r), 0));
  const fondTable = {
    heading: 'Disposisjonsfond',
    columns: [
      { heading: 'Fond', width: 2000, amount: false },
      ...['IB', 'Avsatt', 'Bruk', 'UB', 'Vedtatt avsatt', 'Forslag disp.', 'UB etter disp.'].map((h) => amount(h, 1010)),
    ],
    rows: f.map((r) => [`${r.fond} ${r.navn}`, k(r.ib), k(r.avsetning), k(r.bruk), k(r.ub), k(r.vedtatt), k(r.disponering), k(r.ubEtterDisponering)]),
    sum: ['Sum', sumOf((r) => r.ib), sumOf((r) => r.avsetning), sumOf((r) => r.bruk), sumOf((r) => r.ub), sumOf((r) => r.vedtatt), sumOf((r) => r.disponering), sumOf((r) => r.ubEtterDisponering)],
  };

  return { title: `${summary.rapporttittel} – ${summary.selskap}`, tables: [ansvarTable, fondTable] };
}
