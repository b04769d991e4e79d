import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates the folder a store file goes in, one level at a time from the nearest existing
 * ancestor. (Node's recursive mkdir spins forever under some special file systems, e.g. a
 * path below /proc; level by level, it fails with a clear message instead.)
 */
export function ensureFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = folder; !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new Error(`cannot create the folder ${folder} for the store (${code} at ${dir})`);
    }
  }
}
