import { el } from './dom';

/**
 * Starts a download of the bytes (of MIME type `type`) and returns a link to the same file.
 * Some Office web views (Excel on Mac, some WebView2 setups) block downloads from a task pane;
 * the link and the text beside it tell the user what to do then.
 */
export function offerDownload(bytes: Uint8Array, fileName: string, type: string): HTMLAnchorElement {
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const link = el('a', { className: 'download', text: fileName, attrs: { href: url, download: fileName } });
  try {
    link.click();
  } catch {
    // the link stays on the page for the user to use
  }
  return link;
}
