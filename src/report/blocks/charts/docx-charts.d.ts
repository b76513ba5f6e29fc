/**
 * The types of docx's chart API, `docx/charts`.
 *
 * docx 9.15 publishes `docx/charts` only through the `exports` map of its package.json. This
 * project compiles with `moduleResolution: "node"` (node10), which ignores `exports`, so
 * TypeScript cannot find the subpath's types by itself; its own paths (`docx/dist/charts.d.ts`)
 * are found, but may not be imported at run time, since `exports` does not list them.
 *
 * So: code imports the public subpath `docx/charts` (Node, jest and webpack resolve it through
 * `exports` to dist/charts.cjs, which requires the same `docx` as the rest of the report), and
 * this declaration gives that subpath the types docx ships for it.
 */
declare module 'docx/charts' {
  export * from 'docx/dist/charts';
}
