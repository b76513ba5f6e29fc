import { reporter, type Check } from './check';
import { duplicates } from './duplicate-code';

export const duplicateAnsvar: Check = {
  code: 'duplicate-ansvar',
  severity: 'error',
  run({ book, model }) {
    return duplicates(book.tables.ansvar, 'ansvar', model.ansvar, reporter(this), 'Ansvar');
  },
};
