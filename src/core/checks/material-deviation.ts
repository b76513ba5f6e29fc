import { formatKroner, formatPercent } from '../money/format-money';
import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const materialDeviation: Check = {
  code: 'material-deviation-unexplained',
  severity: 'warning',
  run({ book, figures, model }) {
    const table = book.tables.ansvar;
    if (table === undefined) return [];
    const report = reporter(this);
    const key = table.columns.has('forklaring') ? 'forklaring' : 'ansvar';
    const threshold = `${formatKroner(model.settings.vesentligKr)} kr og ${formatPercent(model.settings.vesentligProsentHundredths, 100_00n)}`;
    return figures.ansvar
      .filter((a) => a.material && a.forklaring === undefined)
      .map((a) => report(table.sheet.name, addressIn(table, key, a.row),
        `Ansvar ${a.code} ${a.navn} har et vesentlig ${a.avvik > 0n ? 'mindreforbruk' : 'merforbruk'} på ${formatKroner(a.avvik < 0n ? -a.avvik : a.avvik)} kr uten forklaring.`,
        `${key === 'forklaring' ? 'Skriv en kort forklaring i kolonnen Forklaring' : 'Legg til kolonnen Forklaring og skriv en kort forklaring'} på arket ${table.sheet.name}. Vesentlig betyr minst ${threshold} av ansvarets utgiftsbudsjett (Oppsett: Vesentlig avvik kr / prosent).`));
  },
};
