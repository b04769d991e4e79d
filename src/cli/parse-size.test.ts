import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSize } from './parse-size.js';

const cases: [string, number][] = [['1048576', 1048576], ['10MB', 10 * 1024 * 1024], ['500kB', 512000], ['1.5m', 1572864], ['2 gb', 2 * 1024 ** 3]];
for (const [input, expected] of cases) {
  test(`parse-size.test: ${input}`, () => assert.equal(parseSize(input), expected, `parse-size.test: ${input}`));
}
for (const bad of ['', 'ten', '10 parsecs', '-5MB']) {
  test(`parse-size.test: rejects "${bad}"`, () => assert.throws(() => parseSize(bad), /is not a size/));
}
