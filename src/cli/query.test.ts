// The question commands (search, entity, graph, timeline, claims, grade) run in-process
// against a SQLite file holding the ingested seed corpus: --json parsed and checked, tables
// read row by row, and errors as one line with a non-zero exit.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Command } from 'commander';
import type { ClaimsPage, EntityProfile, EntitySummary, GraphView, Paged, SearchResponse, TimelineItem } from '../api/dto.js';
import { seedCorpus, type TempCorpus } from '../api/testing/corpus-fixture.js';
import { registerQueries } from './commands/query.js';
import { runProgram } from './run-program.js';

let corpus: TempCorpus;

/** Runs `dossier <args>` on `db`, capturing what it prints. */
async function dossier(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const program = new Command().name('dossier').exitOverride().configureOutput({ writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  registerQueries(program, { write: (text: string) => ((out += text), true) });
  const code = await runProgram(program, ['node', 'dossier', ...args, '--db', db], { write: (text: string) => (err += text) });
  return { code, out, err };
}

async function json<T>(...args: string[]): Promise<T> {
  const result = await dossier(corpus.path, ...args, '--json');
  assert.equal(result.code, 0, `query.test: ${args.join(' ')}: ${result.err}`);
  return JSON.parse(result.out) as T;
}

async function lines(...args: string[]): Promise<string[]> {
  const result = await dossier(corpus.path, ...args);
  assert.equal(result.code, 0, `query.test: ${args.join(' ')}: ${result.err}`);
  return result.out.split('\n').map((line) => line.trimEnd());
}

/** Exit 1 and a single "dossier: …" line (or commander's "error: …" line first). */
async function fails(words: RegExp, ...args: string[]): Promise<void> {
  const result = await dossier(corpus.path, ...args);
  assert.equal(result.code, 1, `query.test: ${args.join(' ')} exits non-zero`);
  assert.equal(result.out, '');
  assert.match(result.err.split('\n')[0]!, words);
}

describe('query.test: the question commands over the seed corpus', () => {
  before(async () => {
    corpus = await seedCorpus();
  });
  after(() => corpus.cleanUp());

  test('entity list: JSON page and a table with one row per entity', async () => {
    const page = await json<Paged<EntitySummary>>('entity', 'list', '--limit', '5');
    assert.equal(page.items.length, 5);
    assert.equal(page.items[0]!.id, 'islamic-state');
    const table = await lines('entity', 'list', '--type', 'PERSON', '--limit', '3');
    assert.match(table[0]!, /^id\s+name\s+type\s+mentions\s+articles$/);
    const putin = await json<Paged<EntitySummary>>('entity', 'list', '--name', 'Vladimir');
    assert.equal(putin.items.length, 1);
    assert.ok(table.some((line) => new RegExp(`^vladimir-putin\\s+Vladimir Putin\\s+PERSON\\s+${putin.items[0]!.mentionCount}\\s+3$`).test(line)), table.join('\n'));
    assert.match(table[table.length - 2]!, /^3 of \d+$/);
  });

  test('entity show: Putin by his short name, with the caption-only article listed apart', async () => {
    const profile = await json<EntityProfile>('entity', 'show', 'Putin');
    assert.equal(profile.id, 'vladimir-putin');
    assert.equal(profile.documents.length + profile.namedOutsideText.length, 4);
    const text = await lines('entity', 'show', 'Putin');
    assert.match(text[0]!, new RegExp(`^Vladimir Putin \\(PERSON, id vladimir-putin\\): ${profile.mentionCount} mentions in 3 articles`));
    const outside = text.indexOf('also named outside the article text (captions, credits)');
    assert.ok(outside > 0);
    assert.match(text[outside + 2]!, /^\w+\s+2015-12-10\s+Moscow’s Connection to the Islamic State$/);
    await fails(/^dossier: no entity "Zebulon Quibble"$/, 'entity', 'show', 'Zebulon Quibble');
  });

  test('search: hits with snippets as JSON and as a count line and table', async () => {
    const result = await json<SearchResponse>('search', 'Crocus');
    assert.equal(result.total, 1);
    const text = await lines('search', 'Crocus');
    assert.equal(text[0], '1 article(s) for "Crocus"');
    assert.match(text[2]!, new RegExp(`^${result.items[0]!.document.id}\\s`));
    await fails(/^dossier: expected a whole number ≥ 1, got "0"$/, 'search', 'x', '--limit', '0');
    await fails(/^dossier: from: "2015-13-01" is not a date as YYYY, YYYY-MM or YYYY-MM-DD$/, 'search', 'x', '--from', '2015-13-01');
  });

  test('graph neighbours and path', async () => {
    const view = await json<GraphView>('graph', 'neighbours', 'Putin');
    assert.ok(view.nodes.some((n) => n.id === 'vladimir-putin'));
    const text = await lines('graph', 'neighbors', 'Putin');
    assert.equal(text[text.length - 2], `${view.nodes.length} entities, ${view.edges.length} links`);
    const path = await lines('graph', 'path', 'Putin', 'Raqqa');
    assert.match(path[0]!, /^Vladimir Putin → .*Raqqa$/);
    await fails(/^dossier: no entity "nobody-at-all"$/, 'graph', 'path', 'Putin', 'nobody-at-all');
  });

  test('timeline and claims: JSON items and table rows', async () => {
    const { items } = await json<{ items: TimelineItem[] }>('timeline');
    assert.ok(items.length > 0);
    const table = await lines('timeline');
    assert.match(table[0]!, /^date\s+precision\s+event\s+certainty\s+grade\s+reports$/);
    assert.equal(table.filter(Boolean).length, items.length + 1, 'query.test: one row per timeline item');
    assert.ok(table[1]!.startsWith(items[0]!.start));
    const claims = await json<ClaimsPage>('claims', '--limit', '1000');
    const contested = await json<ClaimsPage>('claims', '--contested', '--limit', '1000');
    assert.ok(claims.items.length > 3 && claims.items.length === claims.total);
    assert.deepEqual(contested.items, claims.items.filter((i) => i.contradictions.length > 0));
    const corroborated = await json<ClaimsPage>('claims', '--corroborated', '--kind', 'event', '--limit', '2', '--offset', '1');
    assert.deepEqual(corroborated.items.map((i) => i.key), claims.items.filter((i) => i.independentSources >= 2 && i.kind === 'event').slice(1, 3).map((i) => i.key));
    const board = await lines('claims', '--limit', '2');
    assert.match(board[0]!, /^grade\s+kind\s+sources\s+item\s+disputed$/);
    assert.equal(board.filter(Boolean).at(-1), `1–2 of ${claims.total} (${claims.counts.contested} contested, ${claims.counts.corroborated} corroborated)`);
    await fails(/^dossier: give --contested or --corroborated, not both$/, 'claims', '--contested', '--corroborated');
    await fails(/expected one of event, claim, got "quote"/, 'claims', '--kind', 'quote');
  });

  test('grade: refusals are one line with a non-zero exit', async () => {
    await fails(/^error: required option '--reason <text>' not specified$/, 'grade', 'source', 'Daily Beast', 'B');
    await fails(/^dossier: source grade must be one of A–F, got "Z"$/, 'grade', 'source', 'Daily Beast', 'Z', '--reason', 'x');
    await fails(/^dossier: credibility must be 1–6, got "9"$/, 'grade', 'item', 'event', '1', '9', '--reason', 'x');
    await fails(/^dossier: kind must be "event" or "quote", got "claim"$/, 'grade', 'item', 'claim', '1', '2', '--reason', 'x');
    await fails(/^dossier: no event 999999$/, 'grade', 'item', 'event', '999999', '2', '--reason', 'x');
    await fails(/^error: required option '--reason <text>' not specified$/, 'entity', 'merge', 'ISIS', 'ISIS-K');
  });

  test('grade, merge, split and undo change the store and say so', async () => {
    const db = join(corpus.folder, 'changes.db');
    copyFileSync(corpus.path, db);
    const run = async (...args: string[]) => {
      const result = await dossier(db, ...args);
      assert.equal(result.code, 0, `query.test: ${args.join(' ')}: ${result.err}`);
      return result.out.trimEnd();
    };
    assert.equal(await run('grade', 'source', 'Daily Beast', 'b', '--reason', 'good record'), 'Daily Beast: B (1 change(s) on record)');
    assert.equal(await run('grade', 'item', 'event', '1', '2', '--reason', 'seen footage', '--by', 'ana'), 'event 1: credibility 2');
    assert.match(await run('entity', 'merge', 'ISIS', 'ISIS-K', '--reason', 'test'), /^merged "ISIS-K" into Islamic State \(islamic-state\); now \d+ mentions$/);
    const merged = JSON.parse(await run('entity', 'show', 'islamic-state', '--json')) as EntityProfile;
    const change = merged.changes.find((c) => c.kind === 'merge' && c.why === 'test')!;
    assert.ok(change);
    assert.equal(await run('entity', 'split', 'islamic-state', '--names', 'ISIS-K', '--reason', 'apart'), 'split off ISIS-K (isis-k) with 4 mentions');
    const shown = await run('entity', 'show', 'islamic-state');
    assert.match(shown, new RegExp(`^${change.id}\\s+merge\\s+islamic-state-khorasan-province\\s+islamic-state\\s+analyst\\s+test\\s*$`, 'm'));
    const split = (JSON.parse(await run('entity', 'show', 'islamic-state', '--json')) as EntityProfile).changes.find((c) => c.kind === 'split')!;
    await run('entity', 'undo', String(split.id), '--reason', 'back');
    assert.equal(await run('entity', 'undo', String(change.id), '--reason', 'back'), `undid change ${change.id}: Islamic State Khorasan Province (islamic-state-khorasan-province) has 4 mentions again`);
  });
});
