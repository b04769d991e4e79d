/** With --help or -h among the arguments: prints the script's usage to stdout and ends the process. */
export function helpRequested(usage: string, args: readonly string[] = process.argv.slice(2)): void {
  if (!args.includes('--help') && !args.includes('-h')) return;
  console.log(usage.trim());
  process.exit(0);
}
