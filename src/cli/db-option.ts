import type { Command } from 'commander';
import { DB_OPTION_HELP, storeLocation } from './store-location.js';

/** `--db FILE|postgres://…`, else $DOSSIER_DATABASE_URL, else ./dossier.db. */
export function addDbOption(command: Command): Command {
  return command.option('--db <location>', DB_OPTION_HELP);
}

export const dbLocation = (option: string | undefined): string => storeLocation(option);
