import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import {
  decodeAnswersCode,
  decodeInvitation,
  encodeAnswersCode,
  encodeInvitation,
  fromBase64Url,
  toBase64Url,
} from './answers-code.ts';
import { createAnswersFile, parseAnswersFile, PARTICIPANT_ROLES, type AnswersFile } from './answers-file.ts';
import { getOptions, listQuestions } from './questions.ts';
import type { Questionnaire } from './schema.ts';

const shipped = loadShipped();

/** Any subset of the questions, each with one of its options. */
function arbitraryAnswers(
  questionnaire: Questionnaire,
  sectionId?: string,
): fc.Arbitrary<Record<string, string>> {
  const entries = listQuestions(questionnaire)
    .filter(({ section }) => sectionId === undefined || section.id === sectionId)
    .map(({ question }) => {
      const ids = getOptions(questionnaire, question).map((option) => option.id);
      return [question.id, fc.option(fc.constantFrom(...ids), { nil: undefined })] as const;
    });
  return fc.record(Object.fromEntries(entries)).map((record) => {
    const answers: Record<string, string> = {};
    for (const [id, value] of Object.entries(record)) if (value !== undefined) answers[id] = value;
    return answers;
  });
}

/** Text as the answers file keeps it: any Unicode (letters of any script, emoji), trimmed, at most `max` long. */
function arbitraryText(max: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: 'grapheme', maxLength: max })
    .map((text) => text.trim())
    .filter((text) => text.length <= max);
}

const arbitraryId = fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/);

/** Any calendar day from 2000-01-01 to 2099-12-31. */
const arbitraryDay = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

/** A participant's answers file, as `parseAnswersFile` gives it back. */
const arbitraryFile: fc.Arbitrary<AnswersFile> = fc
  .record(
    {
      answers: arbitraryAnswers(shipped),
      workshop: arbitraryId,
      id: arbitraryId,
      role: fc.constantFrom(...PARTICIPANT_ROLES),
      name: arbitraryText(100),
      organisationName: arbitraryText(200),
      scannedAt: arbitraryDay,
    },
    { requiredKeys: ['answers', 'workshop', 'id'] },
  )
  .map(({ answers, workshop, id, role, name, organisationName, scannedAt }) => {
    const parsed = parseAnswersFile(
      shipped,
      createAnswersFile(shipped, answers, {
        participant: {
          id,
          workshop,
          ...(role !== undefined ? { role } : {}),
          ...(name !== undefined ? { name } : {}),
        },
        ...(organisationName !== undefined ? { organisationName } : {}),
        ...(scannedAt !== undefined ? { scannedAt } : {}),
      }),
    );
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    return parsed.value;
  });

describe('answers code properties', () => {
  it('gives back the same answers file for any answers, role, name, organisation and scan day', () => {
    fc.assert(
      fc.property(arbitraryFile, (file) => {
        const code = encodeAnswersCode(shipped, file);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeAnswersCode(shipped, code)).toEqual({
          ok: true,
          value: file,
          migration: null,
          workshopId: file.participant?.workshop,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any code with one flipped bit as damaged', () => {
    fc.assert(
      fc.property(arbitraryFile, fc.nat(), (file, position) => {
        const bytes = fromBase64Url(encodeAnswersCode(shipped, file));
        if (typeof bytes === 'string') throw new Error(bytes);
        const bit = position % (bytes.length * 8);
        bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) ^ (0x80 >> (bit & 7));
        const decoded = decodeAnswersCode(shipped, toBase64Url(bytes));
        expect(decoded.ok ? 'ok' : decoded.problem).toBe('damaged-code');
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any code cut short', () => {
    fc.assert(
      fc.property(arbitraryFile, fc.nat(), (file, cut) => {
        const code = encodeAnswersCode(shipped, file);
        const length = cut % code.length;
        const decoded = decodeAnswersCode(shipped, code.slice(0, length));
        expect(decoded.ok ? 'ok' : decoded.problem).toBe(length < 2 ? 'not-a-code' : 'damaged-code');
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any invitation: workshop, organisation name and any intake answers', () => {
    fc.assert(
      fc.property(
        arbitraryId,
        arbitraryText(200),
        arbitraryAnswers(shipped, 'intake'),
        (workshopId, organisationName, intake) => {
          const code = encodeInvitation(shipped, { workshopId, organisationName, intake });
          expect(decodeInvitation(shipped, code)).toEqual({
            ok: true,
            workshopId,
            organisationName,
            intake,
            questionnaireVersion: shipped.version,
            migration: null,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
