// Two resolvers on one store, as two `dossier worker` processes: each catches up with what the
// other saved before resolving its own batch, so a full name one of them reads later still
// joins the bare surname the other stored.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadCapitals } from '../models/load-capitals.js';
import { loadAliases, loadExtractor } from '../models/load-resources.js';
import type { Store } from '../store/store.js';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import { CorpusResolver } from './corpus-resolver.js';
import { ingest } from './ingest.js';

const stores = tempSqliteStores('dossier-corpus-resolver');
let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-corpus-resolver-'));
});
after(async () => {
  stores.cleanUp();
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

async function entityOfMention(store: Store, documentTitle: string, text: string): Promise<string | null> {
  const listed = (await store.listDocuments({}, { limit: 10 })).items.find((d) => d.title === documentTitle)!;
  const mention = (await store.getExtraction(listed.id))!.mentions.find((m) => m.text === text)!;
  let entity = await store.getEntity(mention.entityId!);
  while (entity?.mergedInto) entity = await store.getEntity(entity.mergedInto);
  return entity?.id ?? null;
}

test('corpus-resolver.test: a resolver catches up with documents another one saved', async () => {
  const store = await stores.open();
  try {
    const knowledge = { aliases: loadAliases(), capitals: loadCapitals() };
    const extractor = loadExtractor();
    const [first, second] = [new CorpusResolver(store, knowledge), new CorpusResolver(store, knowledge)];
    // Both seeded from the empty store, as two workers started together.
    await first.resolve([]);
    await second.resolve([]);
    const surname = await file('surname.txt', 'Talks resume in Geneva\n\nPutin said on Monday that the talks in Geneva would resume next week.\n');
    const fullName = await file('full-name.txt', 'Kremlin confirms visit\n\nVladimir Putin will meet the French president in Moscow on Tuesday, the Kremlin said.\n');
    await ingest([surname], { store, extractor, resolver: first });
    assert.equal(await entityOfMention(store, 'Talks resume in Geneva', 'Putin'), 'putin');
    await ingest([fullName], { store, extractor, resolver: second });
    assert.equal(await entityOfMention(store, 'Kremlin confirms visit', 'Vladimir Putin'), 'vladimir-putin');
    assert.equal(await entityOfMention(store, 'Talks resume in Geneva', 'Putin'), 'vladimir-putin', 'the other resolver\'s document follows');
    assert.equal(second.size, 2);
  } finally {
    await store.close();
  }
});
