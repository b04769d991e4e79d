// Who reported something, and which reports are not independent of each other.

/** A report's origin: one document, its outlet, and the earlier copy it repeats (syndication). */
export interface SourceRef {
  documentId: string;
  outlet: string | null;
  /** The earliest near-duplicate this document repeats, or null. */
  duplicateOf: string | null;
}

/** NATO Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export const RELIABILITIES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/**
 * The key under which reports count once: the same outlet counts once, and a syndicated copy
 * counts as the document it copies. Outlets are compared case- and space-insensitively.
 */
export function independenceKey(ref: SourceRef, outletOf: (documentId: string) => string | null = () => null): string {
  const root = ref.duplicateOf ?? ref.documentId;
  const outlet = (ref.duplicateOf ? outletOf(ref.duplicateOf) ?? ref.outlet : ref.outlet)?.trim().toLowerCase().replace(/\s+/g, ' ');
  return outlet ? `outlet:${outlet}` : `document:${root}`;
}

/** How many independent sources a set of reports has. */
export function countIndependent(refs: readonly SourceRef[], outletOf?: (documentId: string) => string | null): number {
  return new Set(refs.map((r) => independenceKey(r, outletOf))).size;
}

/** A before B when A is more reliable; F (cannot be judged) ranks last. */
export function moreReliable(a: Reliability, b: Reliability): boolean {
  return RELIABILITIES.indexOf(a) < RELIABILITIES.indexOf(b);
}
