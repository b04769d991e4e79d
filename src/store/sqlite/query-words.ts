import Database from 'better-sqlite3';
import { postingsOf } from './migrations.js';

/** The words of a search as the postings name them, and what else the query asks of them. */
export interface QueryWords {
  /** Each word once, in the query's order, as FTS5's tokenizer turns it (porter: "refugees" → "refuge"). */
  lexemes: string[];
  /** Only words that must all be present: no OR. */
  plain: boolean;
  /** Some words must be adjacent (a quoted phrase of two words or more). */
  phrase: boolean;
}

/**
 * Splits an FTS5 query (toFts5Query's: quoted terms, OR between some) into its words with the
 * tokenizer the index uses, in a private in-memory database: a search never writes to the store,
 * and nothing runs between the write and the read (better-sqlite3 is synchronous).
 */
export class QueryTokenizer {
  private readonly db = new Database(':memory:');
  private readonly insert;
  private readonly read;
  private readonly clear;
  private readonly insertDocument;
  private readonly readWeights;
  private readonly clearDocuments;

  constructor(tokenize: string) {
    this.db.exec(`CREATE VIRTUAL TABLE words USING fts5(text, content='', tokenize='${tokenize}');
      CREATE VIRTUAL TABLE words_instances USING fts5vocab('words', 'instance');
      CREATE VIRTUAL TABLE documents USING fts5(title, text, content='', tokenize='${tokenize}');
      CREATE VIRTUAL TABLE documents_instances USING fts5vocab('documents', 'instance');`);
    this.insert = this.db.prepare('INSERT INTO words(rowid, text) VALUES (?, ?)');
    this.read = this.db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM words_instances ORDER BY doc, offset');
    this.clear = this.db.prepare("INSERT INTO words(words) VALUES ('delete-all')");
    this.insertDocument = this.db.prepare('INSERT INTO documents(rowid, title, text) VALUES (?, ?, ?)');
    this.readWeights = this.db.prepare<[string], { lexeme: string; seq: number; impact: number }>(
      `SELECT lexeme, seq, impact FROM (${postingsOf('documents_instances')}) WHERE lexeme IN (SELECT value FROM json_each(?))`,
    );
    this.clearDocuments = this.db.prepare("INSERT INTO documents(documents) VALUES ('delete-all')");
  }

  /**
   * The documents' weights for these words, as the store's postings would hold them (the same
   * tokenizer and the same SQL): for documents saved since the postings were last added to.
   */
  weights(documents: readonly { seq: number; title: string | null; text: string }[], lexemes: readonly string[]): Map<number, Map<string, number>> {
    for (const d of documents) this.insertDocument.run(d.seq, d.title, d.text);
    const rows = this.readWeights.all(JSON.stringify(lexemes));
    this.clearDocuments.run();
    const weights = new Map<number, Map<string, number>>();
    for (const row of rows) weights.set(row.seq, (weights.get(row.seq) ?? new Map()).set(row.lexeme, row.impact));
    return weights;
  }

  words(fts5Query: string): QueryWords {
    const quoted = [...fts5Query.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    quoted.forEach((text, i) => this.insert.run(i + 1, text));
    const tokens = this.read.all();
    this.clear.run();
    const perTerm = quoted.map((_, i) => tokens.filter((t) => t.doc === i + 1).length);
    return {
      lexemes: [...new Set(tokens.map((t) => t.term))],
      plain: !/(^|\s)OR(\s|$)/.test(fts5Query.replace(/"[^"]*"/g, ' ')),
      phrase: perTerm.some((n) => n > 1),
    };
  }

  close(): void {
    this.db.close();
  }
}
