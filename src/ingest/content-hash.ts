import { createHash } from 'node:crypto';

/** Hex SHA-256 of the extracted text: the same article read twice gets the same key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
