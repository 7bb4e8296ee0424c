/**
 * The command line tool, run as a real process exactly as a user runs it (through tsx, no build step).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_FILE_BYTES } from '../questionnaire/answers-file.ts';
import definition from '../questionnaire/definitions/zorgvriendelijk-werkgeverschap.json';
import { cloneMiniDefinition } from '../tests/fixtures/mini-questionnaire.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const workDir = mkdtempSync(join(tmpdir(), 'quickscan-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function quickscan(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, '--tsconfig', join(root, 'tsconfig.node.json'), join(root, 'cli', 'quickscan.ts'), ...args],
      { cwd: workDir, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function writeTemp(name: string, content: string): string {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
}

async function exampleFile(profile: string): Promise<string> {
  const run = await quickscan('example', '--profile', profile);
  expect(run.code).toBe(0);
  return writeTemp(`${profile}.json`, run.stdout);
}

/** A failure is one line on stderr, names what is wrong, and shows no stack trace. */
function expectOneLineError(run: Run, code: number, pattern: RegExp) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quickscan: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('quickscan example, then score', () => {
  it('scores the best example as leading and ready to apply', async () => {
    const run = await quickscan('score', await exampleFile('best'));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.level).toEqual({ id: 'leading', label: 'Voorloper' });
    expect(result.recognitionReady).toBe(true);
    expect(result.overall).toBe(100);
    expect(result.themes.map((t: { id: string }) => t.id)).toEqual([
      'openness',
      'legal-leave',
      'flexible-work',
      'tailored',
      'embedding',
    ]);
    expect(result.blockers).toEqual([]);
    expect(result.disclaimer).toMatch(/onafhankelijk: hij is niet gemaakt door of namens Werk&Mantelzorg/);
  });

  it('scores the worst example as start and names its blockers', async () => {
    const run = await quickscan('score', await exampleFile('worst'), '--lang', 'en');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.level).toEqual({ id: 'start', label: 'Start' });
    expect(result.recognitionReady).toBe(false);
    expect(result.overall).toBe(0);
    const mustHaves = result.blockers.filter((b: { kind: string }) => b.kind === 'must-have');
    expect(mustHaves.map((b: { questionId: string }) => b.questionId)).toEqual(
      expect.arrayContaining([
        'legal-calamity-written',
        'legal-calamity-applied',
        'legal-short-term-written',
        'legal-short-term-pay',
        'legal-long-term-written',
        'legal-long-term-answered',
      ]),
    );
    for (const blocker of result.blockers) expect(blocker.text).toMatch(/On the way/);
  });

  it('scores the mixed example in between: on the way, not ready, with points to find out', async () => {
    const run = await quickscan('score', await exampleFile('mixed'));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.overall).toBeGreaterThan(33);
    expect(result.overall).toBeLessThan(75);
    expect(result.level.id).toBe('on-the-way');
    expect(result.recognitionReady).toBe(false);
    expect(result.blockers.length).toBeGreaterThan(0);
    expect(result.toFindOut.length).toBeGreaterThan(0);
    expect(result.actions[0].unblocks).toContain('ready');
  });

  it('prints an answers file that names the questionnaire and its version', async () => {
    const run = await quickscan('example', '--profile', 'mixed', '--organisation', 'Zorg & Co "’t Hoekje"');
    const file = JSON.parse(run.stdout);
    expect(file).toMatchObject({
      format: 'quickscan-answers',
      questionnaire: {
        id: 'zorgvriendelijk-werkgeverschap',
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      },
      organisationName: 'Zorg & Co "’t Hoekje"',
    });
  });
});

describe('quickscan score with a file of an older version', () => {
  it('converts it, says so in one line on stderr, and reports what to check in its output', async () => {
    const path = writeTemp(
      'version-1.json',
      JSON.stringify({
        format: 'quickscan-answers',
        formatVersion: 1,
        questionnaire: { id: 'zorgvriendelijk-werkgeverschap', version: '1.0.0' },
        answers: { 'intake-size': '50-to-249', 'legal-communicated': 'arranged', 'legal-uptake-known': 'no' },
      }),
    );
    const run = await quickscan('score', path);
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `quickscan: ${path}: made with version 1.0.0 of the questionnaire; converted to ${definition.version}. ` +
        'Check these answers: legal-communicated, legal-findable. No longer asked: legal-uptake-known.',
    ]);
    const result = JSON.parse(run.stdout);
    expect(result.questionnaire.version).toBe(definition.version);
    expect(result.migrated).toMatchObject({ from: '1.0.0', to: definition.version });
    expect(result.migrated.check.map((c: { questionId: string }) => c.questionId)).toEqual([
      'legal-communicated',
      'legal-findable',
      'legal-uptake-known',
    ]);
  });
});

describe('quickscan report', () => {
  it('writes the PDF report in Dutch, and in English with --lang en', async () => {
    const answers = await exampleFile('mixed');
    const dutch = join(workDir, 'rapport.pdf');
    const english = join(workDir, 'report.pdf');
    const runNl = await quickscan('report', answers, '-o', dutch);
    expect(runNl.code).toBe(0);
    expect(runNl.stdout).toMatch(/rapport\.pdf: report written \(\d+ KiB, level Op weg\)/);
    const runEn = await quickscan('report', answers, '--output', english, '--lang', 'en');
    expect(runEn.stdout).toMatch(/level On the way/);
    const textOf = async (path: string) => {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
      return (await extractText(pdf, { mergePages: true })).text;
    };
    expect(await textOf(dutch)).toContain('Uw niveau: Op weg');
    expect(await textOf(english)).toContain('Your level: On the way');
  });

  it.each<[string, () => Promise<string[]>, number, RegExp]>([
    ['no output file', async () => ['report', await exampleFile('best')], 2, /report: missing -o OUT\.pdf/],
    [
      'a folder that does not exist',
      async () => ['report', await exampleFile('best'), '-o', join(workDir, 'missing', 'r.pdf')],
      1,
      /cannot write the report: the folder does not exist/,
    ],
    [
      'a bad answers file',
      async () => ['report', writeTemp('bad.json', '{'), '-o', join(workDir, 'r.pdf')],
      1,
      /bad\.json: not valid JSON/,
    ],
    [
      'a wrong language',
      async () => ['report', 'x.json', '-o', 'r.pdf', '--lang', 'fr'],
      2,
      /--lang must be "nl" or "en"/,
    ],
  ])('refuses %s with one line', async (_name, args, code, pattern) => {
    expectOneLineError(await quickscan(...(await args())), code, pattern);
  });
});

describe('quickscan validate', () => {
  it('accepts the shipped definition', async () => {
    const run = await quickscan(
      'validate',
      join(root, 'questionnaire/definitions/zorgvriendelijk-werkgeverschap.json'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid questionnaire "zorgvriendelijk-werkgeverschap"/);
  });

  // Each breaks the (valid) mini questionnaire in one way that the contract must reject, with its path.
  it.each<[string, (d: ReturnType<typeof cloneMiniDefinition>) => void, RegExp]>([
    [
      'a duplicate option id in an intake question',
      (d) => Object.assign(intakeQuestions(d)[1]!.options[1]!, { id: 'none' }),
      /at sections\[0\]\.questions\[1\]\.options\[1\]\.id: duplicate option id "none"/,
    ],
    [
      'a duplicate band id',
      (d) => Object.assign(d.bands[2]!, { id: 'basic' }),
      /at bands\[2\]\.id: duplicate band id "basic"/,
    ],
    [
      'requirements on the level "start"',
      (d) => Object.assign(d.levels[0]!, { requires: { minOverall: 10 } }),
      /at levels\[0\]\.requires \("start"\): the level "start" has no requirements/,
    ],
    [
      'a question that depends on itself (reported once)',
      (d) =>
        Object.assign(intakeQuestions(d)[1]!, { showIf: { question: 'intake-roster', anyOf: ['some'] } }),
      /valid questionnaire: at sections\[0\]\.questions\[1\]\.showIf \("intake-roster"\): a question cannot depend on itself$/,
    ],
    [
      'text variants without a fallback',
      (d) =>
        Object.assign(d.legal.deviation[1]!, { when: { question: 'intake-size', anyOf: ['10-or-more'] } }),
      /at legal\.deviation\[1\]\.when: the last variant is the fallback/,
    ],
    [
      'a best option not marked as in place',
      (d) => Object.assign(d.scales.policy[3]!, { inPlace: undefined }),
      /at scales\.policy: its best option must be marked "inPlace": true/,
    ],
    [
      'a calculator text without {hours}',
      (d) => Object.assign(d.legal.calculator, { longTerm: { nl: 'Zes keer.', en: 'Six times.' } }),
      /at legal\.calculator\.longTerm\.nl: must contain the placeholder \{hours\}/,
    ],
    [
      'a route step with an unknown question',
      (d) => Object.assign(d.route[0]!, { questions: ['o9'] }),
      /at route\[0\]\.questions\[0\] \("discuss"\): refers to unknown question "o9"/,
    ],
  ])('rejects %s, with the path', async (name, breakIt, pattern) => {
    const broken = cloneMiniDefinition();
    breakIt(broken);
    const path = writeTemp(`${name.replace(/\W+/g, '-')}.json`, JSON.stringify(broken));
    expectOneLineError(await quickscan('validate', path), 1, pattern);
  });

  it('rejects a broken definition with the path of the problem', async () => {
    const path = writeTemp('broken-definition.json', JSON.stringify({ id: 'x', version: '1' }));
    expectOneLineError(
      await quickscan('validate', path),
      1,
      /broken-definition\.json: not a valid questionnaire: at version: must be a version/,
    );
  });
});

describe('quickscan --help', () => {
  it.each([['--help'], ['help'], ['score', '--help']])('explains every command (%s)', async (...args) => {
    const run = await quickscan(...args);
    expect(run.code).toBe(0);
    for (const command of [
      'example --profile best|worst|mixed',
      'score FILE',
      'report FILE -o OUT.pdf',
      'validate DEFINITION',
    ]) {
      expect(run.stdout).toContain(command);
    }
  });
});

describe('quickscan with bad input', () => {
  it.each<[string, () => Promise<string[]>, number, RegExp]>([
    ['no command', async () => [], 2, /missing command/],
    ['an unknown command', async () => ['grade', 'x.json'], 2, /unknown command "grade"/],
    ['an unknown option', async () => ['score', 'x.json', '--colour'], 2, /Unknown option '--colour'/],
    [
      'an option of another command',
      async () => ['score', 'x.json', '--profile', 'best'],
      2,
      /--profile does not apply/,
    ],
    [
      'a wrong language',
      async () => ['score', 'x.json', '--lang', 'de'],
      2,
      /--lang must be "nl" or "en", not "de"/,
    ],
    ['a missing file argument', async () => ['score'], 2, /score: missing answers file/],
    [
      'a wrong profile',
      async () => ['example', '--profile', 'average'],
      2,
      /--profile must be best, worst or mixed/,
    ],
    ['a missing file', async () => ['score', 'missing.json'], 1, /missing\.json: file not found/],
    ['a folder', async () => ['score', workDir], 1, /not a file/],
    [
      'a file that is not JSON',
      async () => ['score', writeTemp('notes.json', 'answers: yes')],
      1,
      /notes\.json: not valid JSON/,
    ],
    ['an empty file', async () => ['score', writeTemp('empty.json', '')], 1, /empty\.json: not valid JSON/],
    [
      'a file of the wrong shape',
      async () => ['score', writeTemp('shape.json', '{"answers": []}')],
      1,
      /shape\.json: not a valid answers file: at format/,
    ],
    [
      'an unknown question id',
      async () => ['score', writeTemp('unknown-question.json', withAnswers({ 'no-such-question': 'no' }))],
      1,
      /unknown-question\.json: not a valid answers file: at answers\.no-such-question: there is no question/,
    ],
    [
      'an unknown option id',
      async () => [
        'score',
        writeTemp('unknown-option.json', withAnswers({ 'legal-calamity-written': 'sometimes' })),
      ],
      1,
      /at answers\.legal-calamity-written: "sometimes" is not an option/,
    ],
    [
      'another questionnaire',
      async () => [
        'score',
        writeTemp('other.json', withQuestionnaire({ id: 'another-scan', version: '1.0.0' })),
      ],
      1,
      /made for questionnaire "another-scan"/,
    ],
    [
      'another version',
      async () => [
        'score',
        writeTemp('old.json', withQuestionnaire({ id: 'zorgvriendelijk-werkgeverschap', version: '0.1.0' })),
      ],
      1,
      /made with version 0\.1\.0 of the questionnaire, which cannot be converted/,
    ],
    [
      'a newer version',
      async () => [
        'score',
        writeTemp('new.json', withQuestionnaire({ id: 'zorgvriendelijk-werkgeverschap', version: '9.0.0' })),
      ],
      1,
      /made with version 9\.0\.0 of the questionnaire, which is newer than this one/,
    ],
    [
      'a file over the size limit',
      async () => ['score', writeTemp('huge.json', ' '.repeat(MAX_ANSWERS_FILE_BYTES + 1))],
      1,
      /huge\.json: file is too large/,
    ],
  ])('%s', async (_name, args, code, pattern) => {
    expectOneLineError(await quickscan(...(await args())), code, pattern);
  });
});

/** The intake questions of the mini definition, to break in a test. */
function intakeQuestions(d: ReturnType<typeof cloneMiniDefinition>) {
  return (d.sections[0] as unknown as { questions: { options: object[] }[] }).questions;
}

function baseFile() {
  return {
    format: 'quickscan-answers',
    formatVersion: 1,
    questionnaire: { id: definition.id, version: definition.version },
    answers: {},
  };
}
function withAnswers(answers: Record<string, string>): string {
  return JSON.stringify({ ...baseFile(), answers });
}
function withQuestionnaire(questionnaire: { id: string; version: string }): string {
  return JSON.stringify({ ...baseFile(), questionnaire });
}
