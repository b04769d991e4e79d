import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nationalityKey, surnameKey, transliterationKey } from './name-keys.js';

const same: [string, string][] = [
  ['Raqqa', 'A-Raqqa'],
  ['Raqqa', 'Ar Raqqah'],
  ['Raqqa', 'Al-Raqqa'],
  ['Deir Ezzor', 'Deir e-Zor'],
  ['Deir Ezzor', 'Deir ez-Zor'],
  ['Sergey Lavrov', 'Sergei Lavrov'],
  ['al-Baghdadi', 'Baghdadi'],
  ['Al Qaeda', 'Qaeda'],
  ['Washington, D.C.', 'Washington DC'],
];

const apart: [string, string][] = [
  ['ISIS', 'ISIS-K'],
  ['El Salvador', 'Salvador'],
  ['Assad', 'Sad'],
  ['Iran', 'Iraq'],
  ['Austria', 'Australia'],
];

for (const [a, b] of same) {
  test(`name-keys.test: ${a} ~ ${b}`, () => {
    assert.equal(transliterationKey(a), transliterationKey(b), `name-keys.test: ${a} ~ ${b}`);
  });
}

for (const [a, b] of apart) {
  test(`name-keys.test: ${a} ≁ ${b}`, () => {
    assert.notEqual(transliterationKey(a), transliterationKey(b), `name-keys.test: ${a} ≁ ${b}`);
  });
}

test('name-keys.test: surnames and nationalities', () => {
  assert.equal(surnameKey('Abu Bakr al-Baghdadi'), transliterationKey('Al-Baghdadi'));
  assert.equal(surnameKey('Vladimir Putin'), 'putin');
  assert.equal(surnameKey('Putin'), undefined, 'name-keys.test: one word has no surname key');
  assert.equal(nationalityKey('Russians'), nationalityKey('Russian'));
  assert.equal(nationalityKey('Israelis'), nationalityKey('Israeli'));
  assert.notEqual(nationalityKey('Austrians'), nationalityKey('Australians'));
});
