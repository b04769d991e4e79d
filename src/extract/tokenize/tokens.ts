import type { Token } from '../types.js';

// Abbreviations whose final period belongs to the word (titles, months, company suffixes).
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr gen col lt sgt capt maj rep sen gov rev st jr sr prof adm cmdr brig pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp ltd co mt ft ave ' +
    'dept est approx fig al spc pfc cpl pvt ssgt msgt cdr').split(' '),
);

// One alternative per token kind, tried in order at each position.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?://[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]`, // URL
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S. / D.C. / a.m.
    String.raw`\p{Lu}\.(?=[ \u00a0]\p{Lu}\p{Ll})`, // a middle initial: "Isiah L. Booker"
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}])`, // 1,000  3.5  9/11  2003-2004  1990s
    String.raw`[\p{L}\p{N}\p{M}]+(?:[-'’.&][\p{L}\p{N}\p{M}]+)*`, // words, hyphenated words, O'Neill
    String.raw`\.\.\.|…|--|—|–|[^\s]`, // punctuation, one symbol at a time
  ].join('|'),
  'gyu',
);

const CLITIC = /^(.+?)((?:['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))|(?:n['’]t|N['’]T))$/u;

/** Splits a text into tokens with exact offsets; whitespace is never part of a token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = from;
  let pos = from;
  while (pos < to) {
    // Skip whitespace (including no-break and other Unicode spaces) quickly.
    const code = text.charCodeAt(pos);
    if (code <= 32 || code === 0xa0 || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x3000 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b)) {
      pos++;
      continue;
    }
    TOKEN_PATTERN.lastIndex = pos;
    const match = TOKEN_PATTERN.exec(text);
    if (!match || match.index !== pos) {
      tokens.push({ start: pos, end: pos + 1, text: text[pos]! });
      pos++;
      continue;
    }
    let end = Math.min(pos + match[0].length, to);
    let word = text.slice(pos, end);
    // "Gen." keeps its period; "ended." does not.
    if (text[end] === '.' && ABBREVIATIONS.has(word.toLowerCase()) && end + 1 <= to) {
      end++;
      word += '.';
    }
    pushWithClitics(tokens, word, pos);
    pos = end;
  }
  return tokens;
}

function pushWithClitics(tokens: Token[], word: string, start: number): void {
  const clitic = word.length > 2 ? CLITIC.exec(word) : null;
  if (clitic && clitic[1]!.length > 0 && !/['’]$/.test(clitic[1]!)) {
    const stem = clitic[1]!;
    tokens.push({ start, end: start + stem.length, text: stem });
    tokens.push({ start: start + stem.length, end: start + word.length, text: clitic[2]! });
    return;
  }
  tokens.push({ start, end: start + word.length, text: word });
}
