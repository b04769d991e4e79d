/** Turns `?` placeholders into PostgreSQL's `$1, $2, …`, leaving quoted text alone. */
export function numberedPlaceholders(sql: string): string {
  let out = '';
  let count = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '?') {
      out += `$${++count}`;
    } else {
      out += char;
    }
  }
  return out;
}
