import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { formatCounts, ingestReport } from './ingest-report.js';

class Capture extends Writable {
  text = '';
  constructor(public isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

test('ingest-report: a progress bar on a terminal, then the failures; nothing on standard output', () => {
  const stdout = new Capture(false);
  const stderr = new Capture(true);
  const report = ingestReport({ stdout, stderr });
  report.progress({ input: 'a.txt', outcome: 'added', done: 1, total: 3 });
  report.progress({ input: 'b.txt', outcome: 'failed', reason: 'empty file', done: 2, total: 3 });
  report.progress({ input: 'c.txt', outcome: 'duplicate', done: 3, total: 4 });
  report.stop();
  assert.equal(stdout.text, '');
  assert.match(stderr.text, /ingesting \[.*\] \d\/\d/);
  assert.ok(stderr.text.endsWith('failed    b.txt: empty file\n'), stderr.text);
});

test('ingest-report: plain lines otherwise, "unchanged" dropped when asked', () => {
  const stdout = new Capture(false);
  const report = ingestReport({ stdout, stderr: new Capture(false) }, true);
  report.progress({ input: 'a.txt', outcome: 'unchanged', done: 1, total: 2 });
  report.progress({ input: 'https://x.example/b', outcome: 'version', done: 2, total: 2 });
  report.stop();
  assert.equal(stdout.text, 'version   https://x.example/b\n');
});

test('ingest-report: counts in words', () => {
  assert.equal(formatCounts({ added: 3, unchanged: 0, versions: 1, duplicates: 2, failed: 1 }), '3 added, 0 unchanged, 1 new version, 2 duplicates, 1 failed');
});
