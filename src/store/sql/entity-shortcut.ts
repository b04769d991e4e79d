import type { Condition, EntityFacetSize } from './dialect.js';
import type { Term } from './postings-walk.js';

/**
 * A search for plain words (no phrase, no OR) within an entity facet, counted from the entity's
 * documents and the words' postings rather than from the words' full-text matches.
 */
export interface CountByEntity {
  driving: Condition;
  terms: readonly Term[];
}

/**
 * SQLite's choice: from the entity's documents where it is in fewer documents than every word
 * (each of them looked up in the words' postings). PostgreSQL always counts so: it merges the
 * two lists, both in document order.
 */
export function countByEntity(terms: readonly Term[], driving: Condition, entity: EntityFacetSize | null): CountByEntity | null {
  return entity && terms.every((term) => term.documents > entity.documents) ? { driving, terms } : null;
}

/** Document `d` has every word (each word's lexeme a parameter, in order), by its postings. */
export function everyWord(terms: readonly Term[]): string {
  return terms.map(() => 'EXISTS (SELECT 1 FROM search_postings p WHERE p.lexeme = ? AND p.seq = d.seq)').join(' AND ');
}

/** `SELECT count(*) AS n` of the facets' documents that have every word; `hint` follows `FROM documents d`. */
export function countByEntitySql(by: CountByEntity, hint = ''): Condition {
  return {
    sql: `SELECT count(*) AS n FROM documents d ${hint} WHERE ${by.driving.sql} AND ${everyWord(by.terms)}`,
    params: [...by.driving.params, ...by.terms.map((term) => term.lexeme)],
  };
}
