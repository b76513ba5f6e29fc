import type { ZipLimits, ZipProblem } from './inspect-zip';

const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024)).toLocaleString('nb-NO');

/** One Norwegian sentence about a refused zip, beginning with `subject` ("Filen «x.xlsx»"). */
export function zipProblemMessage(problem: ZipProblem, subject: string, limits: ZipLimits): string {
  switch (problem.kind) {
    case 'not-zip':
      return `${subject} er ikke en gyldig Office-fil (ikke en zip-pakke); lagre den på nytt fra Excel eller Word.`;
    case 'too-many-entries':
      return `${subject} har ${problem.entries.toLocaleString('nb-NO')} deler, mer enn grensen på ${limits.maxEntries.toLocaleString('nb-NO')}; den blir ikke lest.`;
    case 'too-large':
      return `${subject} pakkes ut til mer enn ${mb(limits.maxInflatedBytes)} MB, som er grensen; fjern ark, rader eller bilder som ikke trengs, og lagre den på nytt.`;
    case 'ratio':
      return `${subject} har en del (${problem.entry}) som pakkes ut til ${problem.ratio.toLocaleString('nb-NO')} ganger sin egen størrelse; slike filer (zip-bomber) blir ikke lest.`;
    case 'dtd':
      return `${subject} inneholder en DTD eller entitetsdefinisjon i ${problem.entry}; Office skriver aldri det, og filen blir ikke lest. Lagre den på nytt fra Excel eller Word.`;
    case 'encrypted':
      return `${subject} er kryptert eller passordbeskyttet; lagre den uten passord og prøv igjen.`;
    case 'corrupt':
      return `${subject} er skadet${problem.entry === '' ? '' : ` (${problem.entry})`}; åpne den i Excel eller Word, lagre den på nytt og prøv igjen.`;
  }
}
