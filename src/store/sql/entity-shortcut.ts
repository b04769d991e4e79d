import type { Condition, EntityFacetSize } from './dialect.js';
import type { Term } from './postings-walk.js';

/**
 * A search's facets name an entity in fewer documents than any of its words: counting from the
 * entity's documents (each looked up in the words' postings) reads less than counting the
 * words' matches through the filter. Both stores use it for plain words (no phrase, no OR).
 */
export interface CountByEntity {
  driving: Condition;
  terms: readonly Term[];
}

export function countByEntity(terms: readonly Term[], driving: Condition, entity: EntityFacetSize | null): CountByEntity | null {
  return entity && terms.every((term) => term.documents > entity.documents) ? { driving, terms } : null;
}

/** Document `d` has every word (each word's lexeme a parameter, in order), by its postings. */
export function everyWord(terms: readonly Term[]): string {
  return terms.map(() => 'EXISTS (SELECT 1 FROM search_postings p WHERE p.lexeme = ? AND p.seq = d.seq)').join(' AND ');
}

/** `SELECT count(*) AS n` of the facets' documents that have every word. */
export function countByEntitySql(by: CountByEntity): Condition {
  return {
    sql: `SELECT count(*) AS n FROM documents d WHERE ${by.driving.sql} AND ${everyWord(by.terms)}`,
    params: [...by.driving.params, ...by.terms.map((term) => term.lexeme)],
  };
}
