#!/usr/bin/env node
// Entry point of the `khitab` command. The library is written in TypeScript and run
// through tsx, so a fresh clone needs no build step.
'use strict';
require('tsx/cjs');
// `khitab split data/corpus | head` closes stdout early: stop quietly instead of an EPIPE stack trace.
process.stdout.on('error', (err) => { if (err && err.code === 'EPIPE') process.exit(0); throw err; });
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`khitab: ${err && err.stack ? err.stack : err}`); process.exitCode = 2; },
);
