import { after } from 'node:test';
import { tempSqliteStores } from '../store/testing/temp-sqlite.js';
import { ingestSuite } from './testing/ingest-suite.js';

// The real SQLite store; src/store/postgres/postgres-store.test.ts runs the same suite on PostgreSQL.
const stores = tempSqliteStores('dossier-ingest-store');
after(() => stores.cleanUp());
ingestSuite('SQLite', stores.open, { interruptedRunSize: 1000 });
