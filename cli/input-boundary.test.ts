/**
 * The command line tool at its input boundary: files nested too deeply, with a key twice, in UTF-16 or made with
 * a questionnaire version it cannot read each give their own one-line message that names the file, the exit
 * code of every other bad file, and no stack trace. The deeply nested files and the UTF-16 file run as a real
 * process, exactly as a user runs it (the stack and the bytes are the real ones); the other cases run in-process
 * through `runCli`, the same code without starting Node and tsx again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { runQuickscanInProcess, runQuickscanProcess, type CliRun } from '../tests/fixtures/cli-process.ts';

const workDir = mkdtempSync(join(tmpdir(), 'quickscan-input-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const shipped = loadShipped();
const goodFile = () =>
  createAnswersFile(shipped, createExampleAnswers(shipped, 'mixed'), { organisationName: 'Zorg & Co' });

type Run = CliRun;

/** Runs the tool as a real process, exactly as a user does. */
const quickscanProcess = (...args: string[]) => runQuickscanProcess(workDir, ...args);

/** Runs the tool in this process through `runCli`. */
const quickscan = runQuickscanInProcess;

function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

/** A bad file is exit code 1, like every other bad answers file, with one line and no stack trace. */
function expectOneLine(run: Run, line: string) {
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`${line}\n`);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at |Error:|node:internal/);
  expect(run.stderr.trimEnd()).not.toMatch(/\p{Cc}/u);
  expect(run.code).toBe(1);
}

describe('quickscan refuses what is not a readable answers file, naming it', () => {
  it('refuses an answers file nested 8,000 levels deep, also next to good files', async () => {
    const good = writeTemp('good.json', JSON.stringify(goodFile()));
    const deep = writeTemp(
      'deep.json',
      JSON.stringify(goodFile()).replace(/}$/, `,"x":${'['.repeat(8000)}${']'.repeat(8000)}}`),
    );
    const line = `quickscan: ${deep}: the data is nested too deeply (more than 64 levels of objects and arrays)`;
    expectOneLine(await quickscanProcess('score', deep), line);
    expectOneLine(await quickscanProcess('compare', good, deep, good), line);
  });

  it('refuses a second "answers" key instead of letting it replace the first', async () => {
    const text = JSON.stringify(goodFile());
    const twice = writeTemp('twice.json', text.replace(/}$/, ',"answers":{"intake-size":"fewer-than-10"}}'));
    expectOneLine(
      await quickscan('score', twice),
      `quickscan: ${twice}: at top level: the key "answers" appears twice`,
    );
  });

  it('refuses a UTF-16 file, saying to save it as UTF-8, with no raw bytes', async () => {
    const text = JSON.stringify(goodFile());
    const utf16 = writeTemp(
      'utf16.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const run = await quickscanProcess('score', utf16);
    expectOneLine(run, `quickscan: ${utf16}: the file is UTF-16 text; save it as UTF-8`);
    expect(run.stderr).not.toContain('\u0000');
  });

  it.each(['0.9.0', '1.5.0', 'banana'])(
    'refuses a file of questionnaire version %j as one it cannot read, not as a newer one',
    async (version) => {
      const path = writeTemp(
        `version-${version}.json`,
        JSON.stringify({ ...goodFile(), questionnaire: { id: shipped.id, version } }),
      );
      const shown = version === 'banana' ? '"banana"' : version;
      expectOneLine(
        await quickscan('score', path),
        `quickscan: ${path}: not a valid answers file: at questionnaire.version: made with version ${shown} of the questionnaire, which this version of the quick scan cannot read`,
      );
    },
  );

  it('refuses a file of questionnaire version 4.0.0 as made with a newer one', async () => {
    const path = writeTemp(
      'version-4.json',
      JSON.stringify({ ...goodFile(), questionnaire: { id: shipped.id, version: '4.0.0' } }),
    );
    expectOneLine(
      await quickscan('score', path),
      `quickscan: ${path}: not a valid answers file: at questionnaire.version: made with version 4.0.0 of the questionnaire, which is newer than this one (${shipped.version}): use a newer version of the quick scan`,
    );
  });

  it('refuses a questionnaire definition nested too deeply, naming it', async () => {
    const definition = writeTemp(
      'deep-definition.json',
      `{"id":${'{"a":'.repeat(8000)}1${'}'.repeat(8000)}}`,
    );
    expectOneLine(
      await quickscanProcess('validate', definition),
      `quickscan: ${definition}: the data is nested too deeply (more than 64 levels of objects and arrays)`,
    );
  });
});
