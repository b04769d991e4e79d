import { readFile } from 'node:fs/promises';
import { InputError } from '../input/input-error.js';
import { checkFileSize } from '../input/read-file.js';
import { readDocument, type InputDocument } from '../input/read-document.js';
import type { DocumentSource } from '../store/store.js';
import { looksLikeFeed, parseFeedLinks, type ParsedFeed } from './feed.js';
import { fetchUrl, type FetchOptions } from './safe-fetch.js';

/** What one file or URL turned out to hold: an article, or a feed of links to articles. */
export type SourceContent =
  | { kind: 'article'; document: InputDocument; source: DocumentSource }
  | { kind: 'feed'; feed: ParsedFeed; outlet: string | null };

/** What a feed told about an item before it was fetched. */
export interface FeedContext {
  outlet: string | null;
  published: string | null;
}

/** Media types that are certainly not an article or feed; anything else is sniffed by content. */
const UNREADABLE_MEDIA = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|x-tar|msword|vnd\.)/;

export async function readLocalSource(path: string, maxBytes: number): Promise<SourceContent> {
  await checkFileSize(path, maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const feed = asFeed(path, bytes, null, null);
  if (feed) return { kind: 'feed', feed, outlet: feed.title };
  const document = readDocument(bytes, path, { maxBytes });
  return { kind: 'article', document, source: { url: null, path, outlet: document.meta.siteName ?? null } };
}

export async function fetchSource(url: string, options: FetchOptions, context: FeedContext | null): Promise<SourceContent> {
  const fetched = await fetchUrl(url, options);
  if (fetched.mediaType && UNREADABLE_MEDIA.test(fetched.mediaType)) {
    throw new InputError(url, `unsupported content type ${fetched.mediaType}; only HTML, text and RSS/Atom feeds are read`);
  }
  const bytes = toUtf8(url, fetched.bytes, fetched.charset);
  const feed = context ? null : asFeed(url, bytes, fetched.mediaType, fetched.url);
  if (feed) return { kind: 'feed', feed, outlet: feed.title ?? hostOutlet(fetched.url) };
  const document = readDocument(bytes, url, { maxBytes: options.maxBytes });
  if (context?.published && !document.meta.published) document.meta.published = context.published;
  const outlet = context?.outlet ?? document.meta.siteName ?? hostOutlet(fetched.url);
  return { kind: 'article', document, source: { url: fetched.url, path: null, outlet } };
}

/** A feed's items are articles, not feeds: a feed linking to a feed is not followed (no loops). */
function asFeed(input: string, bytes: Uint8Array, mediaType: string | null, url: string | null): ParsedFeed | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (!looksLikeFeed(head, mediaType)) return null;
  try {
    return parseFeedLinks(new TextDecoder().decode(bytes), url);
  } catch (error) {
    throw new InputError(input, `not a readable RSS or Atom feed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Bytes in a declared non-UTF-8 charset are re-encoded, so readDocument's UTF-8 check passes. */
function toUtf8(input: string, bytes: Buffer, charset: string | null): Uint8Array {
  if (!charset || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return bytes;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new InputError(input, `unsupported charset "${charset}"`);
  }
  return Buffer.from(decoder.decode(bytes), 'utf8');
}

/** "www.example.com" → "example.com": the outlet when nothing better is known. */
export function hostOutlet(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
