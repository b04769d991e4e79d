import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from '../gazetteer/gazetteer.js';
import { WordClusters } from './clusters.js';
import { readModel, writeModel } from './model-format.js';
import { NerTagger } from './tagger.js';
import { trainNer, type LabelledDocument } from './train.js';

// A toy corpus written for this test: people "said" things in places; organisations "announced".
const PEOPLE = [['Anna', 'Berg'], ['Omar', 'Haddad'], ['Li', 'Wei'], ['Maria', 'Costa'], ['John', 'Smith'], ['Ivan', 'Petrov']];
const PLACES = ['Paris', 'Lagos', 'Lima', 'Oslo', 'Quito', 'Hanoi'];
const ORGS = [['Acme', 'Corp'], ['Delta', 'Bank'], ['Nova', 'Group']];

function corpus(): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  for (let d = 0; d < 12; d++) {
    const sentences: LabelledDocument['sentences'] = [];
    for (let k = 0; k < 4; k++) {
      const [first, last] = PEOPLE[(d + k) % PEOPLE.length]!;
      const place = PLACES[(d * 3 + k) % PLACES.length]!;
      const [org, head] = ORGS[(d + 2 * k) % ORGS.length]!;
      sentences.push({ tokens: [first!, last!, 'said', 'in', place, 'that', org!, head!, 'announced', 'a', 'deal', '.'],
        tags: ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'O'] });
    }
    docs.push({ sentences });
  }
  return docs;
}

const gazetteer = Gazetteer.fromEntries([{ phrase: 'Bank', category: 'orghead' }]);

test('train.test: a model trained on a toy corpus tags new names in the same frames', () => {
  const docs = corpus();
  const { model, bestDevF1 } = trainNer(docs.slice(0, 10), docs.slice(10), gazetteer, { epochs: 4, seed: 1, cutoff: 1 });
  assert.ok(bestDevF1 > 0.9, `train.test: dev F1 ${bestDevF1}`);
  const tagger = NerTagger.fromModel(model);
  const labels = tagger.tagDocument([['Sara', 'Olsen', 'said', 'in', 'Lima', 'that', 'Delta', 'Bank', 'announced', 'a', 'deal', '.']]);
  assert.deepEqual(labels[0], ['B-PER', 'L-PER', 'O', 'O', 'U-LOC', 'O', 'B-ORG', 'L-ORG', 'O', 'O', 'O', 'O'], 'train.test: labels');
  assert.deepEqual(tagger.spansOfDocument([['Omar', 'Haddad', 'said', '.']]), [[{ sentence: 0, start: 0, end: 2, type: 'PER' }]], 'train.test: spans');
});

test('train.test: training is reproducible and the model file round-trips', () => {
  const docs = corpus();
  const a = trainNer(docs.slice(0, 10), docs.slice(10), gazetteer, { epochs: 3, seed: 7, cutoff: 1 });
  const b = trainNer(docs.slice(0, 10), docs.slice(10), gazetteer, { epochs: 3, seed: 7, cutoff: 1 });
  const bytes = writeModel(a.model);
  assert.deepEqual(writeModel(b.model), bytes, 'train.test: same seed, same bytes');
  const copy = readModel(bytes);
  assert.deepEqual(copy.features, a.model.features, 'train.test: feature hashes');
  assert.deepEqual(copy.weights, a.model.weights, 'train.test: weights');
  assert.deepEqual(copy.meta, a.model.meta, 'train.test: meta');
  const sentence = [['Li', 'Wei', 'said', 'in', 'Oslo', '.']];
  assert.deepEqual(NerTagger.fromBytes(bytes).tagDocument(sentence), NerTagger.fromModel(a.model).tagDocument(sentence), 'train.test: same labels from bytes');
});

test('train.test: damaged model files are refused with a reason', () => {
  assert.throws(() => readModel(new Uint8Array([1, 2, 3])), /not a Dossier NER model/, 'train.test: not a model');
  const bytes = writeModel(trainNer(corpus().slice(0, 2), [], gazetteer, { epochs: 1, seed: 1, cutoff: 1 }).model);
  assert.throws(() => readModel(bytes.subarray(0, bytes.length - 10)), /truncated/, 'train.test: truncated');
});

test('train.test: an empty document and empty sentences tag without error', () => {
  const tagger = NerTagger.fromModel(trainNer(corpus().slice(0, 2), [], gazetteer, { epochs: 1, seed: 1, cutoff: 1 }).model);
  assert.deepEqual(tagger.tagDocument([]), [], 'train.test: no sentences');
  assert.deepEqual(tagger.tagDocument([[]]), [[]], 'train.test: an empty sentence');
});

test('train.test: unlabelled tokens (?) teach nothing', () => {
  const unlabelled = corpus().map((doc) => ({ sentences: doc.sentences.map((s) => ({ tokens: s.tokens, tags: s.tags.map(() => '?') })) }));
  const errors: number[] = [];
  const { model } = trainNer(unlabelled, [], gazetteer, { epochs: 2, seed: 1, cutoff: 1, onEpoch: (r) => errors.push(r.trainErrors) });
  assert.deepEqual(errors, [0, 0], 'train.test: no token counts as an error');
  assert.equal(model.features.length, 0, 'train.test: no weight was learnt');
  // Half unlabelled: the names still labelled are learnt as before.
  const half = corpus().map((doc, d) => (d % 2 ? unlabelled[d]! : doc));
  const tagger = NerTagger.fromModel(trainNer(half, [], gazetteer, { epochs: 4, seed: 1, cutoff: 1 }).model);
  assert.deepEqual(tagger.spansOfDocument([['Omar', 'Haddad', 'said', '.']]), [[{ sentence: 0, start: 0, end: 2, type: 'PER' }]], 'train.test: spans');
});

test('train.test: word clusters are compiled into the model file; files without a cluster table still load', () => {
  const docs = corpus();
  const clusters = new WordClusters(new Map([['said', '0.1'], ['announced', '0.1'], ['Paris', '1.0'], ['Oslo', '1.0'], ['Lima', '1.1']]));
  const { model } = trainNer(docs.slice(0, 10), docs.slice(10), gazetteer, { epochs: 3, seed: 7, cutoff: 1, clusters });
  const bytes = writeModel(model);
  const copy = readModel(bytes);
  assert.deepEqual([...copy.clusters.paths], [...clusters.paths], 'train.test: cluster table');
  assert.equal(copy.meta['clusterWords'], 5);
  const withoutClusters = trainNer(docs.slice(0, 10), docs.slice(10), gazetteer, { epochs: 3, seed: 7, cutoff: 1 }).model.features.length;
  assert.ok(model.features.length > withoutClusters, 'train.test: cluster features were learnt');
  const sentence = [['Li', 'Wei', 'said', 'in', 'Oslo', '.']];
  assert.deepEqual(NerTagger.fromBytes(bytes).tagDocument(sentence), NerTagger.fromModel(model).tagDocument(sentence), 'train.test: same labels from bytes');
  // A format-2 file (written before cluster tables) reads with no clusters.
  const plain = writeModel(trainNer(docs.slice(0, 2), [], gazetteer, { epochs: 1, seed: 1, cutoff: 1 }).model);
  new DataView(plain.buffer, plain.byteOffset).setUint32(4, 2, true);
  assert.equal(readModel(plain).clusters.size, 0, 'train.test: format 2');
});
