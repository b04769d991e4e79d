// "The raid suggests…", "the picture shows…": a cue verb after an event or an object is the
// writer's inference, not an attribution (seeds-gold: unattributed suggestions are not
// quotes). Reported speech whose source ends in such a noun is dropped; documents that speak
// ("the report said") are kept.

const INANIMATE_HEADS = new Set([
  'raid', 'raids', 'strike', 'strikes', 'attack', 'attacks', 'bombing', 'explosion', 'crash', 'meeting', 'meetings',
  'picture', 'pictures', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'fact', 'place', 'move',
  'decision', 'incident', 'operation', 'war', 'conflict', 'timing', 'pattern', 'episode',
]);

/** Whether a reported-speech source is an event or an object rather than someone or a document. */
export function isInanimateSource(sourceText: string): boolean {
  // The head noun stands before any prepositional phrase: "the planned attack on Deir Ezzor".
  const head = sourceText.split(/\s+(?:of|on|in|at|against|by|from|near|over)\s+/i)[0]!;
  const words = head.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && INANIMATE_HEADS.has(words[words.length - 1]!);
}
