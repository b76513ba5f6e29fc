/**
 * Data for the example workbook examples/ikt-indre-namdal-2017.xlsx (written by
 * scripts/build-example.ts, checked by scripts/check-example-figures.ts).
 *
 * Based on the published annual report 2017 of IKT Indre Namdal IKS: the names of the ansvar,
 * the result per ansvar (mer-/mindreforbruk), the allocation decided by budget regulation, the
 * fund balances and the board are taken from it, and so are the key figures of sheets Feide,
 * Brev and Helpdesk. The individual ledger lines, the per-municipality refunds, the øre parts,
 * the per-municipality and per-year users of sheet Brukere and all texts are invented for the
 * example; they are built so that they add up to the published figures.
 *
 * Amounts are in kroner with øre as decimals. Sign convention of municipal accounts: expenses
 * positive, revenues negative. Codes (ansvar, art/konto, funksjon, fond) are numbers.
 */

export interface SettingRow {
  readonly key: string;
  readonly value: string | number;
}

/** Sheet Oppsett (Nøkkel | Verdi). Keys not given keep their defaults. */
export const oppsett: readonly SettingRow[] = [
  { key: 'Selskap', value: 'IKT Indre Namdal IKS' },
  { key: 'År', value: 2017 },
  { key: 'Rapporttittel', value: 'Årsmelding 2017' },
  { key: 'Standardfond', value: 25699101 },
];

export interface AnsvarRow {
  readonly ansvar: number;
  readonly navn: string;
  /** Dedicated fund that takes this ansvar's result, or null for the Standardfond. */
  readonly fond: number | null;
  /** Explanation of the deviation; given for every |avvik| >= 100 000 kr, else empty. */
  readonly forklaring: string;
}

/** Sheet Ansvar. */
export const ansvar: readonly AnsvarRow[] = [
  { ansvar: 1000, navn: 'Styre/representantskap', fond: null, forklaring: '' },
  {
    ansvar: 1001,
    navn: 'Administrasjon',
    fond: null,
    forklaring:
      'Lønnsutgiftene ble lavere fordi selskapet hadde færre ansatte enn budsjettert store deler av året, og refunderte syke- og fødselspenger kom i tillegg.',
  },
  {
    ansvar: 1002,
    navn: 'Felleskostnader IKT',
    fond: null,
    forklaring:
      'Mindreforbruket omfatter avsetningen på 609 500 kr til disposisjonsfond som styret vedtok i budsjettreguleringen; dessuten ble lisens- og driftsavtaler rimeligere fordi prosjekter ikke ble avsluttet, fornyelse av infrastruktur venter på strategiarbeidet, og driftsleverandører har betalt erstatning.',
  },
  {
    ansvar: 1003,
    navn: 'Felles IKT-system for omsorg, sosial og barnevern',
    fond: null,
    forklaring: 'Lisens- og supportavtalene for fagsystemene kostet mindre enn budsjettert, og færre tilpasninger ble bestilt.',
  },
  { ansvar: 1005, navn: 'Felles telefoniløsning', fond: null, forklaring: '' },
  { ansvar: 1006, navn: 'PPS for 4 kommuner', fond: null, forklaring: '' },
  { ansvar: 1007, navn: 'Skoleadministrative systemer', fond: null, forklaring: '' },
  {
    ansvar: 1008,
    navn: 'Felles skole IKT',
    fond: null,
    forklaring:
      'Utviklingsarbeid ble skjøvet ut fordi store prosjekter og driftsproblemer tok kapasiteten, og planlagt utskifting av utstyr i skolene avventer strategiarbeidet.',
  },
  { ansvar: 1009, navn: 'GIS', fond: null, forklaring: '' },
  { ansvar: 1010, navn: 'A-ordning 4 kommuner', fond: null, forklaring: '' },
  {
    ansvar: 1011,
    navn: 'Økonomi- og lønnssystem 4 kommuner',
    fond: 25699102,
    forklaring:
      'Lisensutgiftene ble lavere enn budsjettert fordi prosjekter ikke ble ferdige og tidligere kjøpte lisenser kostnadsføres over flere år.',
  },
  { ansvar: 1012, navn: 'KLP Pensjonsoppgjør', fond: null, forklaring: '' },
  { ansvar: 9000, navn: 'Renter og renteinntekter', fond: null, forklaring: '' },
];

/**
 * One row of sheet Regnskap. Art is the konto as the ERP writes it: class digit 1 (drift),
 * three-digit KOSTRA art and one sub-digit (10100 = art 010 fastlønn, 17500 = art 750 refusjon
 * fra kommuner, 19400 = art 940 bruk av disposisjonsfond).
 */
export type LedgerLine = readonly [
  ansvar: number,
  art: number,
  funksjon: number,
  tekst: string,
  regnskap: number,
  regulertBudsjett: number,
  opprinneligBudsjett: number,
  regnskapIFjor: number,
];

/**
 * Sheet Regnskap, grouped by ansvar; the build script writes a row "Sum ansvar NNNN" after each
 * group. The comment before each group gives its avvik (regulert budsjett − regnskap).
 * Columns: ansvar, art, funksjon, tekst, regnskap, regulert budsjett, opprinnelig budsjett,
 * regnskap i fjor.
 */
export const regnskap: readonly LedgerLine[] = [
  // 1000 Styre/representantskap — avvik 8 583,37 kr
  [1000, 10800, 100, 'Godtgjørelse styre og representantskap', 54300.00, 60000.00, 60000.00, 52800.00],
  [1000, 10990, 100, 'Arbeidsgiveravgift', 7656.30, 8500.00, 8500.00, 7444.80],
  [1000, 11150, 100, 'Bevertning møter', 3412.50, 5000.00, 5000.00, 4127.00],
  [1000, 11600, 100, 'Reiseutgifter og kjøregodtgjørelse', 11547.83, 12000.00, 12000.00, 10982.40],
  [1000, 17500, 100, 'Refusjon fra eierkommunene', -85500.00, -85500.00, -85500.00, -73512.00],
  // 1001 Administrasjon — avvik 379 973,88 kr
  [1001, 10100, 120, 'Fastlønn', 1841609.31, 2010000.00, 2010000.00, 1698402.15],
  [1001, 10900, 120, 'Pensjon KLP', 258331.42, 300000.00, 300000.00, 251907.06],
  [1001, 10990, 120, 'Arbeidsgiveravgift', 103012.56, 120000.00, 120000.00, 98214.77],
  [1001, 11000, 120, 'Kontormateriell', 18904.37, 25000.00, 25000.00, 21330.18],
  [1001, 11300, 120, 'Telefon, porto og bredbånd', 41227.90, 45000.00, 45000.00, 43815.02],
  [1001, 11500, 120, 'Kurs og opplæring', 52380.00, 80000.00, 100000.00, 61240.00],
  [1001, 11600, 120, 'Reiseutgifter og kjøregodtgjørelse', 109764.12, 120000.00, 100000.00, 97318.45],
  [1001, 11900, 120, 'Husleie kontorer', 96000.00, 96000.00, 96000.00, 94800.00],
  [1001, 11950, 120, 'Kontingenter og gebyrer', 27615.00, 30000.00, 30000.00, 26950.00],
  [1001, 12000, 120, 'Inventar og kontorutstyr', 33598.44, 50000.00, 50000.00, 18470.62],
  [1001, 17100, 120, 'Refusjon syke- og fødselspenger', -86417.00, 0.00, 0.00, -12300.00],
  [1001, 17500, 120, 'Refusjon fra eierkommunene', -2876000.00, -2876000.00, -2876000.00, -2455000.00],
  // 1002 Felleskostnader IKT — avvik 1 314 359,45 kr
  [1002, 11200, 120, 'Forbruksmateriell IKT', 97415.30, 150000.00, 150000.00, 121904.66],
  [1002, 11300, 120, 'Datakommunikasjon og linjeleie', 1388602.17, 1450000.00, 1450000.00, 1362118.40],
  [1002, 11950, 120, 'Lisenser fellesprogramvare', 3702227.85, 3900000.00, 4300000.00, 3512880.25],
  [1002, 12000, 120, 'Kjøp av IKT-utstyr og infrastruktur', 712344.08, 900000.00, 1109500.00, 843215.90],
  [1002, 12400, 120, 'Serviceavtaler og driftsavtaler', 4092621.15, 4200000.00, 4200000.00, 3887410.33],
  [1002, 12700, 120, 'Konsulenttjenester', 552980.00, 650000.00, 470000.00, 588125.00],
  [1002, 13500, 120, 'Kjøp av tjenester fra vertskommunen', 250000.00, 250000.00, 250000.00, 250000.00],
  [1002, 15400, 880, 'Avsetning til disposisjonsfond', 0.00, 609500.00, 0.00, 0.00],
  [1002, 17700, 120, 'Erstatninger fra driftsleverandører', -118650.00, 0.00, 0.00, 0.00],
  [1002, 19400, 880, 'Bruk av disposisjonsfond', -62400.00, -180000.00, 0.00, -95000.00],
  [1002, 17500, 120, 'Refusjon fra eierkommunene', -11929500.00, -11929500.00, -11929500.00, -10800000.00],
  // 1003 Felles IKT-system for omsorg, sosial og barnevern — avvik 123 775,72 kr
  [1003, 11500, 120, 'Opplæring av brukere', 22850.00, 40000.00, 40000.00, 31420.00],
  [1003, 11950, 120, 'Lisenser fagsystem pleie og omsorg', 731412.50, 780000.00, 780000.00, 702314.80],
  [1003, 11951, 120, 'Lisenser fagsystem barnevern', 198870.00, 210000.00, 210000.00, 189660.00],
  [1003, 11952, 120, 'Lisenser fagsystem sosialtjeneste', 151260.75, 160000.00, 160000.00, 148117.35],
  [1003, 12400, 120, 'Drifts- og supportavtaler', 391905.26, 420000.00, 420000.00, 398702.14],
  [1003, 12700, 120, 'Konsulenttjenester og tilpasninger', 109925.77, 120000.00, 120000.00, 84210.00],
  [1003, 17500, 120, 'Refusjon fra eierkommunene', -1730000.00, -1730000.00, -1730000.00, -1640000.00],
  // 1005 Felles telefoniløsning — avvik 23 996,06 kr
  [1005, 11300, 180, 'Telefoni og sentralbordtjeneste', 598114.37, 610000.00, 610000.00, 587340.91],
  [1005, 11950, 180, 'Lisenser telefonisystem', 182440.00, 185000.00, 185000.00, 179860.00],
  [1005, 12000, 180, 'Telefonapparater og utstyr', 38620.50, 45000.00, 45000.00, 52418.75],
  [1005, 12400, 180, 'Serviceavtale telefoniløsning', 226829.07, 230000.00, 230000.00, 221507.38],
  [1005, 17500, 180, 'Refusjon fra eierkommunene', -1070000.00, -1070000.00, -1070000.00, -1060000.00],
  // 1006 PPS for 4 kommuner — avvik 6 626,59 kr
  [1006, 11500, 120, 'Kurs og opplæring', 3200.00, 6000.00, 6000.00, 4500.00],
  [1006, 11950, 120, 'Lisenser fagsystem PP-tjenesten', 66912.40, 68000.00, 68000.00, 64870.20],
  [1006, 12400, 120, 'Driftsavtale fagsystem PP-tjenesten', 22761.01, 24000.00, 24000.00, 23112.00],
  [1006, 12700, 120, 'Konsulenttjenester', 6500.00, 8000.00, 8000.00, 0.00],
  [1006, 17500, 120, 'Refusjon fra eierkommunene', -106000.00, -106000.00, -106000.00, -95000.00],
  // 1007 Skoleadministrative systemer — avvik 55 669,19 kr
  [1007, 11500, 120, 'Kurs og opplæring', 9800.00, 15000.00, 15000.00, 12600.00],
  [1007, 11950, 120, 'Lisenser skoleadministrativt system', 312504.00, 340000.00, 340000.00, 298450.00],
  [1007, 11951, 120, 'Lisenser læringsplattform', 186420.00, 190000.00, 190000.00, 181230.00],
  [1007, 12400, 120, 'Drifts- og supportavtale', 101856.81, 110000.00, 110000.00, 104388.62],
  [1007, 12700, 120, 'Konsulenttjenester', 18750.00, 30000.00, 30000.00, 26875.00],
  [1007, 17500, 120, 'Refusjon fra eierkommunene', -685000.00, -685000.00, -685000.00, -660000.00],
  // 1008 Felles skole IKT — avvik 454 412,67 kr
  [1008, 11200, 202, 'Forbruksmateriell', 41308.12, 60000.00, 60000.00, 48733.90],
  [1008, 11300, 202, 'Linjeleie skolenettet', 507211.84, 520000.00, 520000.00, 498306.12],
  [1008, 11950, 202, 'Lisenser skoleprogramvare', 842417.50, 980000.00, 980000.00, 934118.75],
  [1008, 12000, 202, 'Kjøp av PC-er, nettbrett og nettverksutstyr', 405190.36, 750000.00, 500000.00, 611472.08],
  [1008, 12400, 202, 'Serviceavtaler', 230040.51, 310000.00, 310000.00, 287944.61],
  [1008, 12700, 202, 'Konsulenttjenester', 64375.00, 120000.00, 120000.00, 92500.00],
  [1008, 19400, 880, 'Bruk av disposisjonsfond', -54956.00, -250000.00, 0.00, -120000.00],
  [1008, 17500, 202, 'Refusjon fra eierkommunene', -2490000.00, -2490000.00, -2490000.00, -2400000.00],
  // 1009 GIS — avvik 75 908,00 kr
  [1009, 11500, 303, 'Kurs og opplæring', 12480.00, 20000.00, 20000.00, 15960.00],
  [1009, 11950, 303, 'Lisenser kartløsning', 396210.00, 410000.00, 410000.00, 388125.00],
  [1009, 12400, 303, 'Driftsavtale kartdatabase', 169840.00, 175000.00, 175000.00, 166250.00],
  [1009, 12700, 303, 'Konsulenttjenester overgang til SFKB', 83062.00, 220000.00, 100000.00, 74890.00],
  [1009, 19400, 880, 'Bruk av disposisjonsfond', -32500.00, -120000.00, 0.00, 0.00],
  [1009, 17500, 303, 'Refusjon fra eierkommunene', -705000.00, -705000.00, -705000.00, -640000.00],
  // 1010 A-ordning 4 kommuner — avvik 14 665,24 kr
  [1010, 11500, 120, 'Kurs og opplæring', 2900.00, 5000.00, 5000.00, 3450.00],
  [1010, 11950, 120, 'Lisenser modul for a-ordningen', 84310.00, 86000.00, 86000.00, 82640.00],
  [1010, 12400, 120, 'Supportavtale', 29874.76, 32000.00, 32000.00, 31004.50],
  [1010, 12700, 120, 'Konsulenttjenester', 6250.00, 15000.00, 15000.00, 11250.00],
  [1010, 17500, 120, 'Refusjon fra eierkommunene', -138000.00, -138000.00, -138000.00, -135000.00],
  // 1011 Økonomi- og lønnssystem 4 kommuner — avvik 325 084,20 kr
  [1011, 11500, 120, 'Kurs og opplæring', 21600.00, 40000.00, 40000.00, 28800.00],
  [1011, 11950, 120, 'Lisenser økonomisystem', 598440.00, 720000.00, 760000.00, 612300.00],
  [1011, 11951, 120, 'Lisenser lønns- og personalsystem', 402115.00, 460000.00, 460000.00, 418560.00],
  [1011, 12400, 120, 'Drifts- og supportavtaler', 351927.40, 380000.00, 380000.00, 344716.85],
  [1011, 12700, 120, 'Konsulenttjenester', 150833.40, 250000.00, 210000.00, 187430.00],
  [1011, 17500, 120, 'Refusjon fra eierkommunene', -1850000.00, -1850000.00, -1850000.00, -1700000.00],
  // 1012 KLP Pensjonsoppgjør — avvik −25 315,15 kr
  [1012, 10900, 120, 'Reguleringspremie KLP', 203285.04, 150000.00, 150000.00, 118402.00],
  [1012, 10901, 120, 'Premieavvik', -38210.44, 0.00, 0.00, -21780.16],
  [1012, 10902, 120, 'Amortisering av tidligere års premieavvik', 29118.70, 20000.00, 20000.00, 17906.34],
  [1012, 10990, 120, 'Arbeidsgiveravgift av pensjon', 10321.85, 9200.00, 9200.00, 5910.48],
  [1012, 17500, 120, 'Refusjon fra eierkommunene', -179200.00, -179200.00, -179200.00, -120000.00],
  // 9000 Renter og renteinntekter — avvik 93 453,78 kr
  [9000, 11300, 870, 'Bankgebyrer', 2592.00, 3000.00, 3000.00, 2748.00],
  [9000, 15000, 870, 'Renteutgifter', 187.40, 2000.00, 2000.00, 0.00],
  [9000, 19000, 870, 'Renteinntekter bankinnskudd', -94716.13, -5000.00, -5000.00, -61233.47],
  [9000, 19001, 870, 'Renteinntekter skattetrekkskonto', -312.45, 0.00, 0.00, -418.20],
  [9000, 19050, 870, 'Forsinkelsesrenter', -1204.60, 0.00, 0.00, 0.00],
];

export interface FondRow {
  readonly fond: number;
  readonly navn: string;
  readonly inngaendeBalanse: number;
  readonly avsetning: number;
  readonly bruk: number;
  readonly utgaendeBalanse: number;
}

/** Sheet Fond: IB 1 January and UB 31 December 2017, before the disposition of the result. */
export const fond: readonly FondRow[] = [
  { fond: 25699101, navn: 'Disposisjonsfond alle', inngaendeBalanse: 3557174.00, avsetning: 0.00, bruk: 149856.00, utgaendeBalanse: 3407318.00 },
  { fond: 25699102, navn: 'Disposisjonsfond RK/NK/GK/LK', inngaendeBalanse: 412380.00, avsetning: 0.00, bruk: 0.00, utgaendeBalanse: 412380.00 },
];

export interface VedtattAvsetningRow {
  readonly fond: number;
  readonly belop: number;
  readonly vedtak: string;
}

/** Sheet Vedtatte avsetninger: decided during the year, included in the year's result. */
export const vedtatteAvsetninger: readonly VedtattAvsetningRow[] = [
  { fond: 25699101, belop: 609500.00, vedtak: 'Budsjettregulering 2017 (styresak 34/2017)' },
];

export interface RefusjonRow {
  readonly kommune: string;
  readonly belop: number;
}

/** Sheet Refusjon: what each owner municipality refunded (sums to the 17500 lines, sign turned). */
export const refusjon: readonly RefusjonRow[] = [
  { kommune: 'Grong', belop: 7141683.61 },
  { kommune: 'Høylandet', belop: 3183577.28 },
  { kommune: 'Lierne', belop: 4102041.41 },
  { kommune: 'Namsskogan', belop: 2596975.86 },
  { kommune: 'Røyrvik', belop: 1446043.38 },
  { kommune: 'Snåsa', belop: 5373878.46 },
];

export interface StyreRow {
  readonly navn: string;
  readonly rolle: string;
  readonly epost: string;
}

/** Sheet Styre. The addresses are invented. */
export const styre: readonly StyreRow[] = [
  { navn: 'Karl Audun Fagerli', rolle: 'Styreleder', epost: 'karl.audun.fagerli@example.no' },
  { navn: 'Svein Helland', rolle: 'Nestleder', epost: 'svein.helland@example.no' },
  { navn: 'Liv Elden Djokoto', rolle: 'Styremedlem', epost: 'liv.elden.djokoto@example.no' },
];

// ---------------------------------------------------------------------------------------------
// Key figures of the year (chapters 2 and 3 of the report), shown with {{tabell:NAME}} and
// {{diagram_brukere}}. Feide, Brev and Helpdesk are the published 2017 figures.

export interface FeideRow {
  readonly kommune: string;
  readonly innlogginger: number;
}

/** Sheet Feide: log-ins to services through Feide in 2017, per municipality (57 598 in all). */
export const feide: readonly FeideRow[] = [
  { kommune: 'Namsskogan', innlogginger: 5425 },
  { kommune: 'Røyrvik', innlogginger: 2731 },
  { kommune: 'Lierne', innlogginger: 11370 },
  { kommune: 'Snåsa', innlogginger: 4340 },
  { kommune: 'Høylandet', innlogginger: 13368 },
  { kommune: 'Grong', innlogginger: 20364 },
];

export interface BrevRow {
  readonly kommune: string;
  readonly inngaende: number;
  readonly utgaende: number;
}

/** Sheet Brev: letters registered in the archive system in 2017 (12 659 in, 7 155 out). */
export const brev: readonly BrevRow[] = [
  { kommune: 'Grong', inngaende: 2876, utgaende: 1583 },
  { kommune: 'Høylandet', inngaende: 1816, utgaende: 945 },
  { kommune: 'Lierne', inngaende: 2421, utgaende: 1683 },
  { kommune: 'Namsskogan', inngaende: 1347, utgaende: 744 },
  { kommune: 'Røyrvik', inngaende: 1938, utgaende: 1028 },
  { kommune: 'Snåsa', inngaende: 2261, utgaende: 1172 },
];

export interface HelpdeskRow {
  readonly enhet: string;
  readonly saker: number;
}

/** Sheet Helpdesk: cases registered in the helpdesk system in 2017, per unit (2 271 in all). */
export const helpdesk: readonly HelpdeskRow[] = [
  { enhet: 'Grong', saker: 731 },
  { enhet: 'Høylandet', saker: 126 },
  { enhet: 'Lierne', saker: 441 },
  { enhet: 'Namsskogan', saker: 65 },
  { enhet: 'Røyrvik', saker: 43 },
  { enhet: 'Snåsa', saker: 3 },
  { enhet: 'IKTIN', saker: 862 },
];

/** The owner municipalities, in the order of the columns of sheet Brukere. */
export const BRUKERE_KOMMUNER = ['Grong', 'Høylandet', 'Lierne', 'Namsskogan', 'Røyrvik', 'Snåsa'] as const;

export interface BrukereRow {
  readonly aar: number;
  /** Users per municipality, in the order of BRUKERE_KOMMUNER. */
  readonly brukere: readonly [number, number, number, number, number, number];
}

/**
 * Sheet Brukere: registered users of the shared ASP solution per municipality per year.
 *
 * ILLUSTRATIVE: the report gives only the totals "about 900" (2016) and "about 950" (2017) and
 * says that the number rose sharply from 2012, when the new ASP solution gave every user a user
 * name of their own. The per-municipality and per-year split below is invented: the totals
 * (240 in 2004 rising to 425 in 2011, 760 in 2012, 902 in 2016, 951 in 2017) are divided
 * roughly in proportion to the municipalities' refunds, with small variations.
 */
export const brukere: readonly BrukereRow[] = [
  { aar: 2004, brukere: [72, 32, 40, 26, 17, 53] },
  { aar: 2005, brukere: [87, 37, 48, 30, 19, 64] },
  { aar: 2006, brukere: [95, 43, 54, 36, 20, 72] },
  { aar: 2007, brukere: [107, 45, 61, 38, 23, 76] },
  { aar: 2008, brukere: [112, 49, 63, 42, 24, 85] },
  { aar: 2009, brukere: [117, 52, 67, 43, 27, 89] },
  { aar: 2010, brukere: [124, 53, 71, 44, 27, 91] },
  { aar: 2011, brukere: [128, 54, 73, 47, 27, 96] },
  { aar: 2012, brukere: [231, 97, 131, 83, 50, 168] },
  { aar: 2013, brukere: [242, 107, 139, 91, 53, 183] },
  { aar: 2014, brukere: [253, 109, 142, 93, 54, 189] },
  { aar: 2015, brukere: [260, 114, 149, 94, 56, 195] },
  { aar: 2016, brukere: [270, 119, 153, 99, 60, 201] },
  { aar: 2017, brukere: [287, 123, 163, 104, 62, 212] },
];
