import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, firstInvalidUtf8Offset } from './decode-utf8.js';

const cases: [string, number[], number][] = [
  ['ASCII', [0x61, 0x62], -1],
  ['2-, 3- and 4-byte sequences', [0xc3, 0xa9, 0xe2, 0x80, 0x99, 0xf0, 0x9f, 0x98, 0x80], -1],
  ['lone continuation byte', [0x61, 0x80], 1],
  ['Latin-1 é followed by ASCII', [0x61, 0x62, 0xe9, 0x61], 2],
  ['overlong encoding of "/"', [0xc0, 0xaf], 0],
  ['UTF-16 surrogate encoded in UTF-8', [0x61, 0xed, 0xa0, 0x80], 1],
  ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ['truncated at the end', [0x61, 0xe2, 0x80], 1],
];

for (const [label, bytes, offset] of cases) {
  test(`decode-utf8.test: ${label}`, () => {
    const input = Uint8Array.from(bytes);
    assert.equal(firstInvalidUtf8Offset(input), offset, `decode-utf8.test: ${label}`);
    const result = decodeUtf8(input);
    assert.equal(result.ok, offset === -1, `decode-utf8.test: ${label}: TextDecoder agrees`);
  });
}

test('decode-utf8.test: a leading BOM is dropped', () => {
  assert.deepEqual(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61])), { ok: true, text: 'a' });
});
