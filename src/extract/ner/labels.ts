// BILOU labels over the four CoNLL types, and the transitions a well-formed sequence allows.

export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

/** Index 0 is O; then B, I, L, U for each class in ENTITY_CLASSES order. */
export const LABELS: readonly string[] = ['O', ...ENTITY_CLASSES.flatMap((c) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${c}`))];
export const LABEL_COUNT = LABELS.length;
export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** Position letter of a label index: 'O', 'B', 'I', 'L' or 'U'. */
export function positionOf(label: number): string {
  return label === 0 ? 'O' : 'BILU'[(label - 1) % 4]!;
}

/** Class index (into ENTITY_CLASSES) of a label index, or -1 for O. */
export function classOf(label: number): number {
  return label === 0 ? -1 : Math.floor((label - 1) / 4);
}

/**
 * allowedAfter[prev * LABEL_COUNT + next] is 1 when `next` may follow `prev`.
 * prev = LABEL_COUNT stands for the start of a sentence.
 */
export const allowedAfter: Uint8Array = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    const open = prev < LABEL_COUNT && (positionOf(prev) === 'B' || positionOf(prev) === 'I');
    for (let next = 0; next < LABEL_COUNT; next++) {
      const pos = positionOf(next);
      const continues = pos === 'I' || pos === 'L';
      const ok = open ? continues && classOf(next) === classOf(prev) : !continues;
      table[prev * LABEL_COUNT + next] = ok ? 1 : 0;
    }
  }
  return table;
})();

/** Labels that may end a sentence (nothing left open). */
export const allowedAtEnd: Uint8Array = Uint8Array.from(LABELS, (_, i) => (positionOf(i) === 'B' || positionOf(i) === 'I' ? 0 : 1));

/**
 * A training tag for a token whose label is unknown (annotated data that does not follow our
 * conventions there): training neither rewards nor penalises any label on it.
 */
export const UNLABELLED_TAG = '?';

/** IOB/IOB2 tags (B-X, I-X, O) to BILOU label strings; UNLABELLED_TAG passes through and ends a span. */
export function iobToBilou(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === 'O' || tag === UNLABELLED_TAG) { out.push(tag); continue; }
    const type = tag.slice(2);
    const prev = tags[i - 1];
    const begins = tag.startsWith('B-') || prev === undefined || prev === 'O' || prev.slice(2) !== type;
    const next = tags[i + 1];
    const ends = next === undefined || next === 'O' || next.startsWith('B-') || next.slice(2) !== type;
    out.push(`${begins ? (ends ? 'U' : 'B') : ends ? 'L' : 'I'}-${type}`);
  }
  return out;
}

export interface TokenSpan {
  /** First token, inclusive. */
  start: number;
  /** Last token, exclusive. */
  end: number;
  type: EntityClass;
}

/** Spans from BILOU (or IOB) label strings; an unclosed or stray inside label still yields a span. */
export function spansOfLabels(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  const close = (end: number) => {
    if (open) { open.end = end; spans.push(open); open = null; }
  };
  labels.forEach((label, i) => {
    if (label === 'O') { close(i); return; }
    const pos = label[0]!;
    const type = label.slice(2) as EntityClass;
    const continues = (pos === 'I' || pos === 'L') && open !== null && (open as TokenSpan).type === type;
    if (!continues) { close(i); open = { start: i, end: i + 1, type }; }
    if (pos === 'L' || pos === 'U') close(i + 1);
  });
  close(labels.length);
  return spans;
}
