import { toIsoDay } from '../extract/document/parse-date.js';

export interface DocumentMeta {
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
  url?: string;
  siteName?: string;
}

/** JSON-LD can be deep or hostile; a news article's fields sit near the top. */
const MAX_JSON_LD_DEPTH = 12;
const ARTICLE_TYPES = /article|posting|report/i;

/**
 * Metadata the publisher put in the page: Open Graph and article: meta tags, JSON-LD,
 * <time datetime>, the canonical link. Read before Readability, which changes the document.
 */
export function readHtmlMeta(document: Document): DocumentMeta {
  const jsonLd = readJsonLdArticle(document);
  const meta: DocumentMeta = {};
  const title = metaContent(document, 'og:title') ?? stringField(jsonLd, 'headline') ?? metaContent(document, 'twitter:title');
  if (title) meta.title = title;
  const published = firstDay([
    metaContent(document, 'article:published_time'),
    stringField(jsonLd, 'datePublished'),
    metaContent(document, 'datePublished'),
    metaContent(document, 'date'),
    metaContent(document, 'pubdate'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]);
  if (published) meta.published = published;
  const url = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(metaContent(document, 'og:url'));
  if (url) meta.url = url;
  const siteName = metaContent(document, 'og:site_name') ?? publisherName(jsonLd);
  if (siteName) meta.siteName = siteName;
  return meta;
}

/** <meta property|name|itemprop="key" content="…">, trimmed, or undefined when absent or blank. */
function metaContent(document: Document, key: string): string | undefined {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content');
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return undefined;
}

function firstDay(values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const day = toIsoDay(value);
    if (day) return day;
  }
  return undefined;
}

/** Only absolute http(s) URLs: a canonical link of "javascript:…" is not a URL we repeat. */
function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The JSON-LD object describing the article (an *Article type, or else anything with datePublished). */
function readJsonLdArticle(document: Document): JsonObject | undefined {
  const candidates: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectObjects(JSON.parse(script.textContent ?? '') as Json, candidates, 0);
    } catch {
      // Broken JSON-LD is common; the other sources of metadata remain.
    }
  }
  const isArticle = (o: JsonObject) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  return candidates.find(isArticle) ?? candidates.find((o) => typeof o['datePublished'] === 'string');
}

function collectObjects(value: Json, into: JsonObject[], depth: number): void {
  if (depth > MAX_JSON_LD_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
    return;
  }
  into.push(value);
  const graph = value['@graph'];
  if (graph) collectObjects(graph, into, depth + 1);
}

function stringField(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

function publisherName(object: JsonObject | undefined): string | undefined {
  const publisher = object?.['publisher'];
  if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) return stringField(publisher, 'name');
  return undefined;
}
