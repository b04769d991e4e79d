// End-to-end: `dossier extract --jsonl --resolve` over the demo seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../models/package-root.js';

const root = packageRoot();
const cli = join(root, 'dist', 'cli', 'main.js');
const seeds = join(root, 'examples', 'seeds');
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seeds, f));

interface Line {
  file?: string;
  entities: { id: string; text: string; type: string; start: number; end: number }[];
}
interface Entity {
  id: string;
  name: string;
  type: string;
  aliases: { name: string; files: string[] }[];
  mentions: { file: string; start: number; end: number }[];
  merges: { names: string[]; reason: string }[];
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('extract-resolve.test: per-file lines with corpus ids, then the entities line', () => {
  const { code, stdout, stderr } = run(['extract', '--jsonl', '--resolve', ...seedFiles]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, seedFiles.length + 1, 'extract-resolve.test: one line per file and one more');
  const files = lines.slice(0, -1) as Line[];
  assert.deepEqual(files.map((l) => l.file), seedFiles);
  const { entities } = lines[lines.length - 1] as { entities: Entity[] };
  assert.deepEqual(Object.keys(entities[0]!).slice(0, 5), ['id', 'name', 'type', 'aliases', 'mentions']);
  const byId = new Map(entities.map((e) => [e.id, e]));
  assert.equal(byId.size, entities.length, 'extract-resolve.test: corpus ids are unique');

  // Every mention of a file line is listed under the entity of its id, and nothing else is.
  let mentionCount = 0;
  for (const line of files) {
    for (const m of line.entities) {
      const entity = byId.get(m.id);
      assert.ok(entity, `extract-resolve.test: ${m.id} is a corpus id`);
      assert.ok(entity.mentions.some((x) => x.file === line.file && x.start === m.start && x.end === m.end), `extract-resolve.test: ${m.text} listed under ${m.id}`);
      mentionCount++;
    }
  }
  assert.equal(entities.reduce((n, e) => n + e.mentions.length, 0), mentionCount);

  // Across articles: ISIS (000) and Islamic State (001) are one actor, ISIS-K is another,
  // and the lone "Putin" of 000 is the Vladimir Putin named in full elsewhere.
  const idOf = (file: number, text: string) => files[file]!.entities.find((e) => e.text === text)?.id;
  assert.equal(idOf(0, 'ISIS'), 'islamic-state');
  assert.equal(idOf(1, 'Islamic State'), 'islamic-state');
  const isisK = files.flatMap((l) => l.entities).find((e) => e.text === 'ISIS-K');
  assert.ok(isisK && isisK.id !== 'islamic-state', 'extract-resolve.test: ISIS-K apart');
  assert.equal(idOf(0, 'Putin'), 'vladimir-putin');
  assert.equal(idOf(1, 'A-Raqqa'), idOf(0, 'Raqqa'));
  // "Moscow supports…" (003) is the Russian state; "officials in Moscow" (002) the city.
  const text3 = readFileSync(seedFiles[3]!, 'utf8');
  const supports = files[3]!.entities.find((e) => e.text === 'Moscow' && text3.startsWith(' supports', e.end));
  assert.equal(supports?.id, 'russia');
  const text2 = readFileSync(seedFiles[2]!, 'utf8');
  const inMoscow = files[2]!.entities.find((e) => e.text === 'Moscow' && text2.slice(0, e.start).endsWith('in '));
  assert.equal(inMoscow?.id, 'moscow');
  const raqqa = byId.get('raqqa')!;
  assert.ok(raqqa.aliases.some((a) => a.name === 'A-Raqqa' && a.files.includes(seedFiles[1]!)));
  assert.ok(raqqa.merges.some((m) => m.reason === 'alias file: A-Raqqa = Raqqa'));
});

test('extract-resolve.test: --resolve needs --jsonl', () => {
  const { code, stdout, stderr } = run(['extract', '--resolve', seedFiles[0]!]);
  assert.notEqual(code, 0);
  assert.equal(stdout, '');
  assert.match(stderr, /--resolve needs --jsonl/);
});
