#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is compiled from src/cli to lib/cli by `npm ci` (the prepare script).
let main;
try {
  ({ main } = require('../lib/cli/main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('arsmelding er ikke bygget. Kjør «npm ci» (eller «npm run build:cli») i prosjektmappen først.\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
