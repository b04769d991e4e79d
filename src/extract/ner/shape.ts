// Word shapes: the long shape maps each character to X, x, d or itself; the short
// shape also collapses runs ("McDonald" → long "XxXxxxxx", short "XxXx").

function classChar(code: number, char: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper) return char === upper ? 'X' : 'x';
  return char;
}

export function longShape(word: string): string {
  let out = '';
  for (let i = 0; i < word.length && i < 16; i++) out += classChar(word.charCodeAt(i), word[i]!);
  return out;
}

export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = classChar(word.charCodeAt(i), word[i]!);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export interface CaseFlags {
  initCap: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  hasDigit: boolean;
  hasLower: boolean;
}

export function caseFlags(word: string): CaseFlags {
  const hasUpper = word !== word.toLowerCase();
  const hasLower = word !== word.toUpperCase();
  const first = word[0] ?? '';
  return {
    initCap: first !== first.toLowerCase(),
    allCaps: hasUpper && !hasLower,
    hasLetter: hasUpper || hasLower,
    hasDigit: /\d/.test(word),
    hasLower,
  };
}
