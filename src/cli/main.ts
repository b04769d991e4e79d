#!/usr/bin/env node
import { Command } from 'commander';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerQueries } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';
import { openStoreAnnounced } from './open-services.js';
import { runProgram } from './run-program.js';

const program = new Command()
  .name('dossier')
  .description('Dossier: an intelligence workbench for news. Reads reports, extracts who, what, where, when and who says so.')
  .version('0.1.0')
  .showHelpAfterError();

registerExtract(program);
registerIngest(program, (location) => openStoreAnnounced(location));
registerWorker(program, (location) => openStoreAnnounced(location));
registerQueries(program);
registerServe(program);

const code = await runProgram(program, process.argv, process.stderr);
// A command may have set its own code (ingest with failed inputs); an error overrides it.
if (code !== 0) process.exitCode = code;
