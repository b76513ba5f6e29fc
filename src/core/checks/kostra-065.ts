import { reporter, type Check } from './check';
import { kostraFindings } from './kostra-rule';

const ARTS_899 = new Set(['589', '980', '989']);

/**
 * SSB's KOSTRA control 065: funksjon 899 may only be used with art 589, 980 or 989, and those
 * arts only with funksjon 899.
 */
export const kostra065: Check = {
  code: 'kostra-065',
  severity: 'warning',
  run(context) {
    return kostraFindings(context, reporter(this), (line, art) => {
      if (line.funksjon === '899' && !ARTS_899.has(art)) {
        return {
          message: `Budsjettreguleringen fører konto ${line.konto} (art ${art}) på funksjon 899; KOSTRA-kontroll 065 tillater funksjon 899 bare med art 589, 980 eller 989`,
          hint: 'Sett «Funksjon disponering» på arket Oppsett til funksjonen kommunen bruker for avsetninger og bruk av fond (vanligvis 880).',
        };
      }
      if (line.funksjon !== '899' && ARTS_899.has(art)) {
        return {
          message: `Budsjettreguleringen fører konto ${line.konto} (art ${art}) på funksjon ${line.funksjon}; KOSTRA-kontroll 065 krever funksjon 899 for art ${art}`,
          hint: `Bruk funksjon 899 for art ${art}, eller en annen konto for linjen (arket Oppsett).`,
        };
      }
      return undefined;
    });
  },
};
