import { reporter, type Check } from './check';
import { duplicates } from './duplicate-code';

export const duplicateFond: Check = {
  code: 'duplicate-fond',
  severity: 'error',
  run({ book, model }) {
    const rows = model.fond.map((f) => ({ code: f.konto, row: f.row }));
    return duplicates(book.tables.fond, 'fond', rows, reporter(this), 'Fond');
  },
};
