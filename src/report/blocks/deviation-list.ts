import { Paragraph, TextRun } from 'docx';
import type { AnsvarFigures } from '../../core/calc/ansvar-figures';
import type { Figures } from '../../core/calc/compute-figures';
import { krAbs } from '../document-number-style';

/** "Ansvar 1002 Felleskostnader IKT — mindreforbruk på kr 1 314 359" */
export function deviationLine(a: AnsvarFigures): string {
  if (a.avvik === 0n) return `Ansvar ${a.code} ${a.navn} — i balanse`;
  return `Ansvar ${a.code} ${a.navn} — ${a.avvik > 0n ? 'mindreforbruk' : 'merforbruk'} på kr ${krAbs(a.avvik)}`;
}

/** {{liste_avvik}}: one line per ansvar. */
export function deviationList(f: Figures): Paragraph[] {
  return f.ansvar.map((a) => new Paragraph({ indent: { left: 360 }, children: [new TextRun(deviationLine(a))] }));
}
