// The committed manifest.xml points every URL at the dev server, https://localhost:3000/.
// The production build (webpack, ADDIN_URL environment variable, as the yo-office template does
// with its urlProd) writes a copy with the production base URL instead:
//
//   import { manifestForUrl } from './scripts/manifest-url';
//   new CopyWebpackPlugin({ patterns: [{ from: 'manifest.xml', to: 'manifest.xml',
//     transform: (content) => process.env.ADDIN_URL ? manifestForUrl(content.toString(), process.env.ADDIN_URL) : content }] })

/** The base URL every resource URL of the committed manifest starts with. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Characters that have no place in a base URL and would break the manifest's XML attributes
 * (quotes, <, &) or its URLs (white space, backslash, and the characters RFC 3986 excludes).
 */
const UNSAFE = /[\s"'<>&\\`{}|^]/;

/** Throws unless `baseUrl` is an absolute https URL ending with "/", with no query or fragment. */
export function checkBaseUrl(baseUrl: string): void {
  const expected = 'ADDIN_URL must be an absolute https:// URL ending with "/" (e.g. https://example.org/arsmelding/)';
  if (typeof baseUrl !== 'string' || baseUrl.length === 0) throw new Error(`${expected}; it is empty`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`${expected}; "${baseUrl}" is not a URL`);
  }
  if (url.protocol !== 'https:' || !baseUrl.toLowerCase().startsWith('https://')) {
    throw new Error(`${expected}; "${baseUrl}" does not use https (Office loads add-ins only over https)`);
  }
  if (!baseUrl.endsWith('/')) throw new Error(`${expected}; "${baseUrl}" does not end with "/"`);
  if (UNSAFE.test(baseUrl)) throw new Error(`${expected}; "${baseUrl}" contains a character not allowed there`);
  if (url.search !== '' || url.hash !== '' || baseUrl.includes('?') || baseUrl.includes('#')) {
    throw new Error(`${expected}; "${baseUrl}" has a query or fragment`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(`${expected}; "${baseUrl}" contains a user name or password`);
  }
}

/**
 * The manifest with every `https://localhost:3000/` replaced by `baseUrl`.
 * Throws when `baseUrl` is not an absolute https URL ending with "/", when the manifest has no
 * `https://localhost:3000/` at all (not the dev manifest), and when it names localhost:3000 in
 * another form (http://, no trailing slash …) that the replacement would leave behind.
 */
export function manifestForUrl(xml: string, baseUrl: string): string {
  checkBaseUrl(baseUrl);
  const parts = xml.split(DEV_BASE_URL);
  if (parts.length === 1) {
    throw new Error(`the manifest has no ${DEV_BASE_URL} to replace: is it the dev manifest.xml?`);
  }
  if (parts.some((p) => /localhost:3000/i.test(p))) {
    throw new Error(
      `the manifest names localhost:3000 in a form other than ${DEV_BASE_URL}; ` +
        'write every resource URL as https://localhost:3000/… so that the production URL replaces it',
    );
  }
  return parts.join(baseUrl);
}
