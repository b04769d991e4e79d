import { createMemoryStore } from './testing/memory-store.js';
import { ingestSuite } from './testing/ingest-suite.js';

// The in-memory test double; after merging, the same suite runs against the real stores.
ingestSuite('the in-memory test double', async () => createMemoryStore());
