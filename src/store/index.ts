// The store's public surface: open one, the Store interface and its types, its errors.
export { openStore, storeLocation, DEFAULT_STORE_LOCATION } from './open.js';
export { SqliteStore } from './sqlite/sqlite-store.js';
export { PostgresStore } from './postgres/postgres-store.js';
export { StoreQueryError, StoreRequestError } from './errors.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './sql/paging.js';
export * from './store.js';
