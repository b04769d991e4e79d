/**
 * In hyphenated words only the name part is an entity: "ISIS-controlled" → "ISIS",
 * "anti-Kremlin" → "Kremlin", "Russian-made" → "Russian", "ex-Baathist" → "Baathist".
 * Returns the [start, end] offsets within the span to keep; a name such as "ISIS-K" or
 * "Deir ez-Zor" is left whole because its last part is capitalised.
 */
// Lower-case particles that belong to names ("al-Baghdadi", "bin-Laden", "von-…").
const NAME_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ibn', 'bin', 'ben', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'le', 'la', 'e', 'ez', 'es']);

export function trimLowercaseHyphenParts(span: string): [number, number] {
  let start = 0;
  let end = span.length;
  // Leading lower-case prefixes: anti-, post-, pro-, ex-, non-.
  for (let m = /^([a-z]+)[-‐]/.exec(span); m && !NAME_PARTICLES.has(m[1]!) && start + m[0].length < end; m = /^([a-z]+)[-‐]/.exec(span.slice(start))) {
    start += m[0].length;
  }
  // Trailing lower-case suffixes: -controlled, -made, -backed, -speaking.
  for (let m = /[-‐]([a-z]+)$/.exec(span.slice(start, end)); m && end - m[0].length > start; m = /[-‐]([a-z]+)$/.exec(span.slice(start, end))) {
    // Keep particles inside names ("Deir ez-Zor" ends in a capital, "al-Baghdadi" too).
    end -= m[0].length;
  }
  return [start, end];
}
