import { Presets, SingleBar } from 'cli-progress';
import type { IngestCounts, IngestProgress } from '../ingest/ingest.js';

export interface IngestReport {
  progress(event: IngestProgress): void;
  stop(): void;
}

export interface ReportStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * On a terminal, a progress bar on standard error and the failures after it; otherwise
 * one plain line per input on standard output ("added  path", "failed  path: reason"),
 * which logs and pipes can read. `quietUnchanged` drops the "unchanged" lines (watch polls).
 */
export function ingestReport(streams: ReportStreams, quietUnchanged = false): IngestReport {
  if (!streams.stderr.isTTY) {
    return {
      progress(event) {
        if (quietUnchanged && event.outcome === 'unchanged') return;
        streams.stdout.write(formatLine(event) + '\n');
      },
      stop() {},
    };
  }
  const failures: string[] = [];
  let bar: SingleBar | null = null;
  return {
    progress(event) {
      if (!bar) {
        bar = new SingleBar(
          { format: 'ingesting [{bar}] {value}/{total} {label}', stream: streams.stderr, hideCursor: true, clearOnComplete: true },
          Presets.shades_classic,
        );
        bar.start(event.total, 0, { label: '' });
      }
      bar.setTotal(event.total);
      bar.update(event.done, { label: shorten(event.input, 50) });
      if (event.outcome === 'failed') failures.push(formatLine(event));
    },
    stop() {
      bar?.stop();
      for (const line of failures) streams.stderr.write(line + '\n');
    },
  };
}

export function formatLine(event: Pick<IngestProgress, 'input' | 'outcome' | 'reason'>): string {
  return `${event.outcome.padEnd(9)} ${event.input}${event.reason ? `: ${event.reason}` : ''}`;
}

/** "3 added, 1 unchanged, 1 new version, 2 duplicates, 1 failed". */
export function formatCounts(counts: IngestCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${counts.added} added`,
    `${counts.unchanged} unchanged`,
    plural(counts.versions, 'new version', 'new versions'),
    plural(counts.duplicates, 'duplicate', 'duplicates'),
    `${counts.failed} failed`,
  ].join(', ');
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
