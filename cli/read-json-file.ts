import { readFile, stat } from 'node:fs/promises';
import { formatBytes } from '../questionnaire/answers-file.ts';
import { CliError } from './cli-error.ts';

/**
 * Reads and parses a JSON file, refusing what is missing, not a file, too large (before reading it),
 * empty or not JSON, each with a one-line message that names the file. A byte order mark is ignored.
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new CliError(`${path}: the file is empty`);
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    throw new CliError(`${path}: not valid JSON (${detail})`);
  }
}
