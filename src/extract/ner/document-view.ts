// Per-token forms a document's features are built from, computed once per document:
// normalised words, lower-cased forms, shapes, headline (all-caps) sentences, and how
// each word is written elsewhere in the document where its case is informative.

import type { Gazetteer, GazetteerHit } from '../gazetteer/gazetteer.js';
import { WordClusters } from './clusters.js';
import { fnv } from './hashing.js';
import { foldDigits, normalizeToken } from './normalize.js';
import { caseFlags, longShape, shortShape } from './shape.js';

export interface SentenceView {
  words: string[];
  /** Lower-cased, digits folded to 0: the key for lexical features and history. */
  lower: string[];
  longShapes: string[];
  shortShapes: string[];
  initCap: boolean[];
  allCaps: boolean[];
  /** A headline or table row written in capitals, where case says nothing. */
  capsSentence: boolean;
  /** Mostly numbers: a results table or a price list, where names are teams and companies. */
  tableSentence: boolean;
  gazetteer: GazetteerHit[][];
  /** Per token, the hashes of its word cluster's path prefixes (coarse to fine), if it has a cluster; keyed by the word as written. */
  clusters: (Uint32Array | undefined)[];
  /** Hashes of words, lower forms and shapes, computed once and shared by the window features. */
  wordHash: Uint32Array;
  lowerHash: Uint32Array;
  shortHash: Uint32Array;
  longHash: Uint32Array;
}

export interface DocumentView {
  sentences: SentenceView[];
  /**
   * How each lower-cased word is written where case is informative (not sentence
   * initial, not in a capitals sentence): a set of X (capitalised), A (all capitals),
   * x (lower case), as a sorted string.
   */
  caseElsewhere: Map<string, string>;
  /** The document reads like sports news (where city names are usually teams). */
  sports: boolean;
  /** The document reads like business news (where capitalised names are usually companies). */
  business: boolean;
}

// Words that mark sports reports; several distinct ones must occur.
const SPORTS_WORDS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'golf', 'baseball', 'basketball', 'rugby', 'hockey', 'cycling',
  'athletics', 'boxing', 'league', 'cup', 'season', 'match', 'matches', 'innings', 'wickets', 'wicket',
  'goal', 'goals', 'scored', 'striker', 'midfielder', 'coach', 'homer', 'inning', 'pitcher', 'tournament',
  'championship', 'champions', 'standings', 'half-time', 'halftime', 'seeded', 'semifinal', 'semi-final',
  'quarter-final', 'quarterfinal', 'final', 'olympic', 'olympics', 'race', 'lap', 'points', 'draw', 'beat',
  'defeated', 'victory', 'win', 'game', 'games', 'played', 'team', 'club', 'player', 'players', 'runs',
]);

// Words that mark business and market reports.
const BUSINESS_WORDS = new Set([
  'shares', 'share', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'dividend', 'quarter', 'stock',
  'stocks', 'forecast', 'net', 'percent', 'pct', 'million', 'billion', 'company', 'companies', 'firm', 'bank',
  'banks', 'market', 'markets', 'investors', 'analysts', 'sales', 'group', 'corp', 'inc', 'ltd', 'plc',
  'results', 'traders', 'bond', 'bonds', 'index', 'prices', 'trading', 'merger', 'acquisition', 'deal',
]);

function isCapsSentence(words: string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const word of words) {
    const flags = caseFlags(word);
    if (!flags.hasLetter) continue;
    letters++;
    if (flags.allCaps) caps++;
  }
  return letters >= 2 && caps / letters >= 0.75;
}

function isTableSentence(words: string[]): boolean {
  let numbers = 0;
  for (const word of words) if (/^[\d.,:\-\/]+$/.test(word) && /\d/.test(word)) numbers++;
  return words.length >= 3 && numbers / words.length >= 0.3;
}

export function documentView(sentences: readonly (readonly string[])[], gazetteer: Gazetteer, clusters: WordClusters = WordClusters.EMPTY): DocumentView {
  const views: SentenceView[] = sentences.map((tokens) => {
    const words = tokens.map(normalizeToken);
    const flags = words.map(caseFlags);
    const lower = words.map((w) => foldDigits(w.toLowerCase()));
    const initCap = flags.map((f) => f.initCap);
    const capsSentence = isCapsSentence(words);
    const longShapes = words.map(longShape);
    const shortShapes = words.map(shortShape);
    return {
      words,
      lower,
      longShapes,
      shortShapes,
      wordHash: Uint32Array.from(words, (w) => fnv(w)),
      lowerHash: Uint32Array.from(lower, (w) => fnv(w)),
      shortHash: Uint32Array.from(shortShapes, (w) => fnv(w)),
      longHash: Uint32Array.from(longShapes, (w) => fnv(w)),
      initCap,
      allCaps: flags.map((f) => f.allCaps),
      capsSentence,
      tableSentence: isTableSentence(words),
      gazetteer: gazetteer.match(lower, (i) => initCap[i]!),
      clusters: clusters.size ? words.map((w) => clusters.of(foldDigits(w))) : [],
    };
  });
  const seen = new Map<string, Set<string>>();
  for (const view of views) {
    if (view.capsSentence) continue;
    for (let i = 1; i < view.words.length; i++) {
      const word = view.words[i]!;
      const first = word.charCodeAt(0);
      if (!(first >= 65 && first <= 90) && !(first >= 97 && first <= 122)) continue;
      const kind = view.allCaps[i] && word.length > 1 ? 'A' : view.initCap[i] ? 'X' : 'x';
      let kinds = seen.get(view.lower[i]!);
      if (!kinds) seen.set(view.lower[i]!, (kinds = new Set()));
      kinds.add(kind);
    }
  }
  const caseElsewhere = new Map<string, string>();
  for (const [word, kinds] of seen) caseElsewhere.set(word, [...kinds].sort().join(''));
  const sportsWords = new Set<string>();
  const businessWords = new Set<string>();
  for (const view of views) {
    for (const word of view.lower) {
      if (SPORTS_WORDS.has(word)) sportsWords.add(word);
      if (BUSINESS_WORDS.has(word)) businessWords.add(word);
    }
  }
  return { sentences: views, caseElsewhere, sports: sportsWords.size >= 4, business: businessWords.size >= 4 };
}

/**
 * The order in which sentences are tagged: mixed-case sentences first, then headlines
 * written in capitals, so that a headline can use what the body said about its words.
 */
export function taggingOrder(view: DocumentView): number[] {
  const order: number[] = [];
  view.sentences.forEach((s, i) => { if (!s.capsSentence) order.push(i); });
  view.sentences.forEach((s, i) => { if (s.capsSentence) order.push(i); });
  return order;
}
