import { CommanderError, type Command } from 'commander';

/**
 * Runs the command line and returns the exit code: an error becomes one line on stderr
 * ("dossier: no entity …"), not a stack trace. Commander's own usage errors (a missing
 * --reason) are already printed by commander when they arrive here.
 */
export async function runProgram(program: Command, argv: readonly string[], stderr: { write(text: string): unknown }): Promise<number> {
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    stderr.write(`dossier: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
