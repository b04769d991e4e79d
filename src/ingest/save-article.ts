import { ExtractPoolDown, type AsyncExtractor } from './extract-pool.js';
import type { InputDocument } from '../input/read-document.js';
import { InputError } from '../input/input-error.js';
import type { DocumentSource, DocumentSummary, Store } from '../store/store.js';
import { articleBody } from './article-body.js';
import { contentHash } from './content-hash.js';
import type { Extraction } from '../extract/extraction.js';
import type { Outcome } from './outcome.js';
import { fingerprint, hammingDistance, NEAR_DUPLICATE_BITS } from './simhash.js';

/** An article read and extracted, not yet saved. */
export interface PreparedArticle {
  input: string;
  hash: string;
  document: InputDocument;
  source: DocumentSource;
  extraction: Extraction;
  stages: readonly string[];
}

/**
 * Reads what is needed to store an article: nothing when its text is already stored
 * ('unchanged'), else its extraction. Throws InputError when extraction fails on this
 * article; store errors pass through untouched (they are not the input's fault).
 */
export async function prepareArticle(
  input: string,
  document: InputDocument,
  source: DocumentSource,
  store: Store,
  extractor: AsyncExtractor,
): Promise<PreparedArticle | 'unchanged'> {
  const hash = contentHash(document.text);
  if (await store.findDocumentByHash(hash)) return 'unchanged';
  try {
    const extraction = await extractor.extract({ text: document.text, meta: document.meta });
    return { input, hash, document, source, extraction, stages: extractor.stages };
  } catch (error) {
    if (error instanceof ExtractPoolDown) throw error;
    throw new InputError(input, `extraction failed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Saves a prepared article (with corpus-wide entity ids and names when resolved): links it
 * to the older version at the same URL and to the earliest near-duplicate (compared on the
 * body without headline and boilerplate, which syndicating sites rewrite), in one
 * transaction (the store's).
 */
export async function commitArticle(
  article: PreparedArticle,
  store: Store,
  resolved?: { extraction: Extraction; names: Record<string, string> },
): Promise<Outcome> {
  const { document, source, hash } = article;
  // An identical text earlier in the same batch was saved a moment ago.
  if (await store.findDocumentByHash(hash)) return 'unchanged';
  const extraction = resolved?.extraction ?? article.extraction;
  const previous = source.url ? await store.findLatestByUrl(source.url) : null;
  const { simhash, probes } = fingerprint(articleBody(document.text, extraction));
  const original = await earliestNearDuplicate(store, simhash, probes, source.url);

  await store.saveDocument(
    {
      ...source,
      contentHash: hash,
      simhash,
      text: document.text,
      title: extraction.title ?? document.meta.title ?? null,
      published: extraction.published ?? document.meta.published ?? null,
      versionOf: previous?.id ?? null,
      duplicateOf: original?.id ?? null,
      extractor: article.stages,
      ...(resolved ? { entityNames: resolved.names } : {}),
    },
    extraction,
  );
  if (previous) return 'version';
  return original ? 'duplicate' : 'added';
}

/**
 * The first-stored document within NEAR_DUPLICATE_BITS of `simhash`. Documents at the same
 * URL are older versions of this one, not copies, so they are left out.
 */
async function earliestNearDuplicate(store: Store, simhash: string, probes: string[], url: string | null): Promise<DocumentSummary | null> {
  const candidates = new Map<string, DocumentSummary>();
  for (const probe of probes) {
    for (const candidate of await store.findSimhashCandidates(probe)) candidates.set(candidate.id, candidate);
  }
  let earliest: DocumentSummary | null = null;
  for (const candidate of candidates.values()) {
    if (url !== null && candidate.url === url) continue;
    if (hammingDistance(simhash, candidate.simhash) > NEAR_DUPLICATE_BITS) continue;
    if (!earliest || isEarlier(candidate, earliest)) earliest = candidate;
  }
  return earliest;
}

/** By ingest time (parsed: stores may write timestamps in other ISO forms), then id. */
function isEarlier(a: DocumentSummary, b: DocumentSummary): boolean {
  const at = Date.parse(a.ingestedAt) - Date.parse(b.ingestedAt);
  return at < 0 || (at === 0 && a.id < b.id);
}

