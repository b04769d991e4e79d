import { parseFeed } from '@rowanmanning/feed-parser';

export interface FeedItemLink {
  /** The item's article URL, absolute. */
  url: string;
  title: string | null;
  /** YYYY-MM-DD from the item's publication date, when it has one. */
  published: string | null;
  /** When the item says it last changed (or was published), ISO 8601, or null. */
  updatedAt: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItemLink[];
  /** Items without a usable http(s) link, by title or id, to be recorded as failures. */
  itemsWithoutLink: string[];
}

const FEED_MEDIA_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+xml']);
/** An RSS, RDF (RSS 1.0) or Atom root element, after an XML declaration, comments or a doctype. */
const FEED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;

/** Whether a body is an RSS or Atom feed: by media type when it says so, else by its root element. */
export function looksLikeFeed(text: string, mediaType: string | null = null): boolean {
  if (mediaType && FEED_MEDIA_TYPES.has(mediaType)) return true;
  return FEED_ROOT.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}

/** Parses RSS or Atom; relative item links are resolved against the feed's own URL. */
export function parseFeedLinks(xml: string, feedUrl: string | null): ParsedFeed {
  const feed = parseFeed(xml);
  const items: FeedItemLink[] = [];
  const itemsWithoutLink: string[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const url = absoluteHttpUrl(item.url, feedUrl);
    if (!url) {
      itemsWithoutLink.push(item.title ?? item.id ?? '(untitled item)');
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const published = validDate(item.published);
    const updated = validDate(item.updated) ?? published;
    items.push({ url, title: item.title, published: published ? published.toISOString().slice(0, 10) : null, updatedAt: updated ? updated.toISOString() : null });
  }
  return { title: feed.title?.trim() || null, items, itemsWithoutLink };
}

function absoluteHttpUrl(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    const url = base ? new URL(link.trim(), base) : new URL(link.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function validDate(date: Date | null): Date | null {
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
