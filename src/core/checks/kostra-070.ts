import { reporter, type Check } from './check';
import { kostraFindings } from './kostra-rule';

/** SSB's KOSTRA control 070: art 530 (dekning av tidligere års merforbruk) only with funksjon 880. */
export const kostra070: Check = {
  code: 'kostra-070',
  severity: 'warning',
  run(context) {
    return kostraFindings(context, reporter(this), (line, art) => (art === '530' && line.funksjon !== '880'
      ? {
        message: `Budsjettreguleringen fører konto ${line.konto} (art 530) på funksjon ${line.funksjon}; KOSTRA-kontroll 070 tillater art 530 bare med funksjon 880`,
        hint: 'Sett «Funksjon disponering» på arket Oppsett til 880.',
      }
      : undefined));
  },
};
