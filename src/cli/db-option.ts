import type { Command } from 'commander';

export const DEFAULT_DB = './dossier.db';

/** `--db FILE|postgres://…`, else $DOSSIER_DATABASE_URL, else ./dossier.db. */
export function addDbOption(command: Command): Command {
  return command.option('--db <location>', 'SQLite file or postgres:// URL (default: $DOSSIER_DATABASE_URL, else ./dossier.db)');
}

export function dbLocation(option: string | undefined): string {
  return option ?? process.env.DOSSIER_DATABASE_URL ?? DEFAULT_DB;
}
