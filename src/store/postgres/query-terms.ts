/** The words of a PostgreSQL text query, as ranking needs them. */
export interface QueryTerms {
  /** Each word once, in the query's order. */
  lexemes: string[];
  /** Only words that must all be present (&, phrases): no OR, no -word. */
  plain: boolean;
  /** Some words must be adjacent (`<->`, `<N>`): the postings say which documents have the words, not where. */
  phrase: boolean;
}

// A quoted lexeme as tsquery prints it: '' for a quote, \\ for a backslash; then weights or prefix.
const LEXEME = /'((?:[^'\\]|''|\\.)*)'(?::[*A-D]+)?/g;

/** The words of a tsquery's text (`'donald' & 'trump'`, `'white' <-> 'hous'`), or null when it has none. */
export function parseTsquery(text: string): QueryTerms | null {
  const lexemes = [...new Set([...text.matchAll(LEXEME)].map((m) => m[1]!.replace(/''/g, "'").replace(/\\(.)/g, '$1')))];
  if (lexemes.length === 0) return null;
  const operators = text.replace(LEXEME, ' ');
  return { lexemes, plain: !/[|!]/.test(operators), phrase: /</.test(operators) };
}
