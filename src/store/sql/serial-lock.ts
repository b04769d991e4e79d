/**
 * Runs tasks one after another. One SQLite connection has one transaction at a time, so a
 * statement issued while another caller's transaction awaits must wait for it to end.
 */
export class SerialLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
