/** Runs the real command line tool from a browser journey, to compare the app with it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export function runQuickscan(...args: string[]): string {
  return execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(root, 'tsconfig.node.json'),
      join(root, 'cli/quickscan.ts'),
      ...args,
    ],
    { encoding: 'utf8' },
  );
}

/** Writes JSON to a temporary file and returns its path. */
export function writeTempJson(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'quickscan-e2e-')), name);
  writeFileSync(path, content);
  return path;
}
