import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from './input-error.js';
import { readDocument } from './read-document.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A real PNG file's first bytes: signature and the start of the IHDR chunk. */
const PNG_HEADER = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);

const refused: [string, Uint8Array, RegExp, { maxBytes?: number }?][] = [
  ['empty', bytes(), /empty file/],
  ['whitespace only', utf8(' \n\t\r\n  '), /empty: no text, only whitespace/],
  ['BOM and whitespace only', utf8('\uFEFF  \n'), /only whitespace/],
  ['PNG header', PNG_HEADER, /^a\.txt: binary file \(PNG image\), not text or HTML$/],
  ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), /binary file \(PDF document\)/],
  ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), /binary file \(JPEG image\)/],
  ['GIF', utf8('GIF89a\x01\x00'), /binary file \(GIF image\)/],
  ['docx (ZIP)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), /binary file \(ZIP archive, e\.g\. \.docx/],
  ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), /binary file \(gzip archive\)/],
  ['UTF-16 with BOM', bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), /UTF-16/],
  ['NUL bytes', utf8('Some text\u0000with a NUL'), /binary file \(contains NUL bytes\)/],
  ['invalid UTF-8 (Latin-1 é)', bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72), /invalid UTF-8 at byte 3/],
  ['invalid UTF-8 (truncated sequence at the end)', utf8('Moscow\u2019s').slice(0, 8), /invalid UTF-8 at byte 6/],
  ['over the limit', utf8('x'.repeat(101)), /too large \(101 bytes; the limit is 100 bytes\)/, { maxBytes: 100 }],
];

for (const [label, input, reason, opts] of refused) {
  test(`read-document.test: refuses ${label}`, () => {
    assert.throws(
      () => readDocument(input, 'a.txt', opts),
      (error: unknown) => {
        assert.ok(error instanceof InputError, `read-document.test: ${label}: an InputError`);
        assert.equal(error.input, 'a.txt');
        assert.match(error.message, /^a\.txt: /, `read-document.test: ${label}: message names the input`);
        assert.doesNotMatch(error.message, /\n/, `read-document.test: ${label}: one line`);
        assert.match(error.message, reason, `read-document.test: ${label}`);
        return true;
      },
    );
  });
}

test('read-document.test: the limit is inclusive and defaults to 10 MB', () => {
  assert.equal(readDocument(utf8('x'.repeat(100)), 'a', { maxBytes: 100 }).text.length, 100);
});

test('read-document.test: plain text is kept as read, BOM dropped, CRLF kept', () => {
  const doc = readDocument(utf8('\uFEFFHeadline\r\n\r\nBody with <b> in it.\r\n'), 'a.txt');
  assert.equal(doc.isHtml, false, 'read-document.test: text stays text');
  assert.equal(doc.text, 'Headline\r\n\r\nBody with <b> in it.\r\n', 'read-document.test: BOM dropped, rest as read');
  assert.deepEqual(doc.meta, {});
});

test('read-document.test: HTML article with metadata', () => {
  const html = `<!DOCTYPE html><html><head><title>Spies root for a war | The Site</title>
    <meta property="og:title" content="U.S. Spies Root for an ISIS-Russia War">
    <meta property="og:site_name" content="The Site">
    <meta property="article:published_time" content="2015-11-08T01:00:00-05:00">
    <link rel="canonical" href="https://example.com/spies">
    </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>U.S. Spies Root for an ISIS-Russia War</h1>
    <p>In the days following the crash of Russian Metrojet Flight 9268, many U.S. intelligence and security officials weren’t panicking about it, and they said so at length to anyone who asked.</p>
    <p>Instead, they were wondering how the bombing might hurt Vladimir Putin, and potentially help the United States, officials said on Friday in Washington.</p>
    </article><footer>© The Site</footer></body></html>`;
  const doc = readDocument(utf8(html), 'a.html');
  assert.equal(doc.isHtml, true);
  assert.deepEqual(doc.meta, {
    title: 'U.S. Spies Root for an ISIS-Russia War',
    published: '2015-11-08',
    url: 'https://example.com/spies',
    siteName: 'The Site',
  });
  const paragraphs = doc.text.split('\n\n');
  assert.equal(paragraphs[0], 'U.S. Spies Root for an ISIS-Russia War', 'read-document.test: headline is the first paragraph, once');
  assert.match(paragraphs[1]!, /^In the days following/);
  assert.match(paragraphs[2]!, /^Instead, they were wondering/);
  assert.equal(paragraphs.length, 3, 'read-document.test: navigation and footer are left out');
});

test('read-document.test: JSON-LD datePublished and <time datetime> give the date', () => {
  const body = '<p>' + 'The report says the strike hit the city centre, officials said. '.repeat(8) + '</p>';
  const ld = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Strike hits city","datePublished":"2015-10-13T09:00:00Z","publisher":{"@type":"Organization","name":"Syria Direct"}}]}</script></head><body><article>${body}</article></body></html>`;
  const fromLd = readDocument(utf8(ld), 'a.html');
  assert.equal(fromLd.meta.published, '2015-10-13');
  assert.equal(fromLd.meta.title, 'Strike hits city');
  assert.equal(fromLd.meta.siteName, 'Syria Direct');
  const time = `<html><body><article><h1>Strike hits city</h1><time datetime="2015-12-10">Dec. 10</time>${body}</article></body></html>`;
  assert.equal(readDocument(utf8(time), 'a.html').meta.published, '2015-12-10');
  const broken = `<html><head><script type="application/ld+json">{not json</script><link rel="canonical" href="javascript:alert(1)"></head><body>${body}</body></html>`;
  const doc = readDocument(utf8(broken), 'a.html');
  assert.equal(doc.meta.url, undefined, 'read-document.test: a javascript: canonical URL is dropped');
  assert.equal(doc.meta.published, undefined);
});

test('read-document.test: hostile HTML gives clean text, no script, no stack trace', () => {
  const hostile = [
    '<html><head><script>document.write("EVIL-HEAD")</script><style>p{color:red} .EVIL-CSS{}</style></head><body onload="EVIL()">',
    '<script>var x = "EVIL-BODY";</script><noscript>EVIL-NOSCRIPT</noscript><template><p>EVIL-TEMPLATE</p></template>',
    '<img src=x onerror="alert(\'EVIL-ONERROR\')"><a href="javascript:alert(\'EVIL-HREF\')">Link text</a>',
    '<iframe src="javascript:EVIL()">EVIL-IFRAME</iframe><svg><script>EVIL-SVG</script></svg>',
    '<div><p>The strike killed at least 139 people, officials said.<p>Unclosed <b>bold <i>and italic',
    '<div>'.repeat(3000), '<p>Deeply nested text survives.', '</span></td></table>',
  ].join('');
  const doc = readDocument(utf8(hostile), 'evil.html');
  assert.equal(doc.isHtml, true);
  assert.doesNotMatch(doc.text, /EVIL|alert|script|onerror|javascript|color:red/i, 'read-document.test: no script or attribute text');
  assert.match(doc.text, /The strike killed at least 139 people, officials said\./);
  assert.match(doc.text, /Deeply nested text survives\./);
});

test('read-document.test: HTML with no text at all is refused', () => {
  for (const html of ['<html><head><script>alert(1)</script></head><body><style>p{}</style></body></html>', '<script>only()</script>', '<div><img src=x onerror=alert(1)></div>']) {
    assert.throws(() => readDocument(utf8(html), 'a.html'), { name: 'InputError', message: 'a.html: no article text found in HTML' }, `read-document.test: ${html}`);
  }
});
