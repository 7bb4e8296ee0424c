import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from './cli-error.ts';
import { readJsonFile } from './read-json-file.ts';

// readFile is watched, to show that a file over the limit is refused without being read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const dir = mkdtempSync(join(tmpdir(), 'quickscan-read-json-'));
const MiB = 1024 * 1024;

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A sparse file of this size: as large as it says, without writing the bytes. */
function sparse(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return (error as CliError).message;
}

describe('readJsonFile', () => {
  beforeEach(() => {
    vi.mocked(readFile).mockClear();
  });

  it('reads a JSON file, ignoring a byte order mark', async () => {
    expect(await readJsonFile(write('ok.json', '\uFEFF{"a": 1}'), MiB)).toEqual({ a: 1 });
    expect(readFile).toHaveBeenCalledTimes(1);
  });

  it('refuses a 20 MB file as too large without reading it', async () => {
    const path = sparse('huge.json', 20 * MiB);
    expect(await messageOf(readJsonFile(path, MiB))).toBe(
      `${path}: file is too large (20.0 MiB; at most 1.0 MiB)`,
    );
    expect(readFile).not.toHaveBeenCalled();
  });

  it.each([[''], ['  \n'], ['\uFEFF']])('says an empty file (%j) is empty', async (content) => {
    const path = write('empty.json', content);
    expect(await messageOf(readJsonFile(path, MiB))).toBe(`${path}: the file is empty`);
  });

  it('says what is wrong with text that is not JSON', async () => {
    const path = write('broken.json', '{"a": ');
    expect(await messageOf(readJsonFile(path, MiB))).toMatch(/broken\.json: not valid JSON \(.+\)$/);
  });

  it('names a missing file and a folder', async () => {
    expect(await messageOf(readJsonFile(join(dir, 'missing.json'), MiB))).toMatch(
      /missing\.json: file not found$/,
    );
    expect(await messageOf(readJsonFile(dir, MiB))).toBe(`${dir}: not a file`);
  });
});
