import { formatKroner } from '../money/format-money';
import { reporter, type Check } from './check';
import { addressIn } from './table-rows';

export const spendingWithoutBudget: Check = {
  code: 'spending-without-budget',
  severity: 'warning',
  run({ book, figures }) {
    const table = book.tables.ansvar;
    if (table === undefined) return [];
    const report = reporter(this);
    return figures.ansvar
      .filter((a) => a.bruttoUtgifter > 0n && a.bruttoUtgiftsbudsjett === 0n)
      .map((a) => report(table.sheet.name, addressIn(table, 'ansvar', a.row),
        `Ansvar ${a.code} ${a.navn} har utgifter på ${formatKroner(a.bruttoUtgifter)} kr, men utgiftsbudsjettet er 0.`,
        'Sjekk at budsjettet for ansvaret er med i kolonnen Regulert budsjett, eller at utgiftene er ført på riktig ansvar.'));
  },
};
