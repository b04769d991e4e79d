import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDay } from '../extract/document/parse-date.js';
import { readHtmlMeta, type DocumentMeta } from './html-meta.js';
import { blockParagraphs } from './html-text.js';

export interface HtmlArticle {
  /** Headline first, then the article's paragraphs, separated by blank lines. */
  text: string;
  meta: DocumentMeta;
}

// Readability's running time grows steeply with nesting depth (about 3 s at 500 levels,
// minutes at 2,000), so pathological pages skip it and use the plain body text.
const MAX_DEPTH_FOR_READABILITY = 120;
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

/**
 * The main article of an HTML page with Readability, or (when it finds nothing) the
 * body's text without scripts and styles. Null when the page holds no text at all.
 */
export function htmlToArticle(html: string): HtmlArticle | null {
  const meta = readHtmlMeta(parse(html));
  const article = readabilityArticle(parse(html));
  let paragraphs = article?.paragraphs ?? [];
  if (paragraphs.length === 0) {
    const document = parse(html);
    paragraphs = blockParagraphs(document.body ?? document.documentElement);
  }
  if (paragraphs.length === 0) return null;

  const headline = meta.title ?? clean(article?.title);
  if (headline) {
    meta.title = headline;
    // Keep the headline in the text so that the title has offsets like everything else.
    if (normalise(paragraphs[0]!) !== normalise(headline)) paragraphs = [headline, ...paragraphs];
  }
  if (!meta.siteName && clean(article?.siteName)) meta.siteName = clean(article?.siteName);
  if (!meta.published) {
    const published = toIsoDay(article?.publishedTime);
    if (published) meta.published = published;
  }
  return { text: paragraphs.join('\n\n'), meta };
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

interface ReadabilityArticle {
  paragraphs: string[];
  title?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

function readabilityArticle(document: Document): ReadabilityArticle | null {
  const root = document.documentElement;
  if (!root || exceedsShape(root)) return null;
  try {
    const result = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (!result) return null;
    return {
      paragraphs: result.content ? blockParagraphs(result.content) : [],
      title: result.title,
      siteName: result.siteName,
      publishedTime: result.publishedTime,
    };
  } catch {
    // Readability is a heuristic over arbitrary markup; when it fails, the caller falls back.
    return null;
  }
}

/** True when the tree is too deep or too big for Readability (walked without recursion). */
function exceedsShape(root: Node): boolean {
  let depth = 0;
  let elements = 0;
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 1) elements++;
    if (elements > MAX_ELEMENTS_FOR_READABILITY) return true;
    if (node.firstChild) {
      node = node.firstChild;
      if (++depth > MAX_DEPTH_FOR_READABILITY) return true;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
