import type { Command } from 'commander';
import { DB_OPTION_HELP, storeLocation, type StoreOpener } from '../store-location.js';

const PAGE = 200;

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
        // On by the rows read, whatever page size the store allows.
        for (let offset = 0; ; ) {
          const page = await store.listFailures({ limit: PAGE, offset });
          for (const failure of page.items) {
            stdout.write(options.json ? JSON.stringify(failure) + '\n' : `${failure.at}  ${failure.input}: ${failure.reason}\n`);
          }
          offset += page.items.length;
          if (page.items.length === 0 || offset >= page.total) break;
        }
      } finally {
        await store.close();
      }
    });
}
