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

  it('refuses UTF-16, little and big endian, saying to save it as UTF-8', async () => {
    const le = join(dir, 'utf16le.json');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a": 1}', 'utf16le')]));
    expect(await messageOf(readJsonFile(le, MiB))).toBe(`${le}: the file is UTF-16 text; save it as UTF-8`);
    const be = join(dir, 'utf16be.json');
    writeFileSync(be, Buffer.from('{"a": 1}', 'utf16le').swap16());
    expect(await messageOf(readJsonFile(be, MiB))).toBe(`${be}: the file is UTF-16 text; save it as UTF-8`);
  });

  it('refuses bytes that are not UTF-8 without quoting them', async () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from('{"a": "caf\u00e9\u001b[2J"}', 'latin1'));
    const message = await messageOf(readJsonFile(path, MiB));
    expect(message).toMatch(/latin1\.json: the file is not UTF-8 text .*; save it as UTF-8$/);
    expect(message).not.toMatch(/[\p{Cc}]/u);
  });

  it('refuses JSON nested 8,000 levels deep', async () => {
    const path = write('deep.json', `${'['.repeat(8000)}${']'.repeat(8000)}`);
    expect(await messageOf(readJsonFile(path, MiB))).toBe(
      `${path}: the data is nested too deeply (more than 64 levels of objects and arrays)`,
    );
  });

  it('refuses a key twice in one object, with its path', async () => {
    const path = write('twice.json', '{"answers": {"a": "x", "a": "y"}}');
    expect(await messageOf(readJsonFile(path, MiB))).toBe(`${path}: at answers: the key "a" appears twice`);
  });

  it('never quotes control characters of text that is not JSON', async () => {
    const path = write('escape.json', '\u001b[2J\u001b]0;pwned\u0007');
    const message = await messageOf(readJsonFile(path, MiB));
    expect(message).toMatch(/escape\.json: not valid JSON \(.+\)$/);
    expect(message).not.toMatch(/[\p{Cc}]/u);
  });

  it('names a missing file and a folder', async () => {
    expect(await messageOf(readJsonFile(join(dir, 'missing.json'), MiB))).toMatch(
      /missing\.json: file not found$/,
    );
    expect(await messageOf(readJsonFile(dir, MiB))).toBe(`${dir}: not a file`);
  });
});
