/**
 * Input that cannot be read as an article (empty, binary, not UTF-8, too large, no text).
 * The message is one line, "<input>: <reason>", ready for standard error; `reason` alone
 * goes into the `{"file", "error"}` line of `--jsonl`.
 */
export class InputError extends Error {
  constructor(public input: string, public reason: string) {
    super(`${oneLine(input)}: ${oneLine(reason)}`);
    this.name = 'InputError';
    this.reason = oneLine(reason);
  }
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}
