// 64-bit SimHash (Charikar) over the distinct 3-word shingles of a text. Copies of one
// story that differ in a header line, a byline or a footer share most shingles, so their
// fingerprints differ in few bits (0–10 on test articles of 150–1,600 words); unrelated
// articles, even on the same topic, differ in 25 or more.

const SHINGLE_WORDS = 3;

/** Copies at most this many bits apart are near-duplicates. */
export const NEAR_DUPLICATE_BITS = 10;

/** Least certain bits per 16-bit band that probes flip (2^3 − 1 = 7 extra look-ups). */
const PROBE_BITS_PER_BAND = 3;

export interface Fingerprint {
  /** The SimHash, 16 hex digits. */
  simhash: string;
  /**
   * The SimHash and variants with its least certain bits flipped. A store finds candidates
   * sharing one 16-bit band; copies up to NEAR_DUPLICATE_BITS apart may share none, but the
   * bits that differ are nearly always the ones whose shingle votes were closest to a tie,
   * so a variant with those flipped shares a band (multi-probe look-up).
   */
  probes: string[];
}

export function fingerprint(text: string): Fingerprint {
  const votes = shingleVotes(text);
  const bits = Array.from(votes, (vote) => vote > 0);
  const leastCertain = [0, 16, 32, 48].map((start) =>
    Array.from({ length: 16 }, (_, i) => start + i)
      .sort((a, b) => Math.abs(votes[a]!) - Math.abs(votes[b]!) || a - b)
      .slice(0, PROBE_BITS_PER_BAND),
  );
  const probes = [toHex(bits)];
  // A probe flips the same choice of uncertain bits in every band at once: bands are
  // matched independently, so one probe serves all four bands.
  for (let mask = 1; mask < 1 << PROBE_BITS_PER_BAND; mask++) {
    const flipped = bits.slice();
    for (const band of leastCertain) band.forEach((bit, k) => { if (mask & (1 << k)) flipped[bit] = !flipped[bit]; });
    probes.push(toHex(flipped));
  }
  return { simhash: probes[0]!, probes };
}

/** SimHash of `text` as 16 hex digits. */
export function simhash(text: string): string {
  return toHex(Array.from(shingleVotes(text), (vote) => vote > 0));
}

/** Number of differing bits between two 16-hex-digit fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      distance++;
    }
  }
  return distance;
}

/** The four 16-bit bands (4 hex digits each) a store indexes for candidate look-up. */
export function simhashBands(fingerprint: string): string[] {
  return [0, 4, 8, 12].map((i) => fingerprint.slice(i, i + 4));
}

/** Per bit, shingles voting 1 minus shingles voting 0. */
function shingleVotes(text: string): Int32Array {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  if (shingles.size === 0 && words.length > 0) shingles.add(words.join(' '));
  const votes = new Int32Array(64);
  for (const shingle of shingles) {
    const high = mix32(fnv1a32(shingle, 0x811c9dc5));
    const low = mix32(fnv1a32(shingle, 0x5bd1e995));
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (high >>> (31 - bit)) & 1 ? 1 : -1;
      votes[32 + bit]! += (low >>> (31 - bit)) & 1 ? 1 : -1;
    }
  }
  return votes;
}

/** FNV-1a over UTF-16 code units; the seed makes the two halves independent. */
function fnv1a32(value: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** murmur3's finaliser: FNV alone leaves similar shingles with similar high bits. */
function mix32(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function toHex(bits: boolean[]): string {
  let hex = '';
  for (let i = 0; i < 64; i += 4) hex += ((+bits[i]! << 3) | (+bits[i + 1]! << 2) | (+bits[i + 2]! << 1) | +bits[i + 3]!).toString(16);
  return hex;
}
