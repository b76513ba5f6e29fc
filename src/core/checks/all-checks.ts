import type { Check } from './check';
import { ansvarWithoutLedger } from './ansvar-without-ledger';
import { duplicateAnsvar } from './duplicate-ansvar';
import { duplicateColumn } from './duplicate-column';
import { duplicateFond } from './duplicate-fond';
import { duplicateSheet } from './duplicate-sheet';
import { emptyTable } from './empty-table';
import { forbiddenCharacters } from './forbidden-characters';
import { fundBalance } from './fund-balance';
import { hiddenContent } from './hidden-content';
import { invalidAmount } from './invalid-amount';
import { kostra065 } from './kostra-065';
import { kostra070 } from './kostra-070';
import { invalidCode } from './invalid-code';
import { invalidSetting } from './invalid-setting';
import { materialDeviation } from './material-deviation';
import { merforbrukExceedsFund } from './merforbruk-exceeds-fund';
import { mergedCells } from './merged-cells';
import { missingColumn } from './missing-column';
import { missingSheet } from './missing-sheet';
import { missingStandardfond } from './missing-standardfond';
import { missingText } from './missing-text';
import { spendingWithoutBudget } from './spending-without-budget';
import { subtotalMismatch } from './subtotal-mismatch';
import { unbalancedBudget } from './unbalanced-budget';
import { unknownAnsvar } from './unknown-ansvar';
import { unknownFond } from './unknown-fond';
import { unknownSetting } from './unknown-setting';

/** Every check, in one list; all of them run on every workbook. */
export const ALL_CHECKS: readonly Check[] = [
  // the shape of the workbook
  missingSheet, duplicateSheet, missingColumn, duplicateColumn, emptyTable, hiddenContent, mergedCells,
  // Oppsett
  invalidSetting, unknownSetting,
  // cells
  invalidAmount, invalidCode, missingText, forbiddenCharacters,
  // references and uniqueness
  unknownAnsvar, duplicateAnsvar, duplicateFond, unknownFond,
  // sums
  unbalancedBudget, fundBalance, subtotalMismatch,
  // the result
  missingStandardfond, ansvarWithoutLedger, spendingWithoutBudget, materialDeviation, merforbrukExceedsFund,
  // KOSTRA legality of the proposed budget regulation (SSB's controls)
  kostra065, kostra070,
];
