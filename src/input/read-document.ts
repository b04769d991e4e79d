import { detectBinaryKind } from './binary-kind.js';
import { decodeUtf8 } from './decode-utf8.js';
import type { DocumentMeta } from './html-meta.js';
import { htmlToArticle } from './html-article.js';
import { InputError } from './input-error.js';
import { looksLikeHtml } from './looks-like-html.js';

export type { DocumentMeta } from './html-meta.js';

export interface InputDocument {
  /** The article text: the input as read (BOM dropped), or for HTML the extracted text. */
  text: string;
  isHtml: boolean;
  meta: DocumentMeta;
}

export interface ReadOptions {
  /** Inputs larger than this many bytes are refused. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Bytes of a text or HTML article → its text and metadata. Pure: no I/O.
 * Throws InputError (naming `name` and the reason) for input that is not an article.
 * Text is kept exactly as read (CRLF included) so that offsets refer to the input.
 */
export function readDocument(bytes: Uint8Array, name: string, opts: ReadOptions = {}): InputDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new InputError(name, tooLarge(bytes.length, maxBytes));
  if (bytes.length === 0) throw new InputError(name, 'empty file');

  const binary = detectBinaryKind(bytes);
  if (binary) throw new InputError(name, `binary file (${binary}), not text or HTML`);

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new InputError(name, `invalid UTF-8 at byte ${decoded.offset}; only UTF-8 text or HTML is read`);
  const text = decoded.text; // TextDecoder has already dropped a leading BOM
  if (text.trim() === '') throw new InputError(name, 'empty: no text, only whitespace');

  if (!looksLikeHtml(text)) return { text, isHtml: false, meta: {} };
  const article = htmlToArticle(text);
  if (!article) throw new InputError(name, 'no article text found in HTML');
  return { text: article.text, isHtml: true, meta: article.meta };
}

/** "too large (12.5 MB; the limit is 10 MB)", in the units a person would use; size null when unknown. */
export function tooLarge(size: number | null, maxBytes: number): string {
  return size === null
    ? `too large (over the limit of ${formatBytes(maxBytes)})`
    : `too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
