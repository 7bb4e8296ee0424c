/**
 * `quickscan encode` and `quickscan decode`: the answers code from the command line, as real processes where the
 * whole round trip matters, and in-process for the many error cases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, fromBase64Url, toBase64Url } from '../questionnaire/answers-code.ts';
import { highestCodeTableNumber } from '../questionnaire/code-tables/code-tables.ts';
import { runQuickscanInProcess, runQuickscanProcess, type CliRun } from '../tests/fixtures/cli-process.ts';
import { listNotCarried, prepareForCode } from './answers-code-output.ts';

const workDir = mkdtempSync(join(tmpdir(), 'quickscan-code-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const quickscanProcess = (...args: string[]) => runQuickscanProcess(workDir, ...args);
const quickscan = runQuickscanInProcess;

const WORKSHOP = 'Workshop-2026';

function writeTemp(name: string, content: string): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

/** A failure is one line on stderr, names what is wrong, and shows no stack trace. */
function expectOneLineError(run: CliRun, code: number, pattern: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quickscan: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

/** `quickscan example` with these arguments, written to a file. */
async function exampleFile(name: string, ...args: string[]): Promise<string> {
  const run = await quickscan('example', '--profile', 'mixed', ...args);
  expect(run.code).toBe(0);
  return writeTemp(name, run.stdout);
}

/** An example participant's file that has a workshop and a participant id. */
async function participantFile(name: string): Promise<string> {
  const path = await exampleFile(name, '--role', 'manager', '--name', 'Sanne de Vries');
  const data = JSON.parse(readFileSync(path, 'utf8'));
  data.participant = { ...data.participant, workshop: WORKSHOP, id: 'participant-7' };
  data.scannedAt = '2026-11-30';
  return writeTemp(name, JSON.stringify(data, null, 2));
}

/** A code with one byte changed and its checksum made to fit again. */
function rewrite(code: string, index: number, value: number): string {
  const bytes = fromBase64Url(code);
  if (typeof bytes === 'string') throw new Error(bytes);
  bytes[index] = value;
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

describe('quickscan encode, then decode', () => {
  it('gives back the answers of `example --role carer` (real processes)', async () => {
    const path = await exampleFile('carer.json', '--role', 'carer');
    const encoded = await quickscanProcess('encode', path, '--workshop', WORKSHOP);
    expect(encoded.code).toBe(0);
    expect(encoded.stderr).toMatch(
      /^quickscan: .*carer\.json: has no participant id; made one for this code: [\w-]{12}\n$/,
    );
    const code = encoded.stdout.trim();
    expect(code).toMatch(/^QQEC[A-Za-z0-9_-]+$/);
    const out = join(workDir, 'carer-decoded.json');
    const decoded = await quickscanProcess('decode', code, '-o', out);
    expect(decoded).toMatchObject({ code: 0, stderr: '' });
    expect(decoded.stdout).toMatch(/carer-decoded\.json: answers file written \(54 answers, role carer\)/);
    const original = JSON.parse(readFileSync(path, 'utf8'));
    const back = JSON.parse(readFileSync(out, 'utf8'));
    expect(back.answers).toEqual(original.answers);
    expect(back.organisationName).toBe(original.organisationName);
    expect(back.participant).toEqual({
      role: 'carer',
      workshop: WORKSHOP,
      id: expect.stringMatching(/^[\w-]{12}$/),
    });
    // The decoded file is an answers file like any other.
    const score = await quickscan('score', out);
    expect(score.code).toBe(0);
  });

  it('encodes a file that has its workshop and participant id as it is, the same code every time', async () => {
    const path = await participantFile('manager.json');
    const first = await quickscan('encode', path);
    const second = await quickscan('encode', path);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
    const decoded = await quickscan('decode', first.stdout.trim());
    expect(decoded.code).toBe(0);
    const original = JSON.parse(readFileSync(path, 'utf8'));
    const back = JSON.parse(decoded.stdout);
    expect(back).toEqual({
      format: original.format,
      formatVersion: original.formatVersion,
      questionnaire: original.questionnaire,
      participant: { name: 'Sanne de Vries', role: 'manager', workshop: WORKSHOP, id: 'participant-7' },
      organisationName: original.organisationName,
      scannedAt: '2026-11-30',
      answers: original.answers,
    });
  });

  it('prints the link with --link, and decodes a link or a message that holds one', async () => {
    const path = await participantFile('linked.json');
    const run = await quickscan('encode', path, '--link', 'https://scan.example/app/');
    expect(run.code).toBe(0);
    const link = run.stdout.trim();
    expect(link).toMatch(/^https:\/\/scan\.example\/app\/#\/workshop\/ontvang\/QQEC[A-Za-z0-9_-]+$/);
    for (const text of [link, `Mijn antwoorden: ${link}.`]) {
      const decoded = await quickscan('decode', text);
      expect(decoded.code).toBe(0);
      expect(JSON.parse(decoded.stdout).participant.id).toBe('participant-7');
    }
  });

  it('--workshop replaces the workshop of a file and keeps its participant id', async () => {
    const path = await participantFile('moved.json');
    const run = await quickscan('encode', path, '--workshop', 'another-workshop');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const decoded = JSON.parse((await quickscan('decode', run.stdout.trim())).stdout);
    expect(decoded.participant).toMatchObject({ workshop: 'another-workshop', id: 'participant-7' });
  });

  it('says on stderr that notes are not carried, and still prints the code', async () => {
    const path = await participantFile('noted.json');
    const data = JSON.parse(readFileSync(path, 'utf8'));
    writeTemp('noted.json', JSON.stringify({ ...data, notes: { openness: 'Wij praten erover.' } }));
    const run = await quickscan('encode', path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^QQEC/);
    expect(run.stderr).toMatch(/noted\.json: the code does not carry its notes\n$/);
  });
});

describe('quickscan encode refuses', () => {
  it('a file without a workshop, in one line with exit code 2', async () => {
    const path = await exampleFile('plain.json', '--role', 'hr');
    expectOneLineError(
      await quickscanProcess('encode', path),
      2,
      /encode: .*plain\.json has no participant\.workshop; add --workshop ID/,
    );
  });

  it('a workshop id or link that is none, a missing file, and a bad answers file', async () => {
    const path = await exampleFile('refused.json');
    expectOneLineError(
      await quickscan('encode', path, '--workshop', 'short'),
      2,
      /--workshop must be 8 to 32/,
    );
    expectOneLineError(await quickscan('encode', path, '--workshop', 'a b c d e f'), 2, /--workshop/);
    expectOneLineError(
      await quickscan('encode', path, '--workshop', WORKSHOP, '--link', 'scan.example'),
      2,
      /--link must be a web address/,
    );
    expectOneLineError(await quickscan('encode'), 2, /encode: missing answers file/);
    expectOneLineError(await quickscan('encode', path, path), 2, /expected one answers file, got 2/);
    expectOneLineError(await quickscan('encode', path, '--lang', 'en'), 2, /--lang does not apply/);
    expectOneLineError(
      await quickscan('encode', join(workDir, 'nope.json')),
      1,
      /nope\.json: file not found/,
    );
    const bad = writeTemp('bad.json', '{"format":"quickscan-answers","answers":{}}');
    expectOneLineError(
      await quickscan('encode', bad, '--workshop', WORKSHOP),
      1,
      /bad\.json: not a valid answers file/,
    );
  });
});

describe('quickscan decode refuses', () => {
  it('a damaged code (cut short, or one character changed), with exit code 1 (real process)', async () => {
    const code = (await quickscan('encode', await participantFile('damage.json'))).stdout.trim();
    expectOneLineError(await quickscanProcess('decode', code.slice(0, -4)), 1, /decode: the code is damaged/);
    const changed = `${code.slice(0, 30)}${code[30] === 'x' ? 'y' : 'x'}${code.slice(31)}`;
    expectOneLineError(
      await quickscan('decode', changed),
      1,
      /decode: the code is damaged: its checksum does not match/,
    );
  });

  it('what is no code, an invitation, and codes of a newer app or questionnaire, each with its own words', async () => {
    const code = (await quickscan('encode', await participantFile('refuse.json'))).stdout.trim();
    expectOneLineError(await quickscan('decode', 'https://example.com/'), 1, /not a code of the quick scan/);
    expectOneLineError(await quickscan('decode', rewrite(code, 2, 1)), 1, /this is a workshop invitation/);
    expectOneLineError(
      await quickscan('decode', rewrite(code, 1, 2)),
      1,
      /made by a newer version of the quick scan/,
    );
    expectOneLineError(
      await quickscan('decode', rewrite(code, 3, highestCodeTableNumber() + 1)),
      1,
      /made with a newer version of the questionnaire/,
    );
    // Checksum and layout fit, but the answers file it carries does not: a scan day after 2099 (bytes 28–29, after
    // the header of 4 bytes, two ids of 13 characters in 11 bytes each, and the role).
    const late = rewrite(rewrite(code, 27, 0xff), 28, 0xff);
    expectOneLineError(
      await quickscan('decode', late),
      1,
      /the code holds no valid answers file: at scannedAt/,
    );
  });

  it('a missing or second code, and an empty -o, as usage errors', async () => {
    expectOneLineError(await quickscan('decode'), 2, /decode: missing code or link/);
    expectOneLineError(await quickscan('decode', 'QQEC', 'QQEC'), 2, /expected one code or link, got 2/);
    expectOneLineError(await quickscan('decode', 'QQEC', '-o', ''), 2, /-o needs a file name/);
    expectOneLineError(
      await quickscan('decode', 'QQEC', '--workshop', WORKSHOP),
      2,
      /--workshop does not apply/,
    );
  });
});

describe('quickscan --help', () => {
  it('names encode and decode with their options', async () => {
    const run = await quickscan('--help');
    expect(run.stdout).toMatch(/encode FILE \[--workshop ID\] \[--link URL\]/);
    expect(run.stdout).toMatch(/decode CODE \[-o OUT\.json\]/);
    expect((await quickscan('decode', '--help')).stdout).toBe(run.stdout);
  });
});

describe('prepareForCode and listNotCarried', () => {
  const file = {
    format: 'quickscan-answers',
    formatVersion: 6,
    questionnaire: { id: 'q', version: '1.0.0' },
    answers: {},
  } as const;

  it('takes the file as it is, sets a workshop and makes a participant id only when asked to', () => {
    expect(prepareForCode({ ...file }, undefined, () => 'new-id-123')).toEqual({
      ok: false,
      missing: 'participant.workshop',
    });
    expect(prepareForCode({ ...file, participant: { workshop: WORKSHOP } }, undefined, () => 'x')).toEqual({
      ok: false,
      missing: 'participant.id',
    });
    expect(prepareForCode({ ...file, participant: { role: 'hr' } }, WORKSHOP, () => 'new-id-123')).toEqual({
      ok: true,
      file: { ...file, participant: { role: 'hr', workshop: WORKSHOP, id: 'new-id-123' } },
      madeParticipantId: 'new-id-123',
    });
  });

  it('names the notes, evidence and drafts a file holds', () => {
    expect(listNotCarried({ ...file })).toEqual([]);
    expect(
      listNotCarried({
        ...file,
        notes: {},
        evidence: { a: { have: true, where: '' } },
        drafts: { awareness: 'x' },
      }),
    ).toEqual(['evidence', 'drafts']);
  });
});
