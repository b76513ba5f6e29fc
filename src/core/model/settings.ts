import { z } from 'zod';
import { oreFromNumber, scaleDecimal, type Ore } from '../money/ore';
import type { SettingKey, SettingsSheet } from '../read/read-settings';
import type { CellValue } from '../workbook/raw-workbook';
import { removeForbiddenXmlCharacters } from '../read/xml-safe-text';

export interface ArtPosition {
  /** 1-based position of the art's first digit in the konto. */
  readonly start: number;
  readonly length: number;
}

export interface Settings {
  readonly selskap: string | undefined;
  readonly aar: number | undefined;
  readonly rapporttittel: string;
  readonly standardfond: string | undefined;
  readonly kontoAvsetning: string;
  readonly kontoDisponering: string;
  readonly kontoBrukAvFond: string;
  readonly kontoDekning: string;
  readonly ansvarDisponering: string;
  readonly funksjonDisponering: string;
  readonly vesentligKr: Ore;
  /** The percent threshold in hundredths of a percent (10 % → 1000). */
  readonly vesentligProsentHundredths: bigint;
  readonly artFraKonto: ArtPosition | undefined;
}

/** A setting whose value could not be used: where, and why. */
export interface SettingProblem {
  readonly key: SettingKey;
  readonly address: string | undefined;
  readonly missing: boolean;
}

const DEFAULTS = {
  kontoAvsetning: '15400',
  kontoDisponering: '19314',
  kontoBrukAvFond: '19400',
  kontoDekning: '15300',
  ansvarDisponering: '9909',
  funksjonDisponering: '899',
} as const;

const text = z.union([z.string().trim().min(1), z.number().transform(String)]);
const code = z.union([z.number().int().nonnegative().transform(String), z.string().trim().regex(/^\d+$/)]);
const year = z.union([z.number(), z.string().trim().regex(/^\d{4}$/).transform(Number)]).pipe(z.number().int().min(2000).max(2100));
const kroner = z.number().nonnegative().transform((n, ctx) => {
  const r = oreFromNumber(n);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.problem });
  return r.ok ? r.scaled : 0n;
});
const percent = z.number().min(0).max(100).transform((n, ctx) => {
  const r = scaleDecimal(n, 2);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: r.problem });
  return r.ok ? r.scaled : 0n;
});
const artPosition = z
  // "2,3" typed in a Norwegian Excel becomes the number 2.3: read it as the text it was
  .union([z.string(), z.number().transform((n) => String(n).replace('.', ','))])
  .pipe(z.string().trim().regex(/^\d+\s*[,;]\s*\d+$/))
  .transform((s) => {
    const [start, length] = s.split(/\s*[,;]\s*/).map(Number);
    return { start: start ?? 0, length: length ?? 0 };
  })
  .pipe(z.object({ start: z.number().int().min(1).max(6), length: z.literal(3) }));

const SCHEMAS: Readonly<Record<SettingKey, z.ZodType>> = {
  selskap: text,
  aar: year,
  rapporttittel: text,
  standardfond: code,
  kontoAvsetning: code,
  kontoDisponering: code,
  kontoBrukAvFond: code,
  kontoDekning: code,
  ansvarDisponering: code,
  funksjonDisponering: code,
  vesentligKr: kroner,
  vesentligProsent: percent,
  artFraKonto: artPosition,
};

const REQUIRED: readonly SettingKey[] = ['selskap', 'aar'];

function plain(value: CellValue | undefined): unknown {
  if (value === undefined || value.kind === 'merged') return undefined;
  if (value.kind === 'text') {
    const text = removeForbiddenXmlCharacters(value.value);
    return text.trim() === '' ? undefined : text;
  }
  if (value.kind === 'number' || value.kind === 'boolean') return value.value;
  return value; // dates, errors and formulas without a result fail every schema
}

/** Validates each key of Oppsett with its zod schema; problems are returned, never thrown. */
export function parseSettings(sheet: SettingsSheet | undefined): {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
} {
  const values = new Map<SettingKey, unknown>();
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(SCHEMAS) as SettingKey[]) {
    const entry = sheet?.entries.get(key);
    const input = plain(entry?.valueCell?.value);
    if (input === undefined) {
      if (REQUIRED.includes(key)) problems.push({ key, address: entry?.valueAddress, missing: true });
      continue;
    }
    const result = SCHEMAS[key].safeParse(input);
    if (result.success) values.set(key, result.data);
    else problems.push({ key, address: entry?.valueAddress, missing: false });
  }
  const get = <T>(key: SettingKey): T | undefined => values.get(key) as T | undefined;
  const aar = get<number>('aar');
  const settings: Settings = {
    selskap: get<string>('selskap'),
    aar,
    rapporttittel: get<string>('rapporttittel') ?? (aar === undefined ? 'Årsmelding' : `Årsmelding ${aar}`),
    standardfond: get<string>('standardfond'),
    kontoAvsetning: get<string>('kontoAvsetning') ?? DEFAULTS.kontoAvsetning,
    kontoDisponering: get<string>('kontoDisponering') ?? DEFAULTS.kontoDisponering,
    kontoBrukAvFond: get<string>('kontoBrukAvFond') ?? DEFAULTS.kontoBrukAvFond,
    kontoDekning: get<string>('kontoDekning') ?? DEFAULTS.kontoDekning,
    ansvarDisponering: get<string>('ansvarDisponering') ?? DEFAULTS.ansvarDisponering,
    funksjonDisponering: get<string>('funksjonDisponering') ?? DEFAULTS.funksjonDisponering,
    vesentligKr: get<Ore>('vesentligKr') ?? 100_000_00n,
    vesentligProsentHundredths: get<bigint>('vesentligProsent') ?? 10_00n,
    artFraKonto: get<ArtPosition>('artFraKonto'),
  };
  return { settings, problems };
}
