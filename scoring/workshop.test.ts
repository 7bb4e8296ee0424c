import { describe, expect, it } from 'vitest';
import { createAnswersFile, parseAnswersFile } from '../questionnaire/answers-file.ts';
import { findQuestion } from '../questionnaire/questions.ts';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import {
  buildConsensus,
  buildConsensusFile,
  commonOrganisationName,
  compareParticipants,
  isKnownQuestion,
  suggestAnswer,
  type WorkshopInput,
} from './workshop.ts';

const mini = loadMiniQuestionnaire();
const intake = { 'intake-size': '10-or-more', 'intake-roster': 'some' };
const scoredIds = ['o1', 'o2', 'l1', 'l2-large', 'f1', 'f2-roster', 't1', 'e1'];

/** Every question shown for a large organisation with roster work answered with `optionId`, then `overrides`. */
function answerAll(optionId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...intake, ...Object.fromEntries(scoredIds.map((id) => [id, optionId])), ...overrides };
}

function question(id: string) {
  const placed = findQuestion(mini, id);
  if (!placed) throw new Error(`no question ${id} in the mini questionnaire`);
  return placed.question;
}

const suggest = (questionId: string, answers: (string | null)[]) =>
  suggestAnswer(mini, question(questionId), answers);

describe('compareParticipants', () => {
  it('gives each participant their scores and level, and the spread per theme', () => {
    const best = answerAll('arranged-evaluated');
    const worst = answerAll('no');
    const middle = answerAll('arranged-evaluated', { o1: 'no', o2: 'no' });
    const comparison = compareParticipants(mini, [
      { answers: best },
      { answers: worst },
      { answers: middle },
    ]);
    expect(comparison.overall).toEqual({ scores: [100, 0, 80], min: 0, max: 100 });
    expect(comparison.levels).toEqual(['leading', 'start', 'on-the-way']);
    const openness = comparison.themes.find((t) => t.id === 'openness');
    expect(openness).toEqual({ id: 'openness', scores: [100, 0, 0], min: 0, max: 100 });
    const embedding = comparison.themes.find((t) => t.id === 'embedding');
    expect(embedding).toEqual({ id: 'embedding', scores: [100, 0, 100], min: 0, max: 100 });
    expect(comparison.themes.map((t) => t.id)).toEqual([
      'openness',
      'legal-leave',
      'flexible-work',
      'tailored',
      'embedding',
    ]);
  });

  it('shows a hidden or missing answer as null, and ignores a hidden answer left in the file', () => {
    const small = { ...answerAll('partly'), 'intake-size': 'fewer-than-10', 'l2-small': 'arranged' };
    const large = answerAll('partly', { o1: 'no' });
    delete large.o1;
    const comparison = compareParticipants(mini, [{ answers: small }, { answers: large }]);
    const byId = new Map(comparison.questions.map((q) => [q.questionId, q]));
    // The small organisation still has an answer to l2-large in its file, but the question is hidden for it.
    expect(byId.get('l2-large')?.answers).toEqual([null, 'partly']);
    expect(byId.get('l2-large')?.disagreement).toBe(0);
    expect(byId.get('l2-small')?.answers).toEqual(['arranged', null]);
    expect(byId.get('o1')?.answers).toEqual(['partly', null]);
    expect(byId.get('intake-size')?.themeId).toBeNull();
    expect(byId.get('o1')?.themeId).toBe('openness');
    expect(comparison.questions.map((q) => q.questionId)).toEqual([
      'intake-size',
      'intake-roster',
      'o1',
      'o2',
      'l1',
      'l2-large',
      'l2-small',
      'f1',
      'f2-roster',
      't1',
      'e1',
    ]);
  });

  it.each<[string, string, (string | null)[], number]>([
    ['the same answer', 'o1', ['partly', 'partly'], 0],
    ['the two ends of the scale', 'o1', ['no', 'arranged-evaluated'], 1],
    ['neighbours on the scale', 'o1', ['partly', 'arranged'], 0.333],
    ['"weet niet" against a real answer', 'o1', ['unknown', 'arranged-evaluated'], 0.25],
    ['"niet van toepassing" against a real answer', 'o2', ['not-applicable', 'no'], 0.5],
    ['"weet niet" against "niet van toepassing"', 'o2', ['unknown', 'not-applicable'], 0.25],
    ['two different intake answers', 'intake-roster', ['none', 'some'], 1],
    ['the mean over every pair of three', 'o1', ['no', 'no', 'arranged-evaluated'], 0.667],
    ['only one answer, the rest not answered', 'o1', ['no', null, null], 0],
  ])('measures disagreement: %s', (_name, questionId, given, expected) => {
    const participants: WorkshopInput[] = given.map((optionId) => ({
      answers: optionId === null ? { ...intake } : { ...intake, [questionId]: optionId },
    }));
    const comparison = compareParticipants(mini, participants);
    const found = comparison.questions.find((q) => q.questionId === questionId);
    expect(found?.disagreement).toBe(expected);
  });

  it('lists the disagreements most first, then by most different answers, then in questionnaire order', () => {
    const participants: WorkshopInput[] = [
      { answers: answerAll('partly', { o1: 'no', f1: 'no', t1: 'unknown', e1: 'partly' }) },
      { answers: answerAll('partly', { o1: 'arranged-evaluated', f1: 'arranged', t1: 'partly', e1: 'no' }) },
      { answers: answerAll('partly', { o1: 'no', f1: 'arranged-evaluated', t1: 'partly', e1: 'partly' }) },
    ];
    const { disagreements } = compareParticipants(mini, participants);
    // o1: (1 + 0 + 1) / 3; f1: (2/3 + 1 + 1/3) / 3 = 2/3 too, but three different answers; e1: (1/3 + 0 + 1/3) / 3;
    // t1: (0.25 + 0.25 + 0) / 3 = 1/6, and o1 and f1 tie on 0.667.
    expect(disagreements.map((q) => [q.questionId, q.disagreement, q.distinct])).toEqual([
      ['f1', 0.667, 3],
      ['o1', 0.667, 2],
      ['e1', 0.222, 2],
      ['t1', 0.167, 2],
    ]);
    for (let i = 1; i < disagreements.length; i += 1) {
      expect(disagreements[i - 1]!.disagreement).toBeGreaterThanOrEqual(disagreements[i]!.disagreement);
    }
  });

  it('groups the answers per role, in role order with participants without a role last', () => {
    const participants: WorkshopInput[] = [
      { answers: answerAll('no'), role: 'employee' },
      { answers: answerAll('arranged'), role: 'hr' },
      { answers: answerAll('partly') },
      { answers: answerAll('arranged'), role: 'employee' },
      { answers: answerAll('arranged'), role: 'employee' },
    ];
    const o1 = compareParticipants(mini, participants).questions.find((q) => q.questionId === 'o1');
    expect(o1?.byRole).toEqual([
      { role: 'hr', answers: [{ optionId: 'arranged', count: 1 }] },
      {
        role: 'employee',
        answers: [
          { optionId: 'arranged', count: 2 },
          { optionId: 'no', count: 1 },
        ],
      },
      { role: null, answers: [{ optionId: 'partly', count: 1 }] },
    ]);
    // HR and the employees agree on their most common answer; the participant without a role does not count.
    expect(o1?.rolesDiffer).toBe(false);
  });

  it('says the roles differ only when two roles have a different most common answer', () => {
    const differ = compareParticipants(mini, [
      { answers: answerAll('no'), role: 'director' },
      { answers: answerAll('arranged'), role: 'carer' },
    ]);
    expect(differ.questions.find((q) => q.questionId === 'o1')?.rolesDiffer).toBe(true);
    const oneRole = compareParticipants(mini, [
      { answers: answerAll('no'), role: 'manager' },
      { answers: answerAll('arranged'), role: 'manager' },
      { answers: answerAll('arranged-evaluated') },
    ]);
    const o1 = oneRole.questions.find((q) => q.questionId === 'o1');
    expect(o1?.disagreement).toBeGreaterThan(0);
    expect(o1?.rolesDiffer).toBe(false);
  });

  it('compares nobody without failing', () => {
    const comparison = compareParticipants(mini, []);
    expect(comparison.overall).toEqual({ scores: [], min: 0, max: 0 });
    expect(comparison.themes).toEqual([]);
    expect(comparison.disagreements).toEqual([]);
    expect(comparison.questions.every((q) => q.suggested === null)).toBe(true);
  });
});

describe('suggestAnswer', () => {
  it('takes the most common answer, even when it is not the most cautious', () => {
    expect(suggest('o1', ['no', 'arranged', 'arranged'])).toBe('arranged');
  });

  it('takes the more cautious (lower-scoring) answer on a tie', () => {
    expect(suggest('o1', ['arranged-evaluated', 'partly'])).toBe('partly');
    expect(suggest('o1', ['arranged', 'arranged-evaluated', 'no', 'arranged-evaluated', 'no'])).toBe('no');
  });

  it('never lets "weet niet" win over a real answer, even as the majority', () => {
    expect(suggest('o1', ['unknown', 'unknown', 'unknown', 'arranged'])).toBe('arranged');
  });

  it('suggests "weet niet" when that is all anyone answered', () => {
    expect(suggest('o1', ['unknown', null, 'unknown'])).toBe('unknown');
  });

  it('suggests nothing when nobody answered', () => {
    expect(suggest('o1', [null, null])).toBeNull();
    expect(suggest('o1', [])).toBeNull();
  });

  it('lets "niet van toepassing" win a tie only against itself', () => {
    expect(suggest('o2', ['not-applicable', 'arranged-evaluated'])).toBe('arranged-evaluated');
    expect(suggest('o2', ['not-applicable', 'not-applicable', 'no'])).toBe('not-applicable');
    expect(suggest('o2', ['not-applicable', 'unknown', 'unknown'])).toBe('not-applicable');
  });

  it('takes the first option in the questionnaire order on an intake tie', () => {
    expect(suggest('intake-size', ['10-or-more', 'fewer-than-10'])).toBe('fewer-than-10');
    expect(suggest('intake-roster', ['some', 'none'])).toBe('none');
    expect(suggest('intake-roster', ['some', 'none', 'some'])).toBe('some');
  });

  it('ignores an option the question does not have', () => {
    expect(suggest('o1', ['maybe', 'maybe', 'partly'])).toBe('partly');
    expect(suggest('o1', ['not-applicable'])).toBeNull();
  });
});

describe('buildConsensus', () => {
  // A small organisation (l2-small shown) that still has a stale answer to l2-large in its file,
  // and two large ones; one has no roster work, so f2-roster is hidden for it.
  const small = {
    ...answerAll('partly'),
    'intake-size': 'fewer-than-10',
    'l2-small': 'arranged',
    'l2-large': 'partly',
  };
  const large = answerAll('arranged', { 'l2-large': 'no', 'intake-roster': 'none', 'f2-roster': 'no' });
  const largeWithRoster = answerAll('arranged', { 'l2-large': 'partly', 'f2-roster': 'arranged' });
  delete largeWithRoster.t1;
  const participants: WorkshopInput[] = [
    { answers: small },
    { answers: large },
    { answers: largeWithRoster },
  ];

  it('merges different intakes, missing answers and hidden questions', () => {
    const consensus = buildConsensus(mini, participants);
    expect(consensus).toEqual({
      'intake-size': '10-or-more',
      // none, some, some
      'intake-roster': 'some',
      o1: 'arranged',
      o2: 'arranged',
      l1: 'arranged',
      // The small organisation's l2-large is hidden for it: "no" and "partly" tie, and "no" is more cautious.
      'l2-large': 'no',
      f1: 'arranged',
      // Hidden for the participant without roster work, whose "no" would win a three-way tie:
      // "partly" and "arranged" tie, and "partly" is more cautious.
      'f2-roster': 'partly',
      // Missing for one participant: "partly" and "arranged" tie.
      t1: 'partly',
      e1: 'arranged',
    });
    // l2-small was answered, but the consensus intake (10 or more) hides it.
    expect(consensus).not.toHaveProperty('l2-small');
    expect(parseAnswersFile(mini, createAnswersFile(mini, consensus)).ok).toBe(true);
  });

  it('lets settled answers override the suggestion, and a settled null leave the question open', () => {
    const consensus = buildConsensus(mini, participants, { o1: 'no', e1: null, f1: 'unknown' });
    expect(consensus.o1).toBe('no');
    expect(consensus.f1).toBe('unknown');
    expect(consensus).not.toHaveProperty('e1');
    expect(consensus.o2).toBe('arranged');
  });

  it('ignores a settled answer that is not an option of the question', () => {
    const consensus = buildConsensus(mini, participants, { o1: 'maybe' });
    expect(consensus.o1).toBe('arranged');
  });

  it('drops the answers that a settled intake answer hides, and keeps the ones it shows', () => {
    const consensus = buildConsensus(mini, participants, { 'intake-size': 'fewer-than-10' });
    expect(consensus['intake-size']).toBe('fewer-than-10');
    expect(consensus).not.toHaveProperty('l2-large');
    expect(consensus['l2-small']).toBe('arranged');
  });

  it('leaves out a question nobody answered', () => {
    const consensus = buildConsensus(mini, [{ answers: { o1: 'no' } }, { answers: {} }]);
    expect(consensus).toEqual({ o1: 'no' });
  });
});

describe('isKnownQuestion', () => {
  it('knows the questions of the questionnaire and nothing else', () => {
    expect(isKnownQuestion(mini, 'l2-small')).toBe(true);
    expect(isKnownQuestion(mini, 'no-such-question')).toBe(false);
  });
});

describe('questions about the respondent and the agreed file', () => {
  const shipped = loadShipped();
  const base = createExampleAnswers(shipped, 'mixed');

  it('never counts a different role of the person filling in as a disagreement', () => {
    const asHr: Record<string, string> = { ...base, 'intake-role': 'hr' };
    const asManager = { ...base, 'intake-role': 'manager' };
    const compared = compareParticipants(shipped, [{ answers: asHr }, { answers: asManager }]);
    expect(compared.questions.find((q) => q.questionId === 'intake-role')?.disagreement).toBeGreaterThan(0);
    expect(compared.disagreements).toEqual([]);
    // A different organisation fact is a disagreement.
    const other = {
      ...asHr,
      'intake-size': asHr['intake-size'] === '250-or-more' ? '50-to-249' : '250-or-more',
    };
    const withSize = compareParticipants(shipped, [{ answers: asHr }, { answers: other }]);
    expect(withSize.disagreements.map((q) => q.questionId)).toContain('intake-size');
  });

  it('names the organisation as most participants did, on a tie as the first did', () => {
    const file = (name?: string) => createAnswersFile(mini, {}, name ? { organisationName: name } : {});
    expect(commonOrganisationName([file('B'), file(' A '), file('A'), file()])).toBe('A');
    expect(commonOrganisationName([file('B'), file('A')])).toBe('B');
    expect(commonOrganisationName([file(), file()])).toBeUndefined();
    const agreed = buildConsensusFile(mini, [file('A'), file('A')]);
    expect(agreed).toMatchObject({ organisationName: 'A', answers: {} });
    expect(agreed.participant).toBeUndefined();
    expect(parseAnswersFile(mini, agreed).ok).toBe(true);
  });
});
