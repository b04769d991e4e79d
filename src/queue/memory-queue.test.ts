import { MemoryQueue } from './memory-queue.js';
import { queueConformance } from './queue-conformance.js';

queueConformance('in memory', async () => new MemoryQueue());
