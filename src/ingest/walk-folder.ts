import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under `folder`, depth first in name order so runs are repeatable. Hidden
 * entries (.git, .DS_Store) are skipped; symbolic links to folders are not followed, so a
 * link loop cannot make the walk endless. A sub-folder that cannot be read is reported to
 * `onError` and the walk goes on.
 */
export async function walkFolder(folder: string, onError: (path: string, error: unknown) => void): Promise<string[]> {
  const files: string[] = [];
  async function visit(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      onError(dir, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
  }
  await visit(folder);
  return files;
}
