// Runs `dossier ingest` as a child process and SIGKILLs it part-way: the crash a power cut
// or the OOM killer causes, with no chance to finish a transaction or close the store.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { packageRoot } from '../../models/package-root.js';
import type { IngestCounts } from '../outcome.js';

const CLI = join(packageRoot(), 'dist', 'cli', 'main.js');

export interface IngestRun {
  /** Lines "added …", "unchanged …" etc. the child printed (one per finished input). */
  finished: number;
  /** The closing "ingest: …" line, absent when killed. */
  summary: string | null;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/**
 * `dossier ingest --db <db> <inputs…>`; with `killAfter`, SIGKILL once that many inputs are
 * reported finished (each after its transaction committed) plus a random 0–40 ms, so the
 * kill lands anywhere in the next articles: reading, extracting, resolving or writing.
 */
export function runIngest(db: string, inputs: readonly string[], killAfter?: number): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'ingest', '--db', db, ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let finished = 0;
    let summary: string | null = null;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ingest: ')) summary = line;
      else if (/^(added|unchanged|version|duplicate|failed) /.test(line)) finished++;
      if (killAfter !== undefined && finished === killAfter) {
        setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ finished, summary, signal, code, stderr }));
  });
}

/** The counts of a summary line ("ingest: 3 added, 1 unchanged, 0 new versions, 2 duplicates, 0 failed"). */
export function summaryCounts(summary: string): IngestCounts {
  const count = (pattern: RegExp): number => Number(pattern.exec(summary)?.[1] ?? Number.NaN);
  return {
    added: count(/(\d+) added/),
    unchanged: count(/(\d+) unchanged/),
    versions: count(/(\d+) new versions?/),
    duplicates: count(/(\d+) duplicates?/),
    failed: count(/(\d+) failed/),
  };
}
