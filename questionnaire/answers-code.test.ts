import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import {
  answersLink,
  CODE_FORMAT_VERSION,
  CODE_ROLES,
  crc32,
  decodeAnswersCode,
  decodeInvitation,
  encodeAnswersCode,
  encodeInvitation,
  extractCode,
  fromBase64Url,
  invitationLink,
  newParticipantId,
  newWorkshopId,
  toBase64Url,
} from './answers-code.ts';
import { createAnswersFile, parseAnswersFile, PARTICIPANT_ROLES, type AnswersFile } from './answers-file.ts';
import {
  buildCodeTable,
  CodeTableSchema,
  findCodeTable,
  highestCodeTableNumber,
  listCodeTables,
  listTableQuestions,
} from './code-tables/code-tables.ts';
import { createExampleAnswers } from './example-answers.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { getOptions, listQuestions } from './questions.ts';
import type { Questionnaire } from './schema.ts';

const shipped = loadShipped();

/** Version 3.0.0 of the questionnaire, as it shipped. */
const version300 = (() => {
  const parsed = parseQuestionnaire(
    JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL('../tests/fixtures/zorgvriendelijk-werkgeverschap-3.0.0.json', import.meta.url),
        ),
        'utf8',
      ),
    ),
  );
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return parsed.value;
})();
const WORKSHOP = 'w0rkSh0p-Id_';
const PARTICIPANT = 'PaRt1c1pant-';

/** A participant's answers file as the parser gives it back, for comparing with what a code gives back. */
function participantFile(
  questionnaire: Questionnaire,
  answers: Record<string, string>,
  meta: Parameters<typeof createAnswersFile>[2] = {},
): AnswersFile {
  const parsed = parseAnswersFile(
    questionnaire,
    createAnswersFile(questionnaire, answers, {
      ...meta,
      participant: { id: PARTICIPANT, workshop: WORKSHOP, ...meta.participant },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return parsed.value;
}

/** Every answer of the mixed example, as a carer of "Zorggroep Noord", scanned today. */
const fullFile = participantFile(shipped, createExampleAnswers(shipped, 'mixed'), {
  organisationName: 'Zorggroep Noord',
  scannedAt: '2026-12-07',
  participant: { role: 'carer' },
});

/** The bytes of a code with one change, and a checksum that fits again: as a newer (or broken) app would make it. */
function rewrite(code: string, change: (bytes: Uint8Array) => void): string {
  const bytes = fromBase64Url(code);
  if (typeof bytes === 'string') throw new Error(bytes);
  change(bytes);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

describe('the bytes of a code', () => {
  it('computes the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes base64url as Node does and reads it back', () => {
    for (let length = 0; length < 40; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 73 + length * 11) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it('refuses base64url of an impossible length, with a foreign character, or with stray bits at the end', () => {
    expect(fromBase64Url('QUJDR')).toMatch(/it is 5 characters long, which no code is/);
    expect(fromBase64Url('QU+D')).toMatch(/at character 3: "\+" is not in a code/);
    // "QR" would be 0x45 plus four bits that no byte sets.
    expect(fromBase64Url('QR')).toMatch(/at character 2: no code ends like this/);
  });
});

describe('the frozen code tables', () => {
  const folder = fileURLToPath(new URL('./code-tables/', import.meta.url));
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

  it('has a table for the shipped questionnaire version, equal to the questionnaire', () => {
    const table = findCodeTable(shipped.id, shipped.version);
    expect(
      table,
      `version ${shipped.version} of the questionnaire has no code table: run cli/write-code-table.ts`,
    ).toBeDefined();
    expect(
      table,
      `the code table of version ${shipped.version} differs from the questionnaire: a changed questionnaire needs a new version and a new table`,
    ).toEqual(buildCodeTable(shipped, table?.number ?? 0));
  });

  it('registers every table file, each named after its questionnaire version, numbered 1, 2, 3 … once each', () => {
    const tables = listCodeTables();
    expect(
      tables.map((table) => `${table.questionnaire.id}-${table.questionnaire.version}.json`).sort(),
    ).toEqual([...files].sort());
    for (const name of files) {
      const data: unknown = JSON.parse(readFileSync(`${folder}${name}`, 'utf8'));
      expect(tables).toContainEqual(CodeTableSchema.parse(data));
    }
    expect(tables.map((table) => table.number).sort((a, b) => a - b)).toEqual(
      tables.map((_, index) => index + 1),
    );
    expect(highestCodeTableNumber()).toBe(tables.length);
  });

  it('keeps table 1 as version 3.0.0 was: equal to it, with five roles in the intake and 54 questions', () => {
    const [first] = listCodeTables();
    expect(first).toEqual(buildCodeTable(version300, 1));
    const questions = first ? listTableQuestions(first) : [];
    expect(questions).toHaveLength(54);
    expect(questions.find((question) => question.id === 'intake-role')?.options).toEqual([
      'hr',
      'director',
      'manager',
      'advisor',
      'other',
    ]);
  });

  it('has a place in code format 1 for every role of the answers file', () => {
    for (const role of PARTICIPANT_ROLES) expect(CODE_ROLES).toContain(role);
    expect(new Set(CODE_ROLES).size).toBe(CODE_ROLES.length);
  });
});

describe('a participant’s answers code', () => {
  it('gives back the same answers file, and is short', () => {
    const code = encodeAnswersCode(shipped, fullFile);
    const decoded = decodeAnswersCode(shipped, code);
    expect(decoded).toEqual({ ok: true, value: fullFile, migration: null, workshopId: WORKSHOP });
    // Measured: 92 characters for every question answered, organisation name of 15 letters, no name.
    console.info(`answers code of a full scan: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(92);
    expect(code).toMatch(/^QQEC[A-Za-z0-9_-]+$/);
  });

  it('carries every option of every question of the shipped questionnaire', () => {
    const questions = listQuestions(shipped);
    const most = Math.max(...questions.map(({ question }) => getOptions(shipped, question).length));
    for (let position = 0; position < most; position += 1) {
      const answers = Object.fromEntries(
        questions.map(({ question }) => {
          const options = getOptions(shipped, question);
          return [question.id, options[position % options.length]?.id ?? ''];
        }),
      );
      const file = participantFile(shipped, answers);
      expect(decodeAnswersCode(shipped, encodeAnswersCode(shipped, file))).toMatchObject({
        ok: true,
        value: file,
      });
    }
  });

  it('carries no answers, no role, no day and no organisation name too', () => {
    const file = participantFile(shipped, {});
    const code = encodeAnswersCode(shipped, file);
    expect(decodeAnswersCode(shipped, code)).toMatchObject({ ok: true, value: file });
    // Measured: 72 characters; the answers take their bits even when unanswered.
    expect(code.length).toBeLessThanOrEqual(72);
  });

  it('carries a name in any script, an empty organisation name and the first and last scan day', () => {
    for (const [name, organisationName, scannedAt] of [
      ['Łucja Ŝmidt-Øvergaard', '', '2000-01-01'],
      ['محمد الأحمد', 'زorg & Co “’t Hoekje”', '2099-12-31'],
      ['王小明 👩🏽‍⚕️', 'Zorggroep 北', '2024-02-29'],
      ['x'.repeat(100), 'y'.repeat(200), '2026-01-15'],
    ] as const) {
      const file = participantFile(shipped, createExampleAnswers(shipped, 'best'), {
        organisationName,
        scannedAt,
        participant: { name, role: 'hr' },
      });
      expect(decodeAnswersCode(shipped, encodeAnswersCode(shipped, file))).toMatchObject({
        ok: true,
        value: file,
      });
    }
  });

  it('leaves out notes, evidence, drafts, the free-text role and the time of the last change', () => {
    const file = participantFile(
      shipped,
      { 'flex-home': 'arranged' },
      {
        notes: { openness: 'Wij praten erover.' },
        evidence: { 'flex-home': { have: true, where: 'HR-handboek' } },
        drafts: { awareness: 'Concept' },
        respondentRole: 'HR-adviseur',
        updatedAt: '2026-12-07T10:00:00.000Z',
      },
    );
    const decoded = decodeAnswersCode(shipped, encodeAnswersCode(shipped, file));
    expect(decoded.ok && decoded.value).toEqual({
      format: file.format,
      formatVersion: file.formatVersion,
      questionnaire: file.questionnaire,
      participant: file.participant,
      answers: file.answers,
    });
  });

  it('refuses to make a code of a file without workshop or participant id (a programmer error)', () => {
    const file = createAnswersFile(shipped, {}, { participant: { role: 'hr', id: PARTICIPANT } });
    expect(() => encodeAnswersCode(shipped, file)).toThrow(/participant\.workshop and participant\.id/);
    expect(() => encodeAnswersCode(shipped, createAnswersFile(shipped, {}))).toThrow(/participant\.workshop/);
  });

  it('refuses to make a code of an answer that is not an option, or of a file of another version', () => {
    const wrong = { ...fullFile, answers: { ...fullFile.answers, 'flex-home': 'maybe' } };
    expect(() => encodeAnswersCode(shipped, wrong)).toThrow(/answers\.flex-home: "maybe"/);
    const older = { ...fullFile, questionnaire: { ...fullFile.questionnaire, version: '3.0.0' } };
    expect(() => encodeAnswersCode(shipped, older)).toThrow(/3\.0\.0/);
  });
});

describe('damaged codes', () => {
  const code = encodeAnswersCode(shipped, fullFile);
  const bytes = fromBase64Url(code);
  if (typeof bytes === 'string') throw new Error(bytes);

  it('refuses every single flipped bit as damaged (checksum)', () => {
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const flipped = Uint8Array.from(bytes);
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (0x80 >> (bit & 7));
      const decoded = decodeAnswersCode(shipped, toBase64Url(flipped));
      expect(decoded.ok ? 'ok' : decoded.problem, `bit ${bit}`).toBe('damaged-code');
    }
  });

  it('refuses every code cut short: damaged, or not a code once too little is left to tell', () => {
    for (let length = 0; length < code.length; length += 1) {
      const decoded = decodeAnswersCode(shipped, code.slice(0, length));
      expect(decoded.ok ? 'ok' : decoded.problem, `length ${length}`).toBe(
        length < 2 ? 'not-a-code' : 'damaged-code',
      );
    }
  });

  it('refuses every single changed character, and a character added anywhere', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let index = 0; index < code.length; index += 1) {
      for (const char of alphabet) {
        if (char === code[index]) continue;
        const changed = `${code.slice(0, index)}${char}${code.slice(index + 1)}`;
        const decoded = decodeAnswersCode(shipped, changed);
        expect(decoded.ok, `${index} ${char}`).toBe(false);
        if (index >= 2 && !decoded.ok) expect(decoded.problem).toBe('damaged-code');
      }
      const added = decodeAnswersCode(shipped, `${code.slice(0, index)}A${code.slice(index)}`);
      expect(added.ok ? 'ok' : added.problem).toMatch(/damaged-code|not-a-code/);
    }
  });

  it('says why in one readable line', () => {
    const flipped = `${code.slice(0, 40)}${code[40] === 'A' ? 'B' : 'A'}${code.slice(41)}`;
    expect(decodeAnswersCode(shipped, flipped)).toEqual({
      ok: false,
      problem: 'damaged-code',
      issues: ['the code is damaged: its checksum does not match (a character was changed, added or lost)'],
    });
    expect(decodeAnswersCode(shipped, code.slice(0, 9))).toEqual({
      ok: false,
      problem: 'damaged-code',
      issues: [
        'the code is damaged: it is 9 characters long, which no code is (a character was lost or added)',
      ],
    });
  });

  it('refuses a code whose checksum fits but whose bytes do not (a broken encoder)', () => {
    const padded = rewrite(code, (b) => {
      b[b.length - 5] = (b[b.length - 5] ?? 0) | 1;
    });
    expect(decodeAnswersCode(shipped, padded)).toMatchObject({ ok: false, problem: 'damaged-code' });
    const longId = rewrite(code, (b) => {
      b[4] = 33;
    });
    expect(decodeAnswersCode(shipped, longId)).toEqual({
      ok: false,
      problem: 'damaged-code',
      issues: ['the code is damaged: at byte 5: the workshop id cannot be 33 characters'],
    });
  });
});

describe('codes this app cannot read', () => {
  const code = encodeAnswersCode(shipped, fullFile);

  it('refuses a code of a newer code format as newer-code', () => {
    const newer = rewrite(code, (b) => {
      b[1] = CODE_FORMAT_VERSION + 1;
    });
    expect(decodeAnswersCode(shipped, newer)).toEqual({
      ok: false,
      problem: 'newer-code',
      issues: [
        'the code was made by a newer version of the quick scan (code format 2; this one reads up to 1): use a newer version of the quick scan',
      ],
    });
  });

  it('refuses a code of a newer questionnaire (a table number above every known one) as newer-version', () => {
    const next = highestCodeTableNumber() + 1;
    const newer = rewrite(code, (b) => {
      b[3] = next;
    });
    const decoded = decodeAnswersCode(shipped, newer);
    expect(decoded).toMatchObject({ ok: false, problem: 'newer-version' });
    expect(decoded.ok ? '' : decoded.issues[0]).toMatch(
      `table ${next}; this quick scan knows up to ${next - 1}`,
    );
    const none = rewrite(code, (b) => {
      b[3] = 0;
    });
    expect(decodeAnswersCode(shipped, none)).toMatchObject({ ok: false, problem: 'damaged-code' });
  });

  it('refuses what is no code of this app as not-a-code', () => {
    for (const text of [
      '',
      '   ',
      'https://example.com/',
      'Hallo, hier zijn mijn antwoorden!',
      'SGVsbG8gd29ybGQ',
    ]) {
      expect(decodeAnswersCode(shipped, text), text).toMatchObject({ ok: false, problem: 'not-a-code' });
    }
  });

  it('refuses an invitation where answers are expected, and answers where an invitation is', () => {
    const invitation = encodeInvitation(shipped, { workshopId: WORKSHOP, organisationName: 'X', intake: {} });
    expect(decodeAnswersCode(shipped, invitation)).toEqual({
      ok: false,
      problem: 'wrong-kind',
      issues: ["this is a workshop invitation, not a participant's answers"],
    });
    expect(decodeInvitation(shipped, code)).toEqual({
      ok: false,
      problem: 'wrong-kind',
      issues: ["this is a participant's answers, not a workshop invitation"],
    });
  });

  it('refuses what the answers file parser refuses, with its problem: a scan day after 2099', () => {
    // Byte 26–27: the scan day, after the header (4), two ids of 12 characters (10 each) and the role (1).
    const late = rewrite(code, (b) => {
      b[25] = 0xff;
      b[26] = 0xff;
    });
    const decoded = decodeAnswersCode(shipped, late);
    expect(decoded).toMatchObject({ ok: false, problem: 'not-answers' });
    expect(decoded.ok ? '' : decoded.issues.join('\n')).toMatch(/at scannedAt/);
  });
});

describe('a code made with version 3.0.0 of the questionnaire', () => {
  const answers = { ...createExampleAnswers(shipped, 'mixed'), 'intake-role': 'advisor' };
  const file = createAnswersFile(version300, answers, {
    participant: { id: PARTICIPANT, workshop: WORKSHOP, role: 'manager' },
    scannedAt: '2026-06-01',
  });

  it('is made with table 1, and migrated to the shipped version when read', () => {
    const code = encodeAnswersCode(version300, file);
    const bytes = fromBase64Url(code);
    expect(typeof bytes !== 'string' && bytes[3]).toBe(1);
    const decoded = decodeAnswersCode(shipped, code);
    expect(decoded).toMatchObject({
      ok: true,
      workshopId: WORKSHOP,
      migration: { from: '3.0.0', to: shipped.version },
      value: {
        questionnaire: { id: shipped.id, version: shipped.version },
        participant: file.participant,
        scannedAt: '2026-06-01',
        answers,
      },
    });
  });

  it('cannot carry a role that version 3.0.0 did not have as an intake answer', () => {
    const carer = { ...file, answers: { ...answers, 'intake-role': 'carer' } };
    expect(() => encodeAnswersCode(version300, carer)).toThrow(/answers\.intake-role: "carer"/);
  });

  it('migrates an invitation of 3.0.0 too', () => {
    const intake = { 'intake-size': '10-to-49', 'intake-cao': 'no' };
    const code = encodeInvitation(version300, { workshopId: WORKSHOP, organisationName: 'Oud', intake });
    expect(decodeInvitation(shipped, code)).toMatchObject({
      ok: true,
      intake,
      questionnaireVersion: '3.0.0',
      migration: { from: '3.0.0', to: shipped.version },
    });
  });
});

describe('an invitation', () => {
  const intake = {
    'intake-size': '50-to-249',
    'intake-sector': 'care-welfare',
    'intake-cao': 'yes',
    'intake-roster': 'most',
    'intake-works-council': 'works-council',
  };

  it('gives back the workshop, the organisation and its intake, and is short', () => {
    const code = encodeInvitation(shipped, {
      workshopId: WORKSHOP,
      organisationName: 'Zorggroep Noord',
      intake,
    });
    expect(decodeInvitation(shipped, invitationLink('https://scan.example/app/', code))).toEqual({
      ok: true,
      workshopId: WORKSHOP,
      organisationName: 'Zorggroep Noord',
      intake,
      questionnaireVersion: shipped.version,
      migration: null,
    });
    console.info(`invitation code: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(50);
    expect(code).toMatch(/^QQEB/);
  });

  it('refuses an answer to a theme question, and a workshop id that is no id (programmer errors)', () => {
    expect(() =>
      encodeInvitation(shipped, {
        workshopId: WORKSHOP,
        organisationName: '',
        intake: { 'flex-home': 'no' },
      }),
    ).toThrow(/"flex-home" cannot be carried/);
    expect(() => encodeInvitation(shipped, { workshopId: 'short', organisationName: '', intake })).toThrow(
      /workshopId must be 8 to 32/,
    );
  });
});

describe('links and ids', () => {
  const code = encodeAnswersCode(shipped, fullFile);

  it('finds the code in a bare code, a link, or a message that holds a link', () => {
    expect(extractCode(code)).toBe(code);
    expect(extractCode(`  ${code}\n`)).toBe(code);
    expect(extractCode(`${code}/`)).toBe(code);
    expect(extractCode(answersLink('https://scan.example/app/', code))).toBe(code);
    expect(extractCode(`Mijn antwoorden: ${answersLink('http://192.168.1.20:4173/', code)}.`)).toBe(code);
    expect(extractCode(`${invitationLink('https://scan.example/', code)}/`)).toBe(code);
    expect(extractCode(`https://scan.example/#/doe-mee/${code}?utm=x`)).toBe(code);
    expect(extractCode('https://example.com/')).toBeNull();
    expect(extractCode('two words')).toBeNull();
    expect(extractCode('https://scan.example/#/workshop/ontvang/')).toBeNull();
  });

  it('makes links from the app address, leaving out a fragment it has', () => {
    expect(answersLink('https://scan.example/app/', 'QQEC')).toBe(
      'https://scan.example/app/#/workshop/ontvang/QQEC',
    );
    expect(invitationLink('https://scan.example/app/#/workshop', 'QQEB')).toBe(
      'https://scan.example/app/#/doe-mee/QQEB',
    );
  });

  it('makes random ids of 12 base64url characters, a new one each time, never starting with "-"', () => {
    // 1 in 64 ids would start with "-" by chance; 2,000 of them would hold about 31.
    const ids = Array.from({ length: 2000 }, (_, index) =>
      index % 2 ? newWorkshopId() : newParticipantId(),
    );
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{11}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
