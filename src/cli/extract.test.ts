// End-to-end tests of `dossier extract` through the built CLI: the contract's JSON,
// --jsonl, standard input, and a clear one-line error for each kind of bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../models/package-root.js';

const root = packageRoot();
const cli = join(root, 'dist', 'cli', 'main.js');
const seeds = join(root, 'examples', 'seeds');
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));
const scratch = mkdtempSync(join(tmpdir(), 'dossier-extract-test-'));

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

test('extract.test: one seed article gives the contract JSON with exact offsets', () => {
  const { code, stdout, stderr } = run(['extract', seedFiles[1]!]);
  assert.equal(code, 0, `extract.test: exit code (stderr: ${stderr})`);
  const json = JSON.parse(stdout);
  assert.deepEqual(Object.keys(json), ['file', 'title', 'published', 'boilerplate', 'entities', 'events', 'quotes', 'relations']);
  assert.equal(json.title, 'Islamic State sees opportunity in Russian airstrikes');
  assert.equal(json.published, '2015-10-13');
  const text = readFileSync(seedFiles[1]!, 'utf8');
  for (const entity of json.entities) {
    assert.equal(text.slice(entity.start, entity.end), entity.text, `extract.test: offsets of ${entity.text}`);
    assert.ok(entity.id, `extract.test: ${entity.text} has an id`);
  }
  for (const span of json.boilerplate) {
    assert.ok(!json.entities.some((e: { start: number; end: number }) => e.start < span.end && span.start < e.end), 'extract.test: no entity inside boilerplate');
  }
});


test('extract.test: --jsonl prints one line per file in order and is deterministic', () => {
  const first = run(['extract', '--jsonl', ...seedFiles]);
  const second = run(['extract', '--jsonl', ...seedFiles]);
  assert.equal(first.code, 0, first.stderr);
  const lines = first.stdout.trim().split('\n');
  assert.equal(lines.length, seedFiles.length);
  assert.deepEqual(lines.map((l) => JSON.parse(l).file), seedFiles);
  assert.equal(first.stdout, second.stdout, 'extract.test: same input, same output');
});

test('extract.test: "-" reads standard input', () => {
  const { code, stdout } = run(['extract', '-'], 'Vladimir Putin met Barack Obama in Moscow.\n');
  assert.equal(code, 0);
  const json = JSON.parse(stdout);
  assert.equal(json.file, '-');
  assert.ok(json.entities.some((e: { text: string; type: string }) => e.text === 'Vladimir Putin' && e.type === 'PERSON'), stdout);
});

const badInputs: [string, () => string, RegExp][] = [
  ['empty file', () => scratchFile('empty.txt', ''), /empty/i],
  ['PNG image', () => scratchFile('image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), /binary.*PNG/i],
  ['PDF', () => scratchFile('doc.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1')), /binary.*PDF/i],
  ['invalid UTF-8', () => scratchFile('latin1.txt', Buffer.from('Caf\xe9 in M\xfcnchen', 'latin1')), /UTF-8/],
  ['50 MB file', () => { const p = scratchFile('huge.txt', 'a'); truncateSync(p, 50 * 1024 * 1024); return p; }, /larger than|too large|limit/i],
  ['missing file', () => join(scratch, 'does-not-exist.txt'), /no such file|not found|cannot read/i],
];

for (const [name, make, reason] of badInputs) {
  test(`extract.test: ${name} gets one clear line and a non-zero exit`, () => {
    const file = make();
    const { code, stdout, stderr } = run(['extract', file]);
    assert.notEqual(code, 0, `extract.test: ${name} exit code`);
    assert.equal(stdout, '', `extract.test: ${name} prints nothing on stdout`);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, `extract.test: ${name} one line, got: ${stderr}`);
    assert.ok(lines[0]!.includes(file), `extract.test: ${name} names the file: ${stderr}`);
    assert.match(lines[0]!, reason, `extract.test: ${name} says why`);
  });
}

test('extract.test: --jsonl records a failed file and carries on', () => {
  const empty = scratchFile('empty2.txt', '   \n');
  const { code, stdout } = run(['extract', '--jsonl', empty, seedFiles[0]!]);
  assert.notEqual(code, 0);
  const [failed, ok] = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(failed.file, empty);
  assert.match(failed.error, /empty/i);
  assert.equal(ok.file, seedFiles[0]);
  assert.ok(ok.title);
});

test('extract.test: hostile HTML gives a clean extraction with no script text', () => {
  const html = `<!doctype html><html><head><title>Attack in Raqqa</title><script>alert("x")</script></head>
<body onload="steal()"><script>document.write('evil')</script><img src=x onerror="alert(1)">
<article><h1>Attack in Raqqa</h1><p>Russian aircraft struck Raqqa on Friday, officials in Moscow said. <a href="javascript:alert(2)">more</a></p>
<p>The Islamic State said 12 fighters were killed in the strike near the city.</p><script>var leaked = "SECRET";</script></article></body></html>`;
  const { code, stdout, stderr } = run(['extract', scratchFile('hostile.html', html)]);
  assert.equal(code, 0, stderr);
  const json = JSON.parse(stdout);
  assert.equal(typeof json.text, 'string');
  assert.ok(json.text.includes('Russian aircraft struck Raqqa'), json.text);
  for (const bad of ['alert', 'SECRET', 'evil', 'steal', 'javascript:']) assert.ok(!json.text.includes(bad), `extract.test: "${bad}" leaked into text`);
  for (const entity of json.entities) assert.equal(json.text.slice(entity.start, entity.end), entity.text);
});

test('extract.test: several files without --jsonl is a usage error', () => {
  const { code, stderr } = run(['extract', ...seedFiles.slice(0, 2)]);
  assert.notEqual(code, 0);
  assert.match(stderr, /--jsonl/);
});
