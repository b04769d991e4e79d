// Token forms the features see: news punctuation folded to CoNLL's ASCII conventions.

const FOLDS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"'],
  [/[\u2014\u2015]/g, '--'],
  [/[\u2010\u2011\u2012\u2013\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/\u00A0/g, ' '],
];

/** Curly quotes, dashes and ellipses to ASCII; `` and '' (PTB quotes) to ". */
export function normalizeToken(token: string): string {
  let out = token;
  if (/[^\x00-\x7F]/.test(out)) for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  if (out === '``' || out === "''") return '"';
  return out;
}

/** Digits to 0 so that numbers share features ("1996-08-22" → "0000-00-00"). */
export function foldDigits(word: string): string {
  return /\d/.test(word) ? word.replace(/\d/g, '0') : word;
}
