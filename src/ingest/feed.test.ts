import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeFeed, parseFeedLinks } from './feed.js';
import { atomFeed, rssFeed } from './testing/fixture-server.js';

test('feed: told by media type or root element; HTML and text are not feeds', () => {
  const table: [string, string | null, boolean][] = [
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', null, true],
    ['\uFEFF<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'application/xml', true],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'text/xml', true],
    ['anything', 'application/atom+xml', true],
    ['<!doctype html><html><body>rss feed</body></html>', 'text/html', false],
    ['The RSS feed of <feed> is described here.', 'text/plain', false],
  ];
  for (const [text, type, expected] of table) assert.equal(looksLikeFeed(text, type), expected, `feed: ${text.slice(0, 40)}`);
});

test('feed: RSS items with absolute links, dates and duplicates removed; items without a link listed', () => {
  const xml = rssFeed('Kestrel Wire', 'https://kestrel.example/', [
    { title: 'One', link: 'https://kestrel.example/a#comments', pubDate: 'Tue, 03 Nov 2026 08:00:00 GMT' },
    { title: 'Two', link: '/b' },
    { title: 'One again', link: 'https://kestrel.example/a' },
    { title: 'Mail', link: 'mailto:desk@kestrel.example' },
  ]);
  const feed = parseFeedLinks(xml, 'https://feeds.kestrel.example/rss.xml');
  assert.equal(feed.title, 'Kestrel Wire');
  assert.deepEqual(feed.items, [
    { url: 'https://kestrel.example/a', title: 'One', published: '2026-11-03', updatedAt: '2026-11-03T08:00:00.000Z' },
    { url: 'https://kestrel.example/b', title: 'Two', published: null, updatedAt: null },
  ]);
  assert.deepEqual(feed.itemsWithoutLink, ['Mail']);
});

test('feed: Atom entries with their alternate link and update time', () => {
  const feed = parseFeedLinks(atomFeed('Maren Observer', [{ title: 'Vote', href: 'https://maren.example/vote', updated: '2026-01-05T12:00:00Z' }]), null);
  assert.equal(feed.title, 'Maren Observer');
  assert.deepEqual(feed.items, [{ url: 'https://maren.example/vote', title: 'Vote', published: null, updatedAt: '2026-01-05T12:00:00.000Z' }]);
});

test('feed: not a feed at all throws', () => {
  assert.throws(() => parseFeedLinks('<html><body>no</body></html>', null));
});
