/**
 * The command line tool: every command once as a real process exactly as a user runs it (through tsx, no
 * build step), and the many other cases in-process through `runCli`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocxText } from '../tests/fixtures/docx-text.ts';
import {
  ANSWERS_FORMAT_VERSION,
  MAX_ANSWERS_FILE_BYTES,
  PARTICIPANT_ROLES,
  parseAnswersFile,
  type AnswersFile,
} from '../questionnaire/answers-file.ts';
import definition from '../questionnaire/definitions/zorgvriendelijk-werkgeverschap.json';
import { listShownQuestionIds } from '../questionnaire/questions.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { buildGroupReportModel } from '../templates/group-report-model.ts';
import { cloneMiniDefinition } from '../tests/fixtures/mini-questionnaire.ts';
import { runQuickscanInProcess, runQuickscanProcess, type CliRun } from '../tests/fixtures/cli-process.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'quickscan-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

type Run = CliRun;

/** Runs the tool as a real process, exactly as a user does. */
const quickscanProcess = (...args: string[]) => runQuickscanProcess(workDir, ...args);

/** Runs the tool in this process through `runCli` (see `runQuickscanInProcess`). */
const quickscan = runQuickscanInProcess;

function writeTemp(name: string, content: string | Uint8Array): string {
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
    const run = await quickscanProcess('score', await exampleFile('best'));
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
    expect(result.disclaimer).toMatch(
      /onafhankelijk. Hij is niet gemaakt door of voor Werk&Mantelzorg. Hij is ook niet gemaakt door of voor de overheid/,
    );
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
        'legal-information',
        'legal-calamity-applied',
        'legal-short-term-granted',
        'legal-short-term-pay',
        'legal-long-term-granted',
      ]),
    );
    expect(result.nextLevel).toMatchObject({ id: 'on-the-way' });
    for (const blocker of result.blockers) expect(blocker.text).toMatch(/Needed|On the way/);
    // Every must-have that blocks says why, and a finding is a statement, not the question.
    for (const blocker of mustHaves) {
      expect(blocker.reason).toMatch(/\w/);
      expect(blocker.text).not.toMatch(/\?/);
    }
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
    const runNl = await quickscanProcess('report', answers, '-o', dutch);
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
  }, 60_000);

  it.each<[string, () => Promise<string[]>, number, RegExp]>([
    ['no output file', async () => ['report', await exampleFile('best')], 2, /report: missing -o OUT\.pdf/],
    [
      'a folder that does not exist',
      async () => ['report', await exampleFile('best'), '-o', join(workDir, 'missing', 'r.pdf')],
      1,
      /cannot write the report: the folder \S+\/missing does not exist$/,
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

const ORGANISATION = 'Zorg & Co "’t Hoekje" <b>BV</b>';
const NOTE = 'Lunchlezing <b>"Werk & zorg"</b> in maart;\nmantelzorgcafé =SUM(A1)';

/** The mixed example with extra members (notes, evidence), as the app would save it. */
async function exampleWith(name: string, extra: Record<string, unknown>): Promise<string> {
  const run = await quickscan('example', '--profile', 'mixed', '--organisation', ORGANISATION);
  expect(run.code).toBe(0);
  return writeTemp(name, JSON.stringify({ ...JSON.parse(run.stdout), ...extra }));
}

/** The text of a .docx file as Word shows it. */
const docxText = (path: string) => readDocxText(readFileSync(path));

describe('quickscan export', () => {
  it('writes the Word document with the notes and evidence of the answers file', async () => {
    const answers = await exampleWith('export.json', {
      notes: { openness: NOTE },
      evidence: { 'legal-calamity-written': { have: true, where: 'HR-handboek §4.2' } },
    });
    const out = join(workDir, 'rapport.docx');
    const run = await quickscanProcess('export', answers, '--format', 'docx', '-o', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/rapport\.docx: document written \(\d+ KiB, level Op weg\)\n$/);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const text = await docxText(out);
    expect(text).toContain(`Voor: ${ORGANISATION}`);
    expect(text).toContain(NOTE);
    expect(text).toContain('Uw aanvraag voorbereiden: een eerste opzet');
    expect(text).toContain('Vraag 4: Welke stappen heeft u gezet om het thema in te voeren');
    // The evidence folder says where it is, and the draft names it among the documents that show the practice.
    expect(text).toMatch(/In uw map\nHR-handboek §4\.2/);
    expect(text).toMatch(/Stukken die dit laten zien: [^\n]*\(HR-handboek §4\.2\)/);
    expect(text).toMatch(/\nWie\nWanneer\n/);
  });

  it('writes the action plan as CSV for Excel, in English with --lang en', async () => {
    const out = join(workDir, 'action-plan.csv');
    const run = await quickscan(
      'export',
      await exampleFile('mixed'),
      '--format',
      'csv',
      '-o',
      out,
      '--lang',
      'en',
    );
    expect(run.stderr).toBe('');
    const count = Number(
      /action-plan\.csv: action plan written \(CSV, (\d+) actions\)\n$/.exec(run.stdout)?.[1],
    );
    expect(count).toBeGreaterThan(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(count + 2);
    const rows = parse(bytes, { delimiter: ';', bom: true }) as string[][];
    expect(rows).toHaveLength(count + 1);
    expect(rows[0]?.slice(0, 3)).toEqual(['No.', 'Theme', 'Question']);
    expect(rows[0]?.slice(-2)).toEqual(['Who', 'When']);
    expect(rows[1]?.[0]).toBe('1');
    // Every action of the plan, not only the report's first ten.
    expect(count).toBeGreaterThan(40);
  });

  it.each<[string, () => Promise<string[]>, number, RegExp]>([
    [
      'a wrong --format',
      async () => ['export', 'x.json', '--format', 'pdf', '-o', 'x.pdf'],
      2,
      /export: --format must be docx or csv, not "pdf"/,
    ],
    ['no --format', async () => ['export', 'x.json', '-o', 'x.docx'], 2, /export: missing --format/],
    ['no output file', async () => ['export', 'x.json', '--format', 'csv'], 2, /export: missing -o OUT\.csv/],
    [
      'an unknown option',
      async () => ['export', 'x.json', '--format', 'csv', '-o', 'x.csv', '--sheet'],
      2,
      /export: Unknown option '--sheet'/,
    ],
    [
      'a missing answers file argument',
      async () => ['export', '--format', 'csv', '-o', 'x.csv'],
      2,
      /export: missing answers file/,
    ],
    [
      'a bad answers file',
      async () => [
        'export',
        writeTemp('bad-export.json', '{'),
        '--format',
        'docx',
        '-o',
        join(workDir, 'x.docx'),
      ],
      1,
      /bad-export\.json: not valid JSON/,
    ],
    [
      'a folder that does not exist',
      async () => [
        'export',
        await exampleFile('best'),
        '--format',
        'csv',
        '-o',
        join(workDir, 'missing', 'x.csv'),
      ],
      1,
      /cannot write the action plan: the folder \S+\/missing does not exist$/,
    ],
  ])('refuses %s with one line', async (_name, args, code, pattern) => {
    expectOneLineError(await quickscan(...(await args())), code, pattern);
  });
});

// Notes and evidence are checked on every reading path, exactly as the app checks an imported file.
const badExtras: [string, Record<string, unknown>, RegExp][] = [
  ['a note that is not text', { notes: { openness: 42 } }, /at notes\.openness: /],
  [
    'a note for an unknown theme',
    { notes: { pensions: 'x' } },
    /at notes\.pensions: there is no theme "pensions"/,
  ],
  [
    'evidence for an unknown question',
    { evidence: { nope: { have: true, where: '' } } },
    /at evidence\.nope: there is no question "nope"/,
  ],
  [
    'a note over 2000 characters',
    { notes: { openness: 'x'.repeat(2001) } },
    /at notes\.openness: must be at most 2000 characters/,
  ],
  [
    'evidence whose "have" is not true or false',
    { evidence: { 'flex-times': { have: 'yes', where: '' } } },
    /at evidence\.flex-times\.have: must be true or false/,
  ],
];
const readingCommands: [string, (path: string) => string[]][] = [
  ['score', (path) => ['score', path]],
  ['report', (path) => ['report', path, '-o', join(workDir, 'refused.pdf')]],
  ['export', (path) => ['export', path, '--format', 'docx', '-o', join(workDir, 'refused.docx')]],
];

describe.each(readingCommands)('quickscan %s with malformed notes or evidence', (command, argsFor) => {
  it.each(badExtras)('refuses %s, naming the file and the path', async (name, extra, pattern) => {
    const path = await exampleWith(`${command}-${name.replace(/\W+/g, '-')}.json`, extra);
    const run = await quickscan(...argsFor(path));
    expectOneLineError(run, 1, pattern);
    expect(run.stderr).toContain(`quickscan: ${path}: not a valid answers file: at `);
  });
});

describe('quickscan validate', () => {
  it('accepts the shipped definition', async () => {
    const run = await quickscanProcess(
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
      'export FILE --format docx|csv -o OUT',
      'validate DEFINITION',
      'compare FILE FILE...',
      'merge FILE FILE... [-o OUT.json]',
      'progress EARLIER LATER',
      'group-report FILE FILE... -o OUT.pdf',
      '--role ROLE',
    ]) {
      expect(run.stdout).toContain(command);
    }
  });

  it('prints the same help as a real process, with exit 0 and nothing on stderr', async () => {
    const real = await quickscanProcess('--help');
    expect(real).toEqual({ code: 0, stdout: (await quickscan('--help')).stdout, stderr: '' });
    expect(real.stdout).toContain('group-report FILE FILE... -o OUT.pdf');
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
      'another version',
      async () => [
        'score',
        writeTemp('old.json', withQuestionnaire({ id: 'zorgvriendelijk-werkgeverschap', version: '0.1.0' })),
      ],
      1,
      /made with version 0\.1\.0 of the questionnaire, which this version of the quick scan cannot read/,
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

/** An answers file as the CLI writes it (only what the tests read). */
interface AnswersJson {
  organisationName?: string;
  respondentRole?: string;
  participant?: { name?: string; role?: string };
  answers: Record<string, string>;
}

/** An example file with extra options of `example`, written under `name`. */
async function exampleAs(name: string, profile: string, ...options: string[]): Promise<string> {
  const run = await quickscan('example', '--profile', profile, ...options);
  expect(run.code).toBe(0);
  return writeTemp(name, run.stdout);
}

const readAnswers = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as AnswersJson;
/** An answers file on disk, read through the app's own parser. */
function readAnswersFileFrom(path: string): AnswersFile {
  const read = parseAnswersFile(loadShipped(), JSON.parse(readFileSync(path, 'utf8')));
  if (!read.ok) throw new Error(`${path} could not be read`);
  return read.value;
}
const parseOutput = <T>(run: Run): T => {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
};

// Every way an answers file can be bad, each with a distinctive part of its one-line message.
// Each is refused by `score` and by `compare` (next to a good file), naming the bad file.
const badFiles: [string, string, () => string | Uint8Array, RegExp][] = [
  ['an empty file', 'empty.json', () => '', /empty\.json: the file is empty$/],
  ['a file with only a byte order mark', 'bom.json', () => '\uFEFF \n', /bom\.json: the file is empty$/],
  ['a file that is not JSON', 'notes.json', () => 'answers: yes', /notes\.json: not valid JSON \(/],
  [
    'a file of the wrong shape (a package.json)',
    'package.json',
    () => JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'vitest' } }),
    /package\.json: not a valid answers file: at format: must be "quickscan-answers": this is not a quick scan answers file/,
  ],
  [
    'an unknown question id',
    'unknown-question.json',
    () => withAnswers({ 'no-such-question': 'no' }),
    /unknown-question\.json: not a valid answers file: at answers\.no-such-question: there is no question "no-such-question"/,
  ],
  [
    'an unknown option id',
    'unknown-option.json',
    () => withAnswers({ 'legal-calamity-written': 'sometimes' }),
    /unknown-option\.json: .*at answers\.legal-calamity-written: "sometimes" is not an option of this question/,
  ],
  [
    'a "__proto__" key in the answers',
    'proto.json',
    () => withRawAnswer('"__proto__": {"polluted": true}'),
    /proto\.json: not a valid answers file: at answers\.__proto__: the key "__proto__" is not allowed in an answers file$/,
  ],
  [
    'a "constructor" key in the answers',
    'constructor.json',
    () => withRawAnswer('"constructor": "no"'),
    /constructor\.json: not a valid answers file: at answers\.constructor: the key "constructor" is not allowed/,
  ],
  [
    'a 20 MB file',
    'twenty-mb.json',
    () => new Uint8Array(20 * 1024 * 1024).fill(0x20),
    /twenty-mb\.json: file is too large \(20\.0 MiB; at most 1\.0 MiB\)$/,
  ],
  [
    'a file for another questionnaire',
    'other.json',
    () => withQuestionnaire({ id: 'another-scan', version: '1.0.0' }),
    /other\.json: .*made for questionnaire "another-scan", not for "zorgvriendelijk-werkgeverschap"/,
  ],
  [
    'a newer version of the questionnaire',
    'newer.json',
    () => withQuestionnaire({ id: 'zorgvriendelijk-werkgeverschap', version: '9.0.0' }),
    /newer\.json: .*made with version 9\.0\.0 of the questionnaire, which is newer than this one/,
  ],
  [
    'a newer format version',
    'format-next.json',
    () => JSON.stringify({ ...baseFile(), formatVersion: ANSWERS_FORMAT_VERSION + 1 }),
    new RegExp(
      `format-next\\.json: .*at formatVersion: format version ${ANSWERS_FORMAT_VERSION + 1} is newer than this app reads \\(${ANSWERS_FORMAT_VERSION}\\)`,
    ),
  ],
];

describe('quickscan as a real process, when something is wrong', () => {
  it('a bad answers file: one line on stderr naming it, exit 1, no stack trace', async () => {
    const path = writeTemp('kapot-proces.json', '{"format": "quickscan-answers",');
    expectOneLineError(await quickscanProcess('score', path), 1, /kapot-proces\.json.*not valid JSON/);
  });

  it('a wrong command line: one line on stderr, exit 2', async () => {
    expectOneLineError(await quickscanProcess('export', 'x.json', '-o', 'x.docx'), 2, /missing --format/);
  });
});

describe('quickscan score with a bad answers file', () => {
  it.each(badFiles)('refuses %s', async (_name, fileName, content, pattern) => {
    const path = writeTemp(`score-${fileName}`, content());
    expectOneLineError(await quickscan('score', path), 1, pattern);
  });
});

describe('quickscan compare with one good and one bad answers file', () => {
  it.each(badFiles)('refuses %s, naming the bad file', async (_name, fileName, content, pattern) => {
    const good = await goodFile();
    const bad = writeTemp(`compare-${fileName}`, content());
    const run = await quickscan('compare', good, bad);
    expectOneLineError(run, 1, pattern);
    expect(run.stderr).toContain(`quickscan: ${bad}: `);
    expect(run.stderr).not.toContain(good);
  });
});

let good: Promise<string> | undefined;
/** One good answers file, made once for all the tests that need one. */
function goodFile(): Promise<string> {
  good ??= exampleAs('good.json', 'mixed');
  return good;
}

describe('quickscan example with a participant', () => {
  it('puts --role and --name in the file as its participant, without the old respondent role', async () => {
    const run = await quickscanProcess('example', '--profile', 'worst', '--role', 'carer', '--name', ' Sam ');
    expect(run.code).toBe(0);
    const file = readAnswers(writeTemp('sam.json', run.stdout));
    expect(file.participant).toEqual({ name: 'Sam', role: 'carer' });
    expect(file).not.toHaveProperty('respondentRole');
  });

  it('keeps the respondent role "HR" without --role', async () => {
    const file = readAnswers(await goodFile());
    expect(file.respondentRole).toBe('HR');
    expect(file).not.toHaveProperty('participant');
  });

  it.each<[string, string[], RegExp]>([
    [
      'an unknown role, listing the roles',
      ['--role', 'ceo'],
      new RegExp(`--role must be one of ${PARTICIPANT_ROLES.join(', ')}, not "ceo"`),
    ],
    ['an empty name', ['--name', '  '], /--name must not be empty/],
    ['a too long name', ['--name', 'x'.repeat(101)], /--name must be at most 100 characters/],
  ])('refuses %s', async (_name, options, pattern) => {
    expectOneLineError(await quickscan('example', '--profile', 'best', ...options), 2, pattern);
  });
});

interface CompareOutput {
  questionnaire: { id: string; version: string };
  privacy: {
    showSingleRoles: boolean;
    lines: string[];
    groups: { key: string; label: string; count: number }[];
  };
  participants: {
    file: string;
    name: string | null;
    role: string | null;
    roleLabel: string;
    label: string;
  }[];
  overall: { scores: number[]; min: number; max: number };
  themes: { id: string; label: string; scores: number[]; min: number; max: number }[];
  disagreements: {
    questionId: string;
    question: string;
    themeId: string | null;
    answers: { file: string; optionId: string | null; label: string }[];
    disagreement: number;
    suggested: string | null;
    byRole: { group: string; label: string; answers: { optionId: string; label: string; count: number }[] }[];
    rolesDiffer: boolean;
  }[];
}

interface ScoreOutput {
  overall: number;
  level: { id: string };
  themes: { id: string; score: number }[];
}

interface ProgressChange {
  questionId: string;
  question: string;
  from: string | null;
  to: string | null;
}
interface ProgressOutput {
  overall: { then: number; now: number; change: number };
  level: { then: { id: string }; now: { id: string } };
  themes: { id: string; label: string; then: number; now: number; change: number }[];
  nowInPlace: ProgressChange[];
  improved: ProgressChange[];
  worse: ProgressChange[];
}

describe('quickscan compare, merge and progress (a workshop)', () => {
  let files: Promise<{ best: string; worst: string; mixed: string; best2: string }> | undefined;
  /** The example files of four participants, made once. */
  const participants = () => {
    files ??= (async () => ({
      best: await exampleAs('p-best.json', 'best', '--role', 'hr', '--name', 'Anna'),
      worst: await exampleAs('p-worst.json', 'worst', '--role', 'employee'),
      mixed: await exampleAs('p-mixed.json', 'mixed', '--role', 'director'),
      best2: await exampleAs('p-best-2.json', 'best', '--role', 'manager'),
    }))();
    return files;
  };

  it('compares the participants: who they are, the spread per theme, the disagreements most first', async () => {
    const { best, worst, mixed } = await participants();
    const output = parseOutput<CompareOutput>(
      await quickscanProcess('compare', best, worst, mixed, '--lang', 'en', '--show-single-roles'),
    );
    const mixedScore = parseOutput<ScoreOutput>(await quickscan('score', mixed));
    expect(output.questionnaire).toEqual({ id: definition.id, version: definition.version });
    expect(output.participants.map(({ file, name, role }) => ({ file, name, role }))).toEqual([
      { file: best, name: 'Anna', role: 'hr' },
      { file: worst, name: null, role: 'employee' },
      { file: mixed, name: null, role: 'director' },
    ]);
    expect(output.participants[1]?.label).toBe('Participant 2 (Employee)');
    expect(output.overall).toEqual({ scores: [100, 0, mixedScore.overall], min: 0, max: 100 });
    expect(output.themes.map((t) => t.label)).toContain('Openness');
    for (const theme of output.themes) {
      const [bestScore, worstScore, mixedThemeScore] = theme.scores;
      expect(theme.min).toBe(worstScore);
      expect(theme.max).toBe(bestScore);
      expect(mixedThemeScore).toBe(mixedScore.themes.find((t) => t.id === theme.id)?.score);
      expect(theme.min).toBeLessThan(theme.max);
    }
    const { disagreements } = output;
    expect(disagreements.length).toBeGreaterThan(10);
    for (let i = 1; i < disagreements.length; i += 1) {
      expect(disagreements[i - 1]!.disagreement).toBeGreaterThanOrEqual(disagreements[i]!.disagreement);
    }
    expect(disagreements[0]!.disagreement).toBeGreaterThan(disagreements.at(-1)!.disagreement);
    for (const question of disagreements) {
      expect(question.disagreement).toBeGreaterThan(0);
      expect(question.disagreement).toBeLessThanOrEqual(1);
      expect(question.answers.map((a) => a.file)).toEqual([best, worst, mixed]);
      expect(question.question).not.toBe(question.questionId);
      const given = question.answers.map((a) => a.optionId).filter((id) => id !== null);
      expect(new Set(given).size).toBeGreaterThan(1);
      expect(given).toContain(question.suggested);
    }
    // The worst example has no works council: the question about it is not asked there.
    const council = disagreements.find((q) => q.questionId === 'embedding-works-council');
    expect(council?.answers.map((a) => a.optionId === null)).toEqual([false, true, false]);
    expect(council?.answers[1]?.label).toBe('Not answered');
  });

  it('by default shows no role held by one participant: no role, no role in the label, answers only for the whole group', async () => {
    const { best, worst, mixed } = await participants();
    const output = parseOutput<CompareOutput>(await quickscan('compare', best, worst, mixed, '--lang', 'en'));
    expect(
      output.participants.map(({ name, role, roleLabel, label }) => ({ name, role, roleLabel, label })),
    ).toEqual([
      { name: 'Anna', role: null, roleLabel: 'Not shown apart', label: 'Anna' },
      { name: null, role: null, roleLabel: 'Not shown apart', label: 'Participant 2' },
      { name: null, role: null, roleLabel: 'Not shown apart', label: 'Participant 3' },
    ]);
    expect(output.privacy).toMatchObject({
      showSingleRoles: false,
      groups: [{ key: 'everyone', label: 'All participants', count: 3 }],
    });
    expect(output.privacy.lines.join(' ')).toContain(
      'each have one participant and are therefore not shown apart',
    );
    for (const question of output.disagreements) {
      expect(question.byRole.map((g) => g.group)).toEqual(['everyone']);
      expect(question.rolesDiffer).toBe(false);
    }
    const open = parseOutput<CompareOutput>(
      await quickscan('compare', best, worst, mixed, '--lang', 'en', '--show-single-roles'),
    );
    expect(open.disagreements[0]?.byRole.map((g) => g.label)).toEqual(['HR', 'Director', 'Employee']);
  });

  it('shows a role held by two apart and merges the single roles, as the group report does', async () => {
    const { best, worst, mixed, best2 } = await participants();
    const hr2 = await exampleAs('p-hr-2.json', 'mixed', '--role', 'hr');
    const files = [best, worst, hr2, mixed, best2];
    const output = parseOutput<CompareOutput>(await quickscan('compare', ...files));
    expect(output.privacy.groups).toEqual([
      { key: 'hr', label: 'HR', count: 2 },
      { key: 'other-roles', label: 'Overige rollen', count: 3 },
    ]);
    expect(output.participants.map((p) => p.label)).toEqual([
      'Anna (HR)',
      'Deelnemer 2',
      'Deelnemer 3 (HR)',
      'Deelnemer 4',
      'Deelnemer 5',
    ]);
    const model = buildGroupReportModel(
      loadShipped(),
      files.map((path) => ({ file: readAnswersFileFrom(path) })),
      {},
      'nl',
      { maxDisagreements: output.disagreements.length },
    );
    expect(model.privacy.groups).toEqual(output.privacy.groups);
    expect(model.participants.map((p) => p.label)).toEqual(output.participants.map((p) => p.label));
    expect(
      model.disagreements.items.map((d) => d.byRole.map((g) => [g.groupKey, g.answers.map((a) => a.count)])),
    ).toEqual(output.disagreements.map((d) => d.byRole.map((g) => [g.group, g.answers.map((a) => a.count)])));
  });

  it('suggests the majority answer: with two best and one worst, the best answer everywhere', async () => {
    const { best, worst, best2 } = await participants();
    const output = parseOutput<CompareOutput>(await quickscan('compare', best, worst, best2));
    const bestAnswers = readAnswers(best).answers;
    expect(output.disagreements.length).toBeGreaterThan(0);
    for (const question of output.disagreements) {
      if (question.answers[0]?.optionId === null) continue;
      expect(question.suggested).toBe(bestAnswers[question.questionId]);
    }
  });

  it('merges [best, best, worst] into the best answers, as a file that score and report accept', async () => {
    const { best, worst, best2 } = await participants();
    const printed = await quickscan('merge', best, best2, worst);
    const merged = parseOutput<AnswersJson & { format: string; formatVersion: number }>(printed);
    const bestFile = readAnswers(best);
    const shipped = loadShipped();
    const shownForBest = listShownQuestionIds(shipped, bestFile.answers);
    const expected = Object.fromEntries(
      shownForBest.flatMap((id) => {
        const optionId = bestFile.answers[id];
        return optionId === undefined ? [] : [[id, optionId]];
      }),
    );
    expect(merged.answers).toEqual(expected);
    expect(merged).toMatchObject({ format: 'quickscan-answers', formatVersion: ANSWERS_FORMAT_VERSION });
    expect(merged.organisationName).toBe(bestFile.organisationName);
    expect(merged).not.toHaveProperty('participant');

    const out = join(workDir, 'merged.json');
    const written = await quickscanProcess('merge', best, best2, worst, '-o', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(
      `${out}: agreed answers of 3 files written (${shownForBest.length} answers)\n`,
    );
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(merged);

    const score = parseOutput<ScoreOutput>(await quickscan('score', out));
    expect(score.overall).toBe(100);
    expect(score.level.id).toBe('leading');
    const pdf = join(workDir, 'merged.pdf');
    const report = await quickscan('report', out, '-o', pdf);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/merged\.pdf: report written \(\d+ KiB, level Voorloper\)/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('takes the most common organisation name of the inputs', async () => {
    const a = await exampleAs('org-a.json', 'mixed', '--organisation', 'Zorg & Co');
    const b = await exampleAs('org-b.json', 'best', '--organisation', 'Andere BV');
    const c = await exampleAs('org-c.json', 'worst', '--organisation', 'Zorg & Co');
    const merged = parseOutput<AnswersJson>(await quickscan('merge', b, a, c));
    expect(merged.organisationName).toBe('Zorg & Co');
  });

  it('shows progress from worst to best: everything now in place, nothing worse', async () => {
    const { best, worst } = await participants();
    const output = parseOutput<ProgressOutput>(
      await quickscanProcess('progress', worst, best, '--lang', 'en'),
    );
    expect(output.overall).toEqual({ then: 0, now: 100, change: 100 });
    expect(output.level).toMatchObject({ then: { id: 'start' }, now: { id: 'leading' } });
    for (const theme of output.themes) expect(theme.change).toBe(theme.now - theme.then);
    expect(output.themes.every((t) => t.change > 0)).toBe(true);
    expect(output.themes.map((t) => t.label)).toContain('Openness');
    expect(output.nowInPlace.length).toBeGreaterThan(10);
    expect(output.nowInPlace[0]?.question).not.toBe(output.nowInPlace[0]?.questionId);
    expect(output.worse).toEqual([]);
  });

  it('shows progress from best to worst: everything worse, nothing in place', async () => {
    const { best, worst } = await participants();
    const output = parseOutput<ProgressOutput>(await quickscan('progress', best, worst));
    expect(output.overall).toEqual({ then: 100, now: 0, change: -100 });
    expect(output.level).toMatchObject({ then: { id: 'leading' }, now: { id: 'start' } });
    expect(output.nowInPlace).toEqual([]);
    expect(output.improved).toEqual([]);
    expect(output.worse.length).toBeGreaterThan(10);
    const bestAnswers = readAnswers(best).answers;
    const worstAnswers = readAnswers(worst).answers;
    for (const change of output.worse) {
      expect(change.from).toBe(bestAnswers[change.questionId]);
      expect(change.to).toBe(worstAnswers[change.questionId]);
    }
  });

  it('writes the group report of the participants as a PDF', async () => {
    const { best, worst, mixed } = await participants();
    const pdf = join(workDir, 'group.pdf');
    const run = await quickscanProcess('group-report', best, worst, mixed, '-o', pdf, '--lang', 'en');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /group\.pdf: group report written \(\d+ KiB, 3 participants, agreed level \w+/,
    );
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true }))
      .text;
    // Every role here has one participant: by default none is shown apart, nor named next to a number.
    expect(text).toContain('Anna');
    expect(text).not.toContain('Anna (HR)');
    expect(text).not.toContain('Participant 2 (Employee)');
    expect(text).toContain('are therefore not shown apart');

    const open = join(workDir, 'group-open.pdf');
    const shown = await quickscan(
      'group-report',
      best,
      worst,
      mixed,
      '-o',
      open,
      '--lang',
      'en',
      '--show-single-roles',
    );
    expect(shown.code).toBe(0);
    const openText = (
      await extractText(await getDocumentProxy(new Uint8Array(readFileSync(open))), { mergePages: true })
    ).text;
    expect(openText).toContain('Anna (HR)');
    expect(openText).toContain('Participant 2 (Employee)');
  }, 90_000);

  it('writes the group report with the answers the group agreed, from --agreed', async () => {
    const { best, worst, mixed } = await participants();
    const pdf = join(workDir, 'group-agreed.pdf');
    // The group agreed on the best answers everywhere: the agreed level is the top one, not the cautious suggestion.
    const run = await quickscan('group-report', worst, mixed, '--agreed', best, '-o', pdf, '--lang', 'en');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/2 participants, agreed level Leading/);
    const missing = await quickscan(
      'group-report',
      worst,
      mixed,
      '--agreed',
      join(workDir, 'nope.json'),
      '-o',
      pdf,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: file not found/);
  }, 60_000);

  it.each<[string, string[], RegExp]>([
    ['group-report without -o', ['group-report', 'a.json', 'b.json'], /group-report: missing -o OUT\.pdf/],
    ['group-report with one file', ['group-report', 'a.json', '-o', 'g.pdf'], /expected at least 2/],
    ['compare with one file', ['compare', 'a.json'], /compare: expected at least 2 answers files, got 1/],
    ['compare without files', ['compare'], /compare: missing answers files/],
    [
      'merge with one file',
      ['merge', 'a.json', '-o', 'out.json'],
      /merge: expected at least 2 answers files/,
    ],
    ['progress with one file', ['progress', 'a.json'], /progress: expected two answers files .*got 1/],
    ['progress with three files', ['progress', 'a.json', 'b.json', 'c.json'], /got 3/],
    ['compare with --output', ['compare', 'a.json', 'b.json', '-o', 'x'], /--output does not apply/],
  ])('refuses %s as a wrong command line', async (_name, args, pattern) => {
    const run = await quickscan(...args);
    expectOneLineError(run, 2, pattern);
    expect(run.stderr).toMatch(/\(see "quickscan --help"\)$/m);
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
/** A file with one raw JSON member in its answers: written as text, as `__proto__` in an object literal is the prototype. */
function withRawAnswer(member: string): string {
  return JSON.stringify(baseFile()).replace('"answers":{}', `"answers":{${member}}`);
}
