// Features are 32-bit hashes, never strings: a feature is a template seed mixed with the
// hashes of its parts (word, shape, label), so tagging builds no strings and looks ids up
// in a typed-array table. Distinct features may collide; at our ~10^5 features that is a
// handful of rare pairs, the usual price of feature hashing.

/** FNV-1a over UTF-16 code units [from, to). */
export function fnv(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Order-dependent combination; for a fixed a it is a bijection of b. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The seed of a feature template, from its name. */
export function template(name: string): number {
  return mix(fnv(name), 0x5bd1e995);
}

/** Open-addressing table from feature hash to feature id (row of the weight matrix). */
export class FeatureTable {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(readonly hashes: Uint32Array) {
    let capacity = 16;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    hashes.forEach((hash, id) => {
      let slot = hash & this.mask;
      while (this.values[slot] !== -1) {
        if (this.keys[slot] === hash) throw new Error(`feature table: hash ${hash} listed twice`);
        slot = (slot + 1) & this.mask;
      }
      this.keys[slot] = hash;
      this.values[slot] = id;
    });
  }

  get size(): number {
    return this.hashes.length;
  }

  /** The feature's id, or -1 when the model does not know it. */
  get(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const value = this.values[slot]!;
      if (value === -1 || this.keys[slot] === hash) return value;
      slot = (slot + 1) & this.mask;
    }
  }
}
