/// <reference types="office-js" />
import type { ExcelApi } from '../adapters/office/excel-api';
import { stringsFor } from './i18n';
import { offerDownload } from './offer-download';
import { createTaskpane } from './taskpane-app';

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`the task pane page has no #${id}`);
  return node;
};

async function readFile(input: HTMLInputElement): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const file = input.files?.[0];
  return file === undefined ? undefined : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

Office.onReady(() => {
  const strings = stringsFor(Office.context.displayLanguage);
  document.documentElement.lang = strings === stringsFor('nb-NO') ? 'nb' : 'en';
  const labels: Record<string, string> = {
    title: strings.title, kontroller: strings.check, lag: strings.generate, epost: strings.email, skriv: strings.writeSheet,
    'mal-standard-tekst': strings.templateDefault, 'mal-egen-tekst': strings.templatePick,
  };
  for (const [id, text] of Object.entries(labels)) byId(id).textContent = text;

  const pane = createTaskpane({
    excel: Excel as unknown as ExcelApi,
    strings,
    view: { status: byId('status'), findings: byId('findings'), summary: byId('summary'), download: byId('download') },
    loadDefaultTemplate: async () => new Uint8Array(await (await fetch('assets/arsmelding.docx')).arrayBuffer()),
    offerDownload,
  });
  const templateInput = byId('mal-fil') as HTMLInputElement;
  byId('kontroller').addEventListener('click', () => void pane.check());
  byId('lag').addEventListener('click', () => void readFile(templateInput).then((own) => pane.generate(own)));
  byId('epost').addEventListener('click', () => void readFile(templateInput).then((own) => pane.email(own)));
  byId('skriv').addEventListener('click', () => void pane.writeSheet());

  const action = new URLSearchParams(window.location.search).get('action');
  if (action === 'lag') void pane.generate();
  else void pane.check();
});
