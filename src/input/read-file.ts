import { readFile, stat } from 'node:fs/promises';
import { InputError } from './input-error.js';
import { DEFAULT_MAX_BYTES, readDocument, tooLarge, type InputDocument, type ReadOptions } from './read-document.js';

export { DEFAULT_MAX_BYTES } from './read-document.js';

/**
 * Refuses a file over the limit, a directory or a missing file from fs.stat, before
 * anything is read into memory.
 */
export async function checkFileSize(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, describeFsError(error));
  }
  if (size > maxBytes) throw new InputError(path, tooLarge(size, maxBytes));
  return size;
}

/** Reads a file ("-" for standard input) and turns it into an InputDocument. */
export async function readDocumentFrom(path: string, opts: ReadOptions = {}): Promise<InputDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (path === '-') return readDocument(await readStdin('-', maxBytes), '-', { maxBytes });
  await checkFileSize(path, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
  return readDocument(bytes, path, { maxBytes });
}

/** Standard input, stopping as soon as it passes the limit (a pipe has no size to stat). */
async function readStdin(name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new InputError(name, tooLarge(null, maxBytes));
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
