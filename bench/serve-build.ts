/**
 * What the browser benches share: a production build in a folder of their own (never dist/, which the end-to-end
 * tests serve), a `vite preview` of it, and example answers from the command line tool.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { assertNothingListens, waitForServer } from './wait-for-server.ts';

const root = join(import.meta.dirname, '..');
const vite = join(root, 'node_modules/vite/bin/vite.js');

/** Builds the app into `outDir`, emptied first. */
export function buildApp(outDir: string): void {
  execFileSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'silent', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

/**
 * Serves `outDir` with `vite preview` at 127.0.0.1:`port` and waits until it answers. Refuses a port on which
 * something already answers, so a bench never measures another server. Stop it with `kill()`.
 */
export async function startPreview(outDir: string, port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  await assertNothingListens(base);
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  try {
    await waitForServer(base);
  } catch (error) {
    server.kill();
    throw error;
  }
  return server;
}

/** An answers file from the command line tool's examples (`quickscan example --profile <profile> ...options`). */
export function exampleAnswers(profile: 'best' | 'worst' | 'mixed', ...options: string[]): string {
  return execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(root, 'tsconfig.node.json'),
      join(root, 'cli/quickscan.ts'),
      'example',
      '--profile',
      profile,
      ...options,
    ],
    { cwd: root, encoding: 'utf8' },
  );
}
