// Validates the add-in manifest offline against the Office add-in manifest schemas:
//   npx ts-node --transpile-only scripts/validate-manifest.ts [manifest.xml]
// Prints "manifest.xml er gyldig", or the errors (exit code 1).
//
// `office-addin-manifest validate` posts the manifest to a remote service, which these machines
// cannot reach; this checks it against the 2019 schemas in
// `<repo>/../shared/schemas/office-addin-manifest` (MANIFEST_SCHEMA_DIR overrides the folder):
// OfficeAppManifestV1_1.xsd, with the other .xsd files of the folder preloaded for its imports.
// Validation is done by xmllint-wasm (libxml2 compiled to WebAssembly), as in
// test/helpers/validate-ooxml.ts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** `<repo>/../shared/schemas/office-addin-manifest`; this file is `<repo>/scripts/validate-manifest.ts`. */
export const MANIFEST_SCHEMA_DIR =
  process.env['MANIFEST_SCHEMA_DIR'] ??
  path.resolve(__dirname, '..', '..', 'shared', 'schemas', 'office-addin-manifest');

export const MANIFEST_MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

interface SchemaFile {
  readonly fileName: string;
  readonly contents: string;
}

let schemaFiles: readonly SchemaFile[] | undefined;

/** Every .xsd of MANIFEST_SCHEMA_DIR, read once per process. */
export function loadManifestSchemas(): readonly SchemaFile[] {
  if (!schemaFiles) {
    if (!fs.existsSync(path.join(MANIFEST_SCHEMA_DIR, MANIFEST_MAIN_SCHEMA))) {
      throw new Error(
        `The add-in manifest schemas were not found at ${MANIFEST_SCHEMA_DIR} (expected shared/ ` +
          'beside the repository, or set MANIFEST_SCHEMA_DIR)',
      );
    }
    schemaFiles = fs
      .readdirSync(MANIFEST_SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .sort()
      .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(MANIFEST_SCHEMA_DIR, fileName), 'utf8') }));
  }
  return schemaFiles;
}

export interface ManifestValidation {
  readonly valid: boolean;
  /** xmllint's messages, as "line N: message"; empty when valid. */
  readonly errors: readonly string[];
}

/** The name the manifest has in xmllint's in-memory file system. */
const INPUT_NAME = 'manifest.xml';
const LOCATED = /^(.+?):(\d+): (.*)$/;

function messages(output: string): string[] {
  const out: string[] = [];
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    if (line.trim() === `${INPUT_NAME} validates` || line.trim() === `${INPUT_NAME} fails to validate`) continue;
    const m = LOCATED.exec(line);
    out.push(m && m[1] === INPUT_NAME ? `line ${m[2]}: ${m[3]}` : line);
  }
  return out;
}

/** Validates a manifest's text against OfficeAppManifestV1_1.xsd. Never throws for a bad manifest. */
export async function validateManifestXml(xml: string): Promise<ManifestValidation> {
  const files = loadManifestSchemas();
  const main = files.find((f) => f.fileName === MANIFEST_MAIN_SCHEMA);
  if (!main) throw new Error(`${MANIFEST_MAIN_SCHEMA} not found in ${MANIFEST_SCHEMA_DIR}`);
  try {
    const result = await validateXML({
      xml: [{ fileName: INPUT_NAME, contents: xml }],
      schema: [main],
      preload: files.filter((f) => f !== main),
    });
    // Parse the raw output ourselves: xmllint-wasm's own parsing drops the last lines.
    if (result.valid) return { valid: true, errors: [] };
    const errors = messages(result.rawOutput);
    return { valid: false, errors: errors.length > 0 ? errors : ['fails to validate'] };
  } catch (e) {
    // xmllint exits with another code than "invalid" for a document that is not well-formed
    // (and for a schema that does not compile): xmllint-wasm rejects with its output.
    const errors = messages((e as Error).message);
    if (errors.some((line) => line.includes('Schemas parser error') || line.includes('failed to compile'))) {
      throw new Error(`The manifest schemas in ${MANIFEST_SCHEMA_DIR} do not compile:\n${errors.join('\n')}`, {
        cause: e,
      });
    }
    return { valid: false, errors: errors.length > 0 ? errors : [String(e)] };
  }
}

/** Reads and validates a manifest file. */
export async function validateManifestFile(file: string): Promise<ManifestValidation> {
  return validateManifestXml(fs.readFileSync(file, 'utf8'));
}

async function main(argv: readonly string[]): Promise<number> {
  const given = argv[0];
  const file = given === undefined ? path.join(__dirname, '..', 'manifest.xml') : path.resolve(given);
  const shown = given ?? 'manifest.xml';
  if (!fs.existsSync(file)) {
    console.error(`Fant ikke ${shown}`);
    return 1;
  }
  const result = await validateManifestFile(file);
  if (result.valid) {
    console.log(`${shown} er gyldig`);
    return 0;
  }
  console.error(`${shown} er ikke gyldig (${MANIFEST_MAIN_SCHEMA}):`);
  for (const error of result.errors) console.error(`  ${error}`);
  return 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
