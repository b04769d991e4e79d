import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureTable, fnv, mix, template } from './hashing.js';

test('hashing.test: the feature table finds every listed hash and nothing else', () => {
  const hashes = Uint32Array.from({ length: 1000 }, (_, i) => mix(template('t'), i));
  const table = new FeatureTable(hashes);
  hashes.forEach((hash, id) => assert.equal(table.get(hash), id, `hashing.test: id of hash ${hash}`));
  assert.equal(table.get(mix(template('t'), 5000)), -1, 'hashing.test: unknown hash');
  assert.equal(table.get(0), -1, 'hashing.test: hash 0 is an ordinary key, absent here');
});

test('hashing.test: mixing depends on order and template', () => {
  const a = fnv('paris');
  const b = fnv('texas');
  assert.notEqual(mix(mix(template('x'), a), b), mix(mix(template('x'), b), a), 'hashing.test: order matters');
  assert.notEqual(mix(template('l-1'), a), mix(template('l+1'), a), 'hashing.test: templates differ');
  assert.equal(fnv('abc', 1, 3), fnv('bc'), 'hashing.test: fnv over a range');
});
