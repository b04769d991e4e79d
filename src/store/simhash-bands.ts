/**
 * The four 16-bit bands of a 64-bit SimHash (16 hex digits). Two hashes within Hamming
 * distance 3 always share a band, so band equality finds near-duplicate candidates.
 */
export function simhashBands(simhash: string): [string, string, string, string] {
  if (!/^[0-9a-f]{16}$/i.test(simhash)) throw new Error(`simhash must be 16 hex digits, got "${simhash}"`);
  const hex = simhash.toLowerCase();
  return [hex.slice(0, 4), hex.slice(4, 8), hex.slice(8, 12), hex.slice(12, 16)];
}
