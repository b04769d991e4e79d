import type { Command } from 'commander';
import { DB_OPTION_HELP, storeLocation, type StoreOpener } from '../store-location.js';

interface FailuresOptions {
  db?: string;
  json?: boolean;
}

/** `dossier failures`: what ingest could not read, and why, oldest first. */
export function registerFailures(program: Command, openStore: StoreOpener, stdout: NodeJS.WritableStream = process.stdout): void {
  program
    .command('failures')
    .description('List the inputs ingest could not read, with the reason and the time, oldest first.')
    .option('--db <location>', DB_OPTION_HELP)
    .option('--json', 'one JSON object per line: {"input","reason","at"}')
    .action(async (options: FailuresOptions) => {
      const store = await openStore(storeLocation(options.db));
      try {
        for (const failure of await store.listFailures()) {
          stdout.write(options.json ? JSON.stringify(failure) + '\n' : `${failure.at}  ${failure.input}: ${failure.reason}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
