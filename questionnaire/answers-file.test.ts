import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { MAX_JSON_DEPTH } from './json-text.ts';
import {
  ANSWERS_FORMAT_VERSION,
  createAnswersFile,
  findForbiddenKey,
  formatBytes,
  MAX_ANSWERS_FILE_BYTES,
  MAX_DRAFT_LENGTH,
  MAX_EVIDENCE_WHERE_LENGTH,
  MAX_NOTE_LENGTH,
  parseAnswersFile,
  readAnswersFileBytes,
  readAnswersFileText,
  salvageAnswersFile,
  type AnswersFileProblem,
} from './answers-file.ts';

const mini = loadMiniQuestionnaire();
const valid = () =>
  structuredClone(
    createAnswersFile(
      mini,
      { 'intake-size': 'fewer-than-10', o1: 'partly' },
      { organisationName: 'Bakkerij ’t Hoekje' },
    ),
  ) as Record<string, unknown>;

describe('parseAnswersFile', () => {
  it('accepts a file made by createAnswersFile, with the organisation name as typed', () => {
    const parsed = parseAnswersFile(mini, valid());
    expect(parsed.ok && parsed.value.organisationName).toBe('Bakkerij ’t Hoekje');
    expect(parsed.ok && parsed.value.answers).toEqual({ 'intake-size': 'fewer-than-10', o1: 'partly' });
  });

  const broken: [string, (file: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'a foreign JSON file',
      () => ({ name: 'package', version: '1.0.0' }),
      /at format: must be "quickscan-answers"/,
    ],
    ['not an object', () => [1, 2, 3], /at top level/],
    [
      'another questionnaire',
      (f) => ({ ...f, questionnaire: { id: 'other', version: '1.0.0' } }),
      /at questionnaire\.id: made for questionnaire "other"/,
    ],
    [
      'another version',
      (f) => ({ ...f, questionnaire: { id: 'mini', version: '0.9.0' } }),
      /at questionnaire\.version: made with version 0\.9\.0/,
    ],
    [
      'an unknown question',
      (f) => ({ ...f, answers: { 'no-such-question': 'no' } }),
      /at answers\.no-such-question: there is no question/,
    ],
    [
      'an unknown option',
      (f) => ({ ...f, answers: { o1: 'maybe' } }),
      /at answers\.o1: "maybe" is not an option of this question \(options: no, partly/,
    ],
    ['an answer that is not a string', (f) => ({ ...f, answers: { o1: 3 } }), /at answers\.o1:/],
    ['an extra key', (f) => ({ ...f, password: 'x' }), /Unrecognized key.*password/],
    [
      'a too long organisation name',
      (f) => ({ ...f, organisationName: 'x'.repeat(201) }),
      /at organisationName/,
    ],
  ];

  it.each(broken)('rejects %s with a message that says where', (_name, breakIt, message) => {
    const parsed = parseAnswersFile(mini, breakIt(valid()));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(message);
  });
});

describe('salvageAnswersFile', () => {
  it('keeps the answers that fit and counts the ones that do not', () => {
    const salvaged = salvageAnswersFile(mini, {
      format: 'something-else',
      questionnaire: { id: 'mini', version: '0.1.0' },
      organisationName: 'De Zorgzame Werkgever',
      answers: { o1: 'partly', o2: 'sometimes', gone: 'no', l1: 7 },
    });
    expect(salvaged?.kept).toBe(1);
    expect(salvaged?.dropped).toBe(3);
    expect(salvaged?.file.answers).toEqual({ o1: 'partly' });
    expect(salvaged?.file.organisationName).toBe('De Zorgzame Werkgever');
    expect(parseAnswersFile(mini, salvaged?.file).ok).toBe(true);
  });

  it.each([[null], ['text'], [[1, 2]], [{ answers: 'all good' }], [{ hello: 'world' }]])(
    'gives up on %j, which holds no answers',
    (data) => {
      expect(salvageAnswersFile(mini, data)).toBeUndefined();
    },
  );
});

describe('parseAnswersFile: format versions', () => {
  it('reads a format version 1 file as the current version', () => {
    const parsed = parseAnswersFile(mini, { ...valid(), formatVersion: 1 });
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value.formatVersion).toBe(ANSWERS_FORMAT_VERSION);
    expect(parsed.ok && parsed.value.answers).toEqual({ 'intake-size': 'fewer-than-10', o1: 'partly' });
  });

  it('reads a format version 2 file as the current version, with its participant', () => {
    const parsed = parseAnswersFile(mini, { ...valid(), formatVersion: 2, participant: { role: 'hr' } });
    expect(parsed.ok && parsed.value.formatVersion).toBe(ANSWERS_FORMAT_VERSION);
    expect(parsed.ok && parsed.value.participant).toEqual({ role: 'hr' });
    expect(parsed.ok && parsed.value.notes).toBeUndefined();
  });

  it('reads the participant of a file', () => {
    const parsed = parseAnswersFile(mini, { ...valid(), participant: { name: ' Sam ', role: 'carer' } });
    expect(parsed.ok && parsed.value.participant).toEqual({ name: 'Sam', role: 'carer' });
  });

  it('keeps a participant id and workshop id (format 6), and refuses one that is not a random id, with its path', () => {
    const participant = { role: 'other', id: 'Ab3_-xyz9QwE', workshop: 'W0rkshop_123' };
    const parsed = parseAnswersFile(mini, { ...valid(), participant });
    expect(parsed.ok && parsed.value.participant).toEqual(participant);
    const bad = parseAnswersFile(mini, { ...valid(), participant: { id: 'a b<script>' } });
    expect(bad.ok ? 'ok' : bad.problem).toBe('not-answers');
    expect(bad.ok ? '' : bad.issues.join('\n')).toMatch(/at participant\.id: must be 8 to 32 letters/);
  });

  it('refuses a participant role that does not exist', () => {
    const parsed = parseAnswersFile(mini, { ...valid(), participant: { role: 'ceo' } });
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('not-answers');
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(/at participant\.role/);
  });

  it('refuses a newer format version as made by a newer app', () => {
    const parsed = parseAnswersFile(mini, { ...valid(), formatVersion: 7 });
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('newer-format');
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(
      /at formatVersion: format version 7 is newer than this app reads \(6\)/,
    );
  });
});

describe('parseAnswersFile: forbidden keys', () => {
  type Place = 'top' | 'answers' | 'questionnaire';
  /**
   * A valid file as JSON text with `extra` (JSON members) added in one place. Written as text because an
   * object literal would turn `__proto__` into the prototype; JSON.parse makes it an own key, as in a real file.
   */
  const rawFile = (place: Place, extra: string) =>
    JSON.parse(
      `{"format":"quickscan-answers","formatVersion":2,` +
        `"questionnaire":{"id":"mini","version":"1.0.0"${place === 'questionnaire' ? `,${extra}` : ''}},` +
        `"answers":{"o1":"partly"${place === 'answers' ? `,${extra}` : ''}}` +
        `${place === 'top' ? `,${extra}` : ''}}`,
    ) as unknown;

  it.each<[string, Place, string, string]>([
    ['__proto__', 'top', '"__proto__":{"polluted":true}', '__proto__'],
    ['constructor', 'top', '"constructor":{}', 'constructor'],
    ['prototype', 'top', '"prototype":1', 'prototype'],
    ['__proto__', 'answers', '"__proto__":"no"', 'answers.__proto__'],
    ['constructor', 'answers', '"constructor":"no"', 'answers.constructor'],
    ['prototype', 'answers', '"prototype":"no"', 'answers.prototype'],
    ['__proto__', 'questionnaire', '"__proto__":{}', 'questionnaire.__proto__'],
    ['constructor', 'questionnaire', '"constructor":"x"', 'questionnaire.constructor'],
    ['prototype', 'questionnaire', '"prototype":"x"', 'questionnaire.prototype'],
  ])('refuses a "%s" key (%s), with its path', (key, place, extra, path) => {
    const parsed = parseAnswersFile(mini, rawFile(place, extra));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('forbidden-key');
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      `at ${path}: the key "${key}" is not allowed in an answers file`,
    ]);
  });

  it('accepts the same file without the extra key', () => {
    expect(parseAnswersFile(mini, rawFile('answers', '"o2":"no"')).ok).toBe(true);
  });

  it('finds a forbidden key inside an array too', () => {
    expect(findForbiddenKey({ list: [{}, { prototype: 1 }] })).toEqual({
      problem: 'forbidden-key',
      path: ['list', 1, 'prototype'],
    });
    expect(findForbiddenKey(valid())).toBeUndefined();
  });

  it('finds the first forbidden key in document order', () => {
    expect(findForbiddenKey({ a: { b: [0, { constructor: 1 }] }, other: 1, c: { prototype: 1 } })).toEqual({
      problem: 'forbidden-key',
      path: ['a', 'b', 1, 'constructor'],
    });
  });
});

/** Data nested `depth` levels deep, built without recursion: arrays, or objects under "a". */
function deepData(depth: number, kind: 'array' | 'object'): unknown {
  let data: unknown = 1;
  for (let level = 0; level < depth; level += 1) data = kind === 'array' ? [data] : { a: data };
  return data;
}

describe('parseAnswersFile: data nested too deeply', () => {
  it.each([
    [8000, 'array'],
    [8000, 'object'],
    [100_000, 'array'],
    [100_000, 'object'],
  ] as const)('refuses data nested %i levels deep (%s) without throwing', (depth, kind) => {
    const inFile = { ...valid(), notes: deepData(depth, kind) };
    for (const data of [deepData(depth, kind), inFile]) {
      const parsed = parseAnswersFile(mini, data);
      expect(parsed.ok ? 'ok' : parsed.problem).toBe('too-deep');
      expect(parsed.ok ? [] : parsed.issues).toEqual([
        `the data is nested too deeply (more than ${MAX_JSON_DEPTH} levels of objects and arrays)`,
      ]);
    }
  });

  it('salvages what it can of a scan in storage with 100,000 levels under its notes, without throwing', () => {
    const stored = { ...valid(), notes: deepData(100_000, 'object'), evidence: deepData(100_000, 'array') };
    const salvaged = salvageAnswersFile(mini, stored);
    expect(salvaged?.file.answers).toEqual(valid().answers);
    expect(salvaged?.file.notes).toBeUndefined();
    expect(salvageAnswersFile(mini, deepData(100_000, 'array'))).toBeUndefined();
  });

  it(`walks data ${MAX_JSON_DEPTH} levels deep to its end`, () => {
    expect(findForbiddenKey(deepData(MAX_JSON_DEPTH, 'object'))).toBeUndefined();
    expect(findForbiddenKey(deepData(MAX_JSON_DEPTH + 1, 'object'))).toMatchObject({ problem: 'too-deep' });
  });

  it('never throws on data built in code: cycles, shared objects, huge sparse arrays', () => {
    const cycle: Record<string, unknown> = { ...valid() };
    cycle.self = cycle;
    let shared: unknown = { leaf: true };
    for (let level = 0; level < 40; level += 1) shared = [shared, shared];
    const sparse: unknown[] = [];
    sparse[2 ** 32 - 2] = 1;
    for (const data of [cycle, { ...valid(), shared }, { ...valid(), sparse }]) {
      expect(parseAnswersFile(mini, data)).toMatchObject({ ok: false, problem: 'not-answers' });
    }
  });
});

describe('parseAnswersFile: the version of the questionnaire a file was made with', () => {
  const shipped = loadShipped();
  const made = (version: unknown) => ({
    ...createAnswersFile(shipped, {}),
    questionnaire: { id: shipped.id, version },
  });

  it.each(['0.9.0', '1.5.0', '2.5.0', '0.0.0'])(
    'calls %j, which no migration starts from, a version it cannot read',
    (version) => {
      const parsed = parseAnswersFile(shipped, made(version));
      expect(parsed.ok ? 'ok' : parsed.problem).toBe('unreadable-version');
      expect(parsed.ok ? [] : parsed.issues).toEqual([
        `at questionnaire.version: made with version ${version} of the questionnaire, which this version of the quick scan cannot read`,
      ]);
    },
  );

  it.each([
    ['banana', '"banana"'],
    ['', '""'],
    ['1.2', '"1.2"'],
    ['4', '"4"'],
    ['v3.0.0', '"v3.0.0"'],
    ['3.0.0-beta\u001b[2J', '"3.0.0-beta\\u001b[2J"'],
  ])('calls %j, which is no version, a version it cannot read, quoted safely', (version, shown) => {
    const parsed = parseAnswersFile(shipped, made(version));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('unreadable-version');
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      `at questionnaire.version: made with version ${shown} of the questionnaire, which this version of the quick scan cannot read`,
    ]);
  });

  it.each(['4.0.0', '3.2.0', '3.1.1'])('calls %j newer', (version) => {
    const parsed = parseAnswersFile(shipped, made(version));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('newer-version');
    expect(parsed.ok ? '' : parsed.issues[0]).toMatch(/which is newer than this one \(3\.1\.0\)/);
  });

  it.each(['1.0.0', '2.0.0'])('migrates %j, from which a migration starts', (version) => {
    const parsed = parseAnswersFile(shipped, made(version));
    expect(parsed.ok && parsed.migration?.from).toBe(version);
  });

  it('refuses a version that is not a text as not an answers file', () => {
    expect(parseAnswersFile(shipped, made(3))).toMatchObject({ ok: false, problem: 'not-answers' });
  });
});

describe('parseAnswersFile: the reason a file is refused', () => {
  it.each<[string, (file: Record<string, unknown>) => unknown, AnswersFileProblem]>([
    ['a package.json', () => ({ name: 'app', version: '1.0.0', scripts: {} }), 'not-answers'],
    ['a list', () => [], 'not-answers'],
    ['another questionnaire', (f) => ({ ...f, questionnaire: { id: 'other', version: '1.0.0' } }), 'foreign'],
    [
      'a newer version of the questionnaire',
      (f) => ({ ...f, questionnaire: { id: 'mini', version: '9.0.0' } }),
      'newer-version',
    ],
    ['an unknown question', (f) => ({ ...f, answers: { nope: 'no' } }), 'unknown-ids'],
    ['an unknown option', (f) => ({ ...f, answers: { o1: 'maybe' } }), 'unknown-ids'],
  ])('%s', (_name, breakIt, problem) => {
    const parsed = parseAnswersFile(mini, breakIt(valid()));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe(problem);
  });
});

describe('readAnswersFileText', () => {
  const text = () => JSON.stringify(valid());

  it('reads a valid file, with or without a byte order mark', () => {
    expect(readAnswersFileText(mini, text()).ok).toBe(true);
    const withBom = readAnswersFileText(mini, `\uFEFF${text()}`);
    expect(withBom.ok && withBom.value.organisationName).toBe('Bakkerij ’t Hoekje');
  });

  it('refuses a file over the limit before parsing it', () => {
    const read = readAnswersFileText(mini, 'not even JSON', MAX_ANSWERS_FILE_BYTES + 1);
    expect(read.ok ? 'ok' : read.problem).toBe('too-large');
    expect(read.ok ? '' : read.issues[0]).toBe('the file is too large (1.0 MiB; at most 1.0 MiB)');
    const measured = readAnswersFileText(mini, ' '.repeat(2 * MAX_ANSWERS_FILE_BYTES));
    expect(measured.ok ? [] : measured.issues).toEqual(['the file is too large (2.0 MiB; at most 1.0 MiB)']);
  });

  it('counts bytes, not characters, against the limit', () => {
    const read = readAnswersFileText(mini, '€'.repeat(MAX_ANSWERS_FILE_BYTES / 2));
    expect(read.ok ? 'ok' : read.problem).toBe('too-large');
  });

  it.each([[''], ['   \n'], ['\uFEFF']])('refuses an empty file (%j)', (content) => {
    const read = readAnswersFileText(mini, content);
    expect(read.ok ? 'ok' : read.problem).toBe('empty');
    expect(read.ok ? [] : read.issues).toEqual(['the file is empty']);
  });

  it('refuses text that is not JSON', () => {
    const read = readAnswersFileText(mini, '{"format": ');
    expect(read.ok ? 'ok' : read.problem).toBe('not-json');
    expect(read.ok ? '' : read.issues[0]).toMatch(/^not valid JSON \(/);
  });

  it('passes on the reason parseAnswersFile gives', () => {
    const read = readAnswersFileText(mini, text().replace('"answers":{', '"answers":{"__proto__":"x",'));
    expect(read.ok ? 'ok' : read.problem).toBe('forbidden-key');
  });

  it('refuses a second "answers" key, which JSON.parse would let replace the first', () => {
    const read = readAnswersFileText(mini, text().replace(/}$/, ',"answers":{"o1":"no"}}'));
    expect(read.ok ? 'ok' : read.problem).toBe('duplicate-key');
    expect(read.ok ? [] : read.issues).toEqual(['at top level: the key "answers" appears twice']);
  });

  it('refuses a question answered twice, with its path', () => {
    const read = readAnswersFileText(mini, text().replace('"o1":"partly"', '"o1":"partly","o1":"no"'));
    expect(read.ok ? [] : read.issues).toEqual(['at answers: the key "o1" appears twice']);
  });

  it.each([8000, 100_000])('refuses JSON nested %i levels deep without throwing', (depth) => {
    const read = readAnswersFileText(
      mini,
      text().replace(/}$/, `,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    );
    expect(read.ok ? 'ok' : read.problem).toBe('too-deep');
  });
});

describe('readAnswersFileBytes', () => {
  const text = () => JSON.stringify(valid());
  const utf16le = (content: string) => {
    const bytes = new Uint8Array(content.length * 2 + 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < content.length; i += 1) {
      bytes[2 + 2 * i] = content.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = content.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it('reads UTF-8 bytes, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode(text());
    expect(readAnswersFileBytes(mini, bytes).ok).toBe(true);
    const withBom = readAnswersFileBytes(mini, new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]));
    expect(withBom.ok && withBom.value.organisationName).toBe('Bakkerij ’t Hoekje');
  });

  it('refuses UTF-16, saying to save it as UTF-8', () => {
    expect(readAnswersFileBytes(mini, utf16le(text()))).toEqual({
      ok: false,
      problem: 'utf-16',
      issues: ['the file is UTF-16 text; save it as UTF-8'],
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    const read = readAnswersFileBytes(mini, new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(read.ok ? 'ok' : read.problem).toBe('not-utf-8');
  });

  it('refuses too many bytes before decoding them', () => {
    const read = readAnswersFileBytes(mini, new Uint8Array(MAX_ANSWERS_FILE_BYTES + 1));
    expect(read.ok ? 'ok' : read.problem).toBe('too-large');
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 KiB'],
    [1024, '1 KiB'],
    [1025, '2 KiB'],
    [1024 * 1024, '1.0 MiB'],
    [20 * 1024 * 1024, '20.0 MiB'],
  ])('%i bytes is %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('parseAnswersFile: notes and evidence (format 3)', () => {
  const withExtras = (extra: Record<string, unknown>) => ({ ...valid(), ...extra });

  it('keeps notes exactly as typed, markup and all, and the evidence folder', () => {
    const note = '  <b>Lunchlezing</b> in maart;\n"mantelzorgcafé" & meer  ';
    const parsed = parseAnswersFile(
      mini,
      withExtras({
        notes: { openness: note, embedding: '' },
        evidence: { o1: { have: true, where: 'HR-handboek §4.2' }, e1: { have: false, where: '' } },
      }),
    );
    expect(parsed.ok && parsed.value.notes).toEqual({ openness: note, embedding: '' });
    expect(parsed.ok && parsed.value.evidence).toEqual({
      o1: { have: true, where: 'HR-handboek §4.2' },
      e1: { have: false, where: '' },
    });
  });

  it('accepts a note of exactly 2000 characters', () => {
    const parsed = parseAnswersFile(mini, withExtras({ notes: { tailored: 'x'.repeat(MAX_NOTE_LENGTH) } }));
    expect(parsed.ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, RegExp, AnswersFileProblem]>([
    ['a note that is not text', { notes: { openness: 42 } }, /at notes\.openness/, 'not-answers'],
    ['notes that are a list', { notes: ['a'] }, /at notes/, 'not-answers'],
    [
      'a note for an unknown theme',
      { notes: { pensions: 'x' } },
      /at notes\.pensions: there is no theme "pensions" \(themes: openness, legal-leave/,
      'unknown-ids',
    ],
    [
      'a note over the limit',
      { notes: { openness: 'x'.repeat(MAX_NOTE_LENGTH + 1) } },
      /at notes\.openness: must be at most 2000 characters/,
      'not-answers',
    ],
    ['evidence without "have"', { evidence: { o1: { where: 'x' } } }, /at evidence\.o1\.have/, 'not-answers'],
    [
      'evidence with "have" as text',
      { evidence: { o1: { have: 'yes', where: '' } } },
      /at evidence\.o1\.have: must be true or false/,
      'not-answers',
    ],
    [
      'evidence with an extra key',
      { evidence: { o1: { have: true, where: '', owner: 'x' } } },
      /Unrecognized key.*owner/,
      'not-answers',
    ],
    [
      'evidence "where" over the limit',
      { evidence: { o1: { have: true, where: 'x'.repeat(MAX_EVIDENCE_WHERE_LENGTH + 1) } } },
      /at evidence\.o1\.where: must be at most 200 characters/,
      'not-answers',
    ],
    [
      'evidence for an unknown question',
      { evidence: { nope: { have: true, where: '' } } },
      /at evidence\.nope: there is no question "nope"/,
      'unknown-ids',
    ],
    [
      'evidence for an intake question',
      { evidence: { 'intake-size': { have: true, where: '' } } },
      /at evidence\.intake-size: the question "intake-size" has no evidence to collect/,
      'unknown-ids',
    ],
  ])('refuses %s and says where', (_name, extra, message, problem) => {
    const parsed = parseAnswersFile(mini, withExtras(extra));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe(problem);
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(message);
  });

  it('survives a round trip through text', () => {
    const file = createAnswersFile(
      mini,
      { o1: 'partly' },
      {
        notes: { openness: 'Regel 1\r\nRegel "2"; =SUM(A1)' },
        evidence: { o1: { have: true, where: 'intranet' } },
      },
    );
    const read = readAnswersFileText(mini, JSON.stringify(file, null, 2));
    expect(read.ok && read.value.notes).toEqual(file.notes);
    expect(read.ok && read.value.evidence).toEqual(file.evidence);
  });

  it('salvages the valid notes and evidence of a damaged file and drops the rest', () => {
    const salvaged = salvageAnswersFile(mini, {
      answers: { o1: 'partly' },
      notes: { openness: 'kept', pensions: 'dropped', tailored: 3 },
      evidence: { o1: { have: true, where: 'map' }, nope: { have: true, where: '' }, e1: { have: 'x' } },
    });
    expect(salvaged?.file.notes).toEqual({ openness: 'kept' });
    expect(salvaged?.file.evidence).toEqual({ o1: { have: true, where: 'map' } });
  });
});

describe('parseAnswersFile: application drafts (format 4)', () => {
  const withDrafts = (drafts: unknown, formatVersion = ANSWERS_FORMAT_VERSION) => ({
    ...valid(),
    formatVersion,
    drafts,
  });

  it('keeps each draft exactly as typed, also an empty one, and survives a round trip through text', () => {
    const text = '  Wij <i>praten</i> elk jaar;\r\n\r\n"Werk & zorg" =SUM(A1)  ';
    const file = createAnswersFile(mini, { o1: 'partly' }, { drafts: { dialogue: text, embedding: '' } });
    const read = readAnswersFileText(mini, JSON.stringify(file, null, 2));
    expect(read.ok && read.value.drafts).toEqual({ dialogue: text, embedding: '' });
    expect(read.ok && read.value.formatVersion).toBe(6);
  });

  it('reads a format version 3 file, with its notes and evidence, as version 6 with nothing lost', () => {
    const old = {
      ...valid(),
      formatVersion: 3,
      notes: { openness: 'Lunchlezing' },
      evidence: { o1: { have: true, where: 'map' } },
    };
    const parsed = parseAnswersFile(mini, old);
    expect(parsed.ok && parsed.value).toEqual({ ...old, formatVersion: 6 });
    expect(parsed.ok && parsed.value.drafts).toBeUndefined();
  });

  it('accepts a draft of exactly the limit', () => {
    expect(parseAnswersFile(mini, withDrafts({ solutions: 'x'.repeat(MAX_DRAFT_LENGTH) })).ok).toBe(true);
  });

  it.each<[string, unknown, RegExp, AnswersFileProblem]>([
    ['a draft that is not text', { awareness: 7 }, /at drafts\.awareness/, 'not-answers'],
    ['drafts that are a list', ['a'], /at drafts/, 'not-answers'],
    [
      'a draft over the limit',
      { awareness: 'x'.repeat(MAX_DRAFT_LENGTH + 1) },
      /at drafts\.awareness: must be at most 10000 characters/,
      'not-answers',
    ],
    [
      'a draft for a question the application does not have',
      { budget: 'x' },
      /at drafts\.budget: there is no application question "budget" \(questions: awareness, dialogue, solutions, embedding\)/,
      'unknown-ids',
    ],
  ])('refuses %s and says where', (_name, drafts, message, problem) => {
    const parsed = parseAnswersFile(mini, withDrafts(drafts));
    expect(parsed.ok ? 'ok' : parsed.problem).toBe(problem);
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(message);
  });

  it('reads drafts in a file that says it is format 3 (every older file is read as version 4)', () => {
    const parsed = parseAnswersFile(mini, withDrafts({ awareness: 'x' }, 3));
    expect(parsed.ok && parsed.value.drafts).toEqual({ awareness: 'x' });
  });

  it('salvages the valid drafts of a damaged file and drops the rest', () => {
    const salvaged = salvageAnswersFile(mini, {
      answers: { o1: 'partly' },
      drafts: {
        awareness: 'kept',
        budget: 'dropped',
        dialogue: 3,
        embedding: 'x'.repeat(MAX_DRAFT_LENGTH + 1),
      },
    });
    expect(salvaged?.file.drafts).toEqual({ awareness: 'kept' });
  });
});

describe('parseAnswersFile: the day the scan was made (format 5)', () => {
  it('keeps scannedAt through a round trip through text', () => {
    const file = createAnswersFile(mini, { o1: 'partly' }, { scannedAt: '2025-11-28' });
    const read = readAnswersFileText(mini, JSON.stringify(file));
    expect(read.ok && read.value.scannedAt).toBe('2025-11-28');
    expect(read.ok && read.value.formatVersion).toBe(6);
  });

  it('reads a format version 4 file as version 6 without a scan day, nothing else changed', () => {
    const old = { ...valid(), formatVersion: 4, drafts: { dialogue: 'Wij praten' } };
    const parsed = parseAnswersFile(mini, old);
    expect(parsed.ok && parsed.value).toEqual({ ...old, formatVersion: 6 });
    expect(parsed.ok && parsed.value.scannedAt).toBeUndefined();
  });

  it.each([
    ['2025-02-30', /at scannedAt: must be a day that exists/],
    ['28-11-2025', /at scannedAt: must be a day as YYYY-MM-DD/],
    ['2025-11-28T10:00:00Z', /at scannedAt: must be a day as YYYY-MM-DD/],
    ['1999-12-31', /at scannedAt: must be a day as YYYY-MM-DD/],
  ])('refuses the scan day %s with its path', (scannedAt, message) => {
    const parsed = parseAnswersFile(mini, { ...valid(), scannedAt });
    expect(parsed.ok ? 'ok' : parsed.problem).toBe('not-answers');
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(message);
  });

  it('salvages a valid scan day from a damaged file and drops an invalid one', () => {
    expect(
      salvageAnswersFile(mini, { answers: { o1: 'nope' }, scannedAt: '2024-06-01' })?.file.scannedAt,
    ).toBe('2024-06-01');
    expect(salvageAnswersFile(mini, { answers: {}, scannedAt: 'gisteren' })?.file.scannedAt).toBeUndefined();
  });
});
