import { readFile, stat } from 'node:fs/promises';
import { formatBytes } from '../questionnaire/answers-file.ts';
import { decodeJsonBytes, parseJsonText } from '../questionnaire/json-text.ts';
import { CliError } from './cli-error.ts';

/**
 * Reads and parses a JSON file through the same boundary as the web app (`decodeJsonBytes`, `parseJsonText`),
 * refusing what is missing, not a file, too large (before reading it), not UTF-8 (UTF-16 included), empty,
 * not JSON, nested too deeply or with a key twice in one object, each with a one-line message that names the
 * file and never quotes raw bytes. A byte order mark is ignored.
 */
export async function readJsonFile(path: string, maxBytes: number): Promise<unknown> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${path}: file not found` : `${path}: cannot be read (${code ?? 'unknown error'})`,
    );
  }
  if (size > maxBytes) {
    throw new CliError(`${path}: file is too large (${formatBytes(size)}; at most ${formatBytes(maxBytes)})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  // The file may have grown since `stat`.
  if (bytes.length > maxBytes) {
    throw new CliError(
      `${path}: file is too large (${formatBytes(bytes.length)}; at most ${formatBytes(maxBytes)})`,
    );
  }
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) throw new CliError(`${path}: ${decoded.issue}`);
  const parsed = parseJsonText(decoded.text);
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.issue}`);
  return parsed.data;
}
