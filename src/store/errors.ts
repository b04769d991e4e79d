/**
 * A request the store cannot honour as asked (unknown entity, empty reason, grade out of
 * range): the caller's mistake, to be shown as a 400/422, not a crash.
 */
export class StoreRequestError extends Error {
  constructor(public field: string, public reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'StoreRequestError';
  }
}

/** A failed query, with the SQL and its parameters kept for diagnosis. */
export class StoreQueryError extends Error {
  constructor(public sql: string, public params: readonly unknown[], cause: unknown) {
    super(`${cause instanceof Error ? cause.message : String(cause)} — in: ${sql.replace(/\s+/g, ' ').trim()}`, { cause });
    this.name = 'StoreQueryError';
  }
}
