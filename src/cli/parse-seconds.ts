import { InvalidArgumentError } from 'commander';

/** "20", "0.5" → seconds as a positive number. */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(seconds > 0)) throw new InvalidArgumentError(`"${value}" is not a positive number of seconds`);
  return seconds;
}
