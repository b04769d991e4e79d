// Greedy decoding can be trapped inside a name it opened one token too early: once a
// name is open, BILOU only lets it continue, so "Islamic State is trying" can come out
// as one ORG. Names do not contain lower-case words (other than particles) or
// punctuation, so a name is cut just before the first such token.

import { LABEL_INDEX, positionOf } from './labels.js';

const NAME_PARTICLES = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'della', 'der', 'den', 'des', 'du', 'da', 'di', 'do', 'dos', 'das',
  'van', 'von', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'y', 'e', 'on', 'in', 'at', 'upon', 'am', 'an', 'zu', 'ter', 'ten', 'st', 'st.', 'a', 'to', 'du',
]);
const NAME_PUNCTUATION = new Set(['&', '.', '-', "'", '’', '/']);

/** True when a token cannot be inside a name (after its first token). */
export function breaksName(token: string): boolean {
  const first = token.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  if (/\p{Ll}/u.test(ch)) return !NAME_PARTICLES.has(token.toLowerCase()) && !/^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|de|da|di|du|van|von)[-‐]/.test(token);
  if (/[\p{L}\p{N}]/u.test(ch)) return false;
  return !NAME_PUNCTUATION.has(token);
}

/** Cuts every name at its first name-breaking token (labels are BILOU strings, changed in place). */
export function trimNames(tokens: readonly string[], labels: string[]): string[] {
  for (let start = 0; start < labels.length; start++) {
    if (positionOf(LABEL_INDEX.get(labels[start]!)!) !== 'B') continue;
    let end = start + 1;
    while (end < labels.length && positionOf(LABEL_INDEX.get(labels[end]!)!) === 'I') end++;
    // labels[end] is the L of this name
    const type = labels[start]!.slice(2);
    for (let k = start + 1; k <= end + 1 && k <= labels.length; k++) {
      // Past the end: only a name that ends in a punctuation token ("al-Hourani .") is cut.
      if (k === end + 1 && !/^\p{P}+$/u.test(tokens[end]!)) break;
      if (k <= end && !breaksName(tokens[k]!)) continue;
      // a name never ends in a particle either: back up over trailing particles
      let last = k - 1;
      while (last > start && (NAME_PARTICLES.has(tokens[last]!.toLowerCase()) || /^\p{P}+$/u.test(tokens[last]!))) last--;
      labels[start] = last === start ? `U-${type}` : `B-${type}`;
      if (last > start) labels[last] = `L-${type}`;
      for (let j = last + 1; j <= end; j++) labels[j] = 'O';
      break;
    }
    start = end;
  }
  return labels;
}
