import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/**
 * A progress bar on standard error when it is a terminal, results go elsewhere (a file or
 * a pipe; on a terminal the results themselves show progress) and there is more than one
 * item; otherwise nothing, so pipes and CI logs stay clean.
 */
export function progressFor(total: number, what: string): Progress {
  if (!process.stderr.isTTY || process.stdout.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new SingleBar(
    { format: `${what} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick(label) { bar.increment(1, { label }); },
    stop() { bar.stop(); },
  };
}
