/** What became of one input (or one file of a folder, one item of a feed). */
export type Outcome = 'added' | 'unchanged' | 'version' | 'duplicate' | 'failed';

export interface IngestCounts {
  /** New documents that repeat nothing already stored. */
  added: number;
  /** Inputs whose text was already stored (same content hash): nothing written. */
  unchanged: number;
  /** Changed articles at a stored URL, saved as new versions linked to the old. */
  versions: number;
  /** Near-duplicates (syndicated copies) saved and linked to the earliest copy. */
  duplicates: number;
  /** Inputs that could not be ingested; each is recorded with its reason. */
  failed: number;
}

export function emptyCounts(): IngestCounts {
  return { added: 0, unchanged: 0, versions: 0, duplicates: 0, failed: 0 };
}

const COUNT_OF: Record<Outcome, keyof IngestCounts> = {
  added: 'added',
  unchanged: 'unchanged',
  version: 'versions',
  duplicate: 'duplicates',
  failed: 'failed',
};

export function addOutcome(counts: IngestCounts, outcome: Outcome): void {
  counts[COUNT_OF[outcome]]++;
}
