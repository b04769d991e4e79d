// Jobs taken one by one from a queue are ingested together: each resolution re-clusters the
// corpus, so a worker gathers what its concurrent jobs hand it and ingests them as one run.

/** What became of one input of a run: failed with a reason, or not. */
export type RunOutcome = { failed: false } | { failed: true; reason: string };

export class Batcher {
  private gathered: { input: string; settle: (outcome: RunOutcome | Error) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  /**
   * @param run ingests the inputs and says what became of each
   * @param size how many inputs make a run at once
   * @param waitMs how long the first input of a run waits for others
   */
  constructor(
    private readonly run: (inputs: string[]) => Promise<Map<string, RunOutcome>>,
    private readonly size: number,
    private readonly waitMs: number,
  ) {}

  /** Resolves when the input's run is done; rejects with the reason if the input failed. */
  submit(input: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.gathered.push({
        input,
        settle: (outcome) => {
          if (outcome instanceof Error) reject(outcome);
          else if (outcome.failed) reject(new Error(outcome.reason));
          else resolve();
        },
      });
      if (this.gathered.length >= this.size) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.waitMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.gathered;
    this.gathered = [];
    if (batch.length === 0) return;
    // One run at a time: they share the store and the resolver.
    this.running = this.running.then(async () => {
      try {
        const outcomes = await this.run(batch.map((b) => b.input));
        for (const b of batch) b.settle(outcomes.get(b.input) ?? { failed: false });
      } catch (error) {
        for (const b of batch) b.settle(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }
}
