/**
 * Every placeholder a template may use. Text placeholders may stand anywhere; block
 * placeholders (tables, lists) must stand alone in their paragraph; row placeholders repeat a
 * table row designed in the template, with fields such as {{ansvar_rad.navn}}.
 */
export type PlaceholderKind = 'text' | 'block' | 'rows';

export interface PlaceholderSpec {
  readonly name: string;
  readonly kind: PlaceholderKind;
  readonly description: string;
  /** What it becomes for the example workbook (IKT Indre Namdal IKS 2017). */
  readonly example: string;
  /** For row placeholders: the fields of one row. */
  readonly fields?: readonly string[];
}

const text = (name: string, description: string, example: string): PlaceholderSpec => ({ name, kind: 'text', description, example });
const block = (name: string, description: string, example: string): PlaceholderSpec => ({ name, kind: 'block', description, example });

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  text('selskap', 'Selskap from Oppsett', 'IKT Indre Namdal IKS'),
  text('aar', 'År from Oppsett', '2017'),
  text('rapporttittel', 'Rapporttittel from Oppsett (default "Årsmelding <År>")', 'Årsmelding 2017'),
  text('resultat', "the year's result in whole kroner, without sign (see resultat_tekst)", '2 851 193'),
  text('resultat_tekst', '"mindreforbruk", "merforbruk" or "balanse"', 'mindreforbruk'),
  text('vedtatte_avsetninger', 'sum of Vedtatte avsetninger', '609 500'),
  text('udisponert', 'the result less decided allocations, without sign (see udisponert_tekst)', '2 241 693'),
  text('udisponert_tekst', '"mindreforbruk", "merforbruk" or "balanse" for udisponert', 'mindreforbruk'),
  text('disponering_tekst', 'one sentence proposing the disposition (or the cover of a merforbruk)', 'Styret foreslår at udisponert mindreforbruk på kr 2 241 693 avsettes slik: kr 1 916 609 til 25699101 Disposisjonsfond alle og kr 325 084 til 25699102 Disposisjonsfond RK/NK/GK/LK.'),
  text('udekket_merforbruk', 'merforbruk the Standardfond cannot cover (0 when none)', '0'),
  text('fond_ib', 'funds, total opening balance', '3 969 554'),
  text('fond_ub', 'funds, total closing balance', '3 819 698'),
  text('fond_endring', 'funds, change in the year (UB − IB), with sign', '-149 856'),
  text('fond_ub_etter_disponering', 'funds, closing balance after decided allocations and the proposed disposition', '6 670 891'),
  text('antall_ansvar', 'number of ansvar', '13'),
  block('tabell_ansvar', 'table: ansvar, navn, regnskap, regulert budsjett, avvik kr, avvik %, and a sum row', '13 rows and a sum row'),
  block('liste_avvik', 'one line per ansvar with its mindreforbruk or merforbruk', 'Ansvar 1002 Felleskostnader IKT — mindreforbruk på kr 1 314 359'),
  block('tabell_vesentlige_avvik', 'table: the material deviations with their Forklaring', '1001, 1002, 1003, 1008, 1011'),
  block('tabell_fond', 'table: per fund IB, avsetning, bruk, UB, vedtatt avsatt, proposed disposition, UB after; a sum row', '25699101, 25699102 and the sum'),
  block('tabell_disponering', 'the budget-regulation lines (konto, ansvar, funksjon, beløp) and their balance accounts', '15400 Avsetning ubundet fond | 9909 | 899 | 1 916 609 …'),
  block('diagram_driftsutgifter', "chart: each ansvar's share of gross operating expenses (expense arts 010–599)", 'pie chart, 13 ansvar'),
  block('diagram_refusjon', 'chart: refunds per municipality (sheet Refusjon)', 'column chart, 6 municipalities'),
  block('diagram_refusjon_andel', 'chart: municipal refunds against gross expenses', 'column chart'),
  block('diagram_brukere', 'chart: users per municipality per year (sheet Brukere)', 'column chart 2004–2017'),
  block('kontrolloppstilling', 'appendix: each reconciliation of the figures with "stemmer" or "avvik"', 'Sum avvik over ansvar = årets resultat … stemmer'),
  { name: 'tabell:', kind: 'block', description: 'any sheet, Excel table or named range of the workbook as a Word table: {{tabell:NAME}}', example: '{{tabell:Feide}}' },
  { name: 'diagram:', kind: 'block', description: 'any table-shaped sheet, Excel table or named range as a chart: {{diagram:NAME}}', example: '{{diagram:Brukere}}' },
  { name: 'ansvar_rad', kind: 'rows', description: 'repeats a template table row per ansvar', example: '{{ansvar_rad.navn}}',
    fields: ['ansvar', 'navn', 'regnskap', 'budsjett', 'avvik', 'avvik_prosent', 'resultat_tekst', 'forklaring'] },
  { name: 'fond_rad', kind: 'rows', description: 'repeats a template table row per fund', example: '{{fond_rad.ub}}',
    fields: ['fond', 'navn', 'ib', 'avsetning', 'bruk', 'ub', 'vedtatt', 'disponering', 'ub_etter_disponering'] },
  { name: 'regulering_rad', kind: 'rows', description: 'repeats a template table row per budget-regulation line', example: '{{regulering_rad.belop}}',
    fields: ['konto', 'tekst', 'ansvar', 'ansvar_tekst', 'funksjon', 'belop', 'balansekonto', 'balansekonto_navn'] },
];

const BY_NAME = new Map(PLACEHOLDERS.map((p) => [p.name, p]));

/** For {{tabell:NAME}} and {{diagram:NAME}}: the kind and the NAME. */
export function placeholderArgument(key: string): { readonly prefix: 'tabell' | 'diagram'; readonly name: string } | undefined {
  const m = /^(tabell|diagram):\s*(.+)$/.exec(key);
  return m === null ? undefined : { prefix: m[1] as 'tabell' | 'diagram', name: (m[2] ?? '').trim() };
}

/** The spec of a placeholder as written in a template ("navn" or "ansvar_rad.navn"), if known. */
export function lookupPlaceholder(key: string): PlaceholderSpec | undefined {
  const argument = /^(tabell|diagram):\s*(.+)$/.exec(key);
  if (argument !== null) return BY_NAME.get(`${argument[1]}:`);
  if (key.endsWith(':')) return undefined;
  const direct = BY_NAME.get(key);
  if (direct !== undefined) return direct.kind === 'rows' ? undefined : direct;
  const [rows, field, ...rest] = key.split('.');
  const spec = rows === undefined ? undefined : BY_NAME.get(rows);
  if (spec?.kind !== 'rows' || field === undefined || rest.length > 0 || !spec.fields?.includes(field)) return undefined;
  return spec;
}
