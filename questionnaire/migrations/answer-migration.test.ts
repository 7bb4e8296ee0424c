import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import {
  checkAnswersAgainstQuestionnaire,
  createAnswersFile,
  parseAnswersFile,
  participantRole,
  PARTICIPANT_ROLES,
  ROLE_QUESTION_ID,
} from '../answers-file.ts';
import { listQuestions } from '../questions.ts';
import { compareVersions, isVersion, migrateAnswers, summariseMigration } from './answer-migration.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_1_TO_2 as STEP } from './zorgvriendelijk-werkgeverschap-1-to-2.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_2_TO_3 as STEP_3 } from './zorgvriendelijk-werkgeverschap-2-to-3.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_3_TO_3_1 as STEP_3_1 } from './zorgvriendelijk-werkgeverschap-3-to-3.1.ts';

/** A version as it was shipped, read as plain data (the contract has changed since). */
interface V1Definition {
  version: string;
  scales: Record<string, { id: string }[]>;
  sections: { questions: { id: string; options: string | { id: string }[] }[] }[];
}
const v1: V1Definition = JSON.parse(
  readFileSync(
    new URL('../../tests/fixtures/zorgvriendelijk-werkgeverschap-1.0.0.json', import.meta.url),
    'utf8',
  ),
);
const v1Questions = v1.sections.flatMap((s) => s.questions);
const v1Options = (question: V1Definition['sections'][number]['questions'][number]) =>
  (typeof question.options === 'string' ? (v1.scales[question.options] ?? []) : question.options).map(
    (o) => o.id,
  );

const v2Shipped: V1Definition = JSON.parse(
  readFileSync(
    new URL('../../tests/fixtures/zorgvriendelijk-werkgeverschap-2.0.0.json', import.meta.url),
    'utf8',
  ),
);
const v3Shipped: V1Definition = JSON.parse(
  readFileSync(
    new URL('../../tests/fixtures/zorgvriendelijk-werkgeverschap-3.0.0.json', import.meta.url),
    'utf8',
  ),
) as V1Definition;
const v2Questions = v2Shipped.sections.flatMap((s) => s.questions);
const v2Ids = v2Questions.map((q) => q.id);
const v2OptionsOf = (question: V1Definition['sections'][number]['questions'][number]) =>
  (typeof question.options === 'string' ? (v2Shipped.scales[question.options] ?? []) : question.options).map(
    (o) => o.id,
  );

/** The questionnaire that ships now: every migration ends here. */
const v2 = loadShipped();
const currentIds = listQuestions(v2).map(({ question }) => question.id);

const migrate = (answers: Record<string, string>) => {
  const result = migrateAnswers(v2.id, '1.0.0', v2.version, answers);
  if (!result) throw new Error('no migration path from 1.0.0');
  return result;
};

/** The old answers a new answer was taken from, per old question. */
const sourcesOf = (questionId: string): string[] => {
  const source = STEP.answers[questionId];
  if (!source) return [];
  if (source.kind === 'same') return [questionId];
  if (source.kind === 'from') return [source.question];
  return [...source.questions];
};

describe('the migration from questionnaire 1.0.0 to 2.0.0', () => {
  it('goes from the version that shipped first to the version that shipped second', () => {
    expect(v1.version).toBe(STEP.from);
    expect(v2Shipped.version).toBe(STEP.to);
  });

  it('accounts for every question of 1.0.0: carried over, split, converted or dropped with a reason', () => {
    const used = new Set([...Object.keys(STEP.answers).flatMap(sourcesOf), ...Object.keys(STEP.dropped)]);
    expect(v1Questions.map((q) => q.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('fills only questions that exist in 2.0.0, and leaves only the genuinely new question empty', () => {
    expect(Object.keys(STEP.answers).filter((id) => !v2Ids.includes(id))).toEqual([]);
    expect(v2Ids.filter((id) => !(id in STEP.answers))).toEqual(['tailored-long-term-pay']);
  });

  // Every answer of every question of 1.0.0: the migrated answers must all be valid in 2.0.0, and the
  // old answer must land somewhere (or be reported as dropped): no employer silently loses an answer.
  const everyOldAnswer = v1Questions.flatMap((question) =>
    v1Options(question).map((optionId) => ({ questionId: question.id, optionId })),
  );
  it.each(everyOldAnswer)(
    'migrates $questionId = $optionId to valid answers of 2.0.0',
    ({ questionId, optionId }) => {
      const result = migrate({ [questionId]: optionId });
      const file = createAnswersFile(v2, result.answers);
      expect(checkAnswersAgainstQuestionnaire(v2, file)).toEqual([]);
      const landed =
        (result.answers[questionId] !== undefined && STEP.answers[questionId]?.kind === 'same') ||
        result.notes.some((note) => note.fromQuestionId === questionId) ||
        // A converted answer whose option id stays the same needs no note.
        Object.entries(STEP.answers).some(
          ([id, source]) =>
            source.kind === 'from' && source.question === questionId && result.answers[id] !== undefined,
        );
      const derivedOnly = Object.values(STEP.answers).some(
        (source) => source.kind === 'derived' && source.questions.includes(questionId),
      );
      expect(landed || derivedOnly, `the answer ${questionId} = ${optionId} went nowhere`).toBe(true);
    },
  );

  // One row per question that changed: the old answer, and what it becomes.
  const changed: [string, Record<string, string>, Record<string, string>][] = [
    [
      'a split calamity-leave question',
      { 'legal-calamity-leave': 'arranged' },
      { 'legal-calamity-written': 'arranged', 'legal-calamity-applied': 'always' },
    ],
    [
      'calamity leave partly in place',
      { 'legal-calamity-leave': 'partly' },
      { 'legal-calamity-written': 'partly', 'legal-calamity-applied': 'sometimes' },
    ],
    [
      'short-term care leave in place, no top-up',
      { 'legal-short-term-care-leave': 'arranged', 'tailored-paid-leave-top-up': 'no' },
      { 'legal-short-term-written': 'arranged', 'legal-short-term-pay': 'seventy' },
    ],
    [
      'short-term care leave in place with a top-up',
      { 'legal-short-term-care-leave': 'arranged-evaluated', 'tailored-paid-leave-top-up': 'arranged' },
      { 'legal-short-term-written': 'arranged-evaluated', 'legal-short-term-pay': 'more-than-70' },
    ],
    [
      'short-term care leave not in place: the pay is not known',
      { 'legal-short-term-care-leave': 'partly' },
      { 'legal-short-term-written': 'partly' },
    ],
    [
      'short-term care leave unknown',
      { 'legal-short-term-care-leave': 'unknown' },
      { 'legal-short-term-written': 'unknown', 'legal-short-term-pay': 'unknown' },
    ],
    [
      'long-term care leave',
      { 'legal-long-term-care-leave': 'no' },
      { 'legal-long-term-written': 'no', 'legal-long-term-answered': 'never' },
    ],
    [
      'the Flexible Working Act question, now about answering requests',
      { 'legal-flexible-work-act': 'arranged' },
      { 'legal-flexible-work-requests': 'always' },
    ],
    ['managers who know the schemes', { 'legal-managers-know': 'partly' }, { 'legal-managers-know': 'some' }],
    [
      'communicated and findable, split',
      { 'legal-communicated': 'partly' },
      { 'legal-communicated': 'less-than-yearly', 'legal-findable': 'no' },
    ],
    [
      'communicated and findable, in place',
      { 'legal-communicated': 'arranged' },
      { 'legal-communicated': 'yearly', 'legal-findable': 'yes' },
    ],
    [
      'absence and exit conversations, now exit only',
      { 'openness-absence-exit': 'usually' },
      { 'openness-exit-conversation': 'usually' },
    ],
    [
      'carers dare to tell, split from colleagues',
      { 'openness-carers-dare': 'most-checked' },
      { 'openness-carers-tell': 'most', 'openness-colleagues-understand': 'always' },
    ],
    [
      'carers dare to tell: few',
      { 'openness-carers-dare': 'few' },
      { 'openness-carers-tell': 'none', 'openness-colleagues-understand': 'never' },
    ],
    [
      'awareness, now how often a year',
      { 'openness-awareness': 'arranged-evaluated' },
      { 'openness-awareness': 'several-times-a-year' },
    ],
    [
      'working from home "niet van toepassing", now "nee"',
      { 'flex-home': 'not-applicable' },
      { 'flex-home': 'no' },
    ],
    [
      'flexible times "niet van toepassing", now "nee"',
      { 'flex-times': 'not-applicable' },
      { 'flex-times': 'no' },
    ],
    ['flexible times in place stays in place', { 'flex-times': 'arranged' }, { 'flex-times': 'arranged' }],
    [
      'an option for each job',
      { 'flex-option-each-job': 'arranged' },
      { 'flex-option-each-job': 'every-job' },
    ],
    ['a predictable roster', { 'flex-roster-predictable': 'arranged' }, { 'flex-roster-early': 'usually' }],
    [
      'swapping shifts and roster wishes, split',
      { 'flex-roster-swap': 'partly' },
      { 'flex-roster-swap': 'partly', 'flex-roster-wishes': 'sometimes' },
    ],
    [
      'fewer hours and lighter tasks, split',
      { 'flex-fewer-hours': 'arranged' },
      { 'flex-fewer-hours': 'arranged', 'flex-lighter-tasks': 'arranged' },
    ],
    [
      'joint agreements, now how often',
      { 'tailored-joint-agreements': 'arranged' },
      { 'tailored-joint-agreements': 'usually' },
    ],
    ['agreements on paper, now how often', { 'tailored-recorded': 'no' }, { 'tailored-recorded': 'never' }],
    [
      'agreements reviewed, now how often',
      { 'tailored-evaluated': 'arranged-evaluated' },
      { 'tailored-evaluated': 'always' },
    ],
    [
      'leave saving and donating, split',
      { 'tailored-leave-saving': 'partly' },
      { 'tailored-leave-saving': 'partly', 'tailored-leave-donating': 'partly' },
    ],
    [
      'a personal budget or 80-90-100, now reduced hours with pay',
      { 'tailored-budget-schemes': 'arranged' },
      { 'tailored-reduced-hours-pay': 'arranged' },
    ],
    [
      'an owner, now with time and budget as the scale',
      { 'embedding-owner': 'partly' },
      { 'embedding-owner': 'owner' },
    ],
    [
      'managers informed, now how many know their room',
      { 'embedding-managers-informed': 'arranged' },
      { 'embedding-managers-informed': 'most' },
    ],
    [
      'managers trained, now how many',
      { 'embedding-managers-trained': 'arranged-evaluated' },
      { 'embedding-managers-trained': 'all' },
    ],
    [
      'company doctor and absence process, now the company doctor',
      { 'embedding-absence-process': 'partly' },
      { 'embedding-company-doctor': 'partly' },
    ],
    [
      'measurement, now how often',
      { 'embedding-measurement': 'arranged' },
      { 'embedding-measurement': 'every-few-years' },
    ],
    [
      'yearly evaluation with improvement',
      { 'embedding-evaluation': 'yearly-improved' },
      { 'embedding-evaluation': 'yearly' },
    ],
    ['evaluation never', { 'embedding-evaluation': 'no' }, { 'embedding-evaluation': 'never' }],
    [
      '"weet niet" stays "weet niet" on every part',
      { 'legal-communicated': 'unknown' },
      { 'legal-communicated': 'unknown', 'legal-findable': 'unknown' },
    ],
  ];
  it.each(changed)('migrates %s', (_name, oldAnswers, newAnswers) => {
    expect(migrate(oldAnswers).answers).toEqual(newAnswers);
  });

  it('reports the use of the dropped question, and asks to check split and converted answers', () => {
    const result = migrate({
      'legal-uptake-known': 'arranged',
      'flex-fewer-hours': 'partly',
      'flex-times': 'partly',
    });
    expect(result.notes).toEqual([
      {
        questionId: 'flex-fewer-hours',
        kind: 'split',
        fromQuestionId: 'flex-fewer-hours',
        fromOptionId: 'partly',
      },
      {
        questionId: 'flex-lighter-tasks',
        kind: 'split',
        fromQuestionId: 'flex-fewer-hours',
        fromOptionId: 'partly',
      },
      {
        questionId: 'legal-uptake-known',
        kind: 'dropped',
        fromQuestionId: 'legal-uptake-known',
        fromOptionId: 'arranged',
      },
    ]);
  });
});

describe('summariseMigration', () => {
  it('lists each question to check once, in order, and the dropped questions apart', () => {
    const result = migrate({
      'legal-communicated': 'partly',
      'openness-carers-dare': 'some',
      'legal-uptake-known': 'no',
    });
    expect(summariseMigration(result)).toEqual({
      toCheck: [
        'openness-carers-tell',
        'openness-colleagues-understand',
        'legal-communicated',
        'legal-findable',
      ],
      dropped: ['legal-uptake-known'],
    });
  });
});

describe('reading an answers file of an older version', () => {
  const oldFile = {
    format: 'quickscan-answers',
    formatVersion: 1,
    questionnaire: { id: 'zorgvriendelijk-werkgeverschap', version: '1.0.0' },
    organisationName: 'Thuiszorg De Linde',
    answers: {
      'intake-size': 'fewer-than-10',
      'legal-calamity-leave': 'arranged',
      'flex-home': 'not-applicable',
    },
  };

  it('migrates it to the current version and says so', () => {
    const parsed = parseAnswersFile(v2, oldFile);
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.questionnaire).toEqual({ id: 'zorgvriendelijk-werkgeverschap', version: v2.version });
    expect(parsed.value.organisationName).toBe('Thuiszorg De Linde');
    expect(parsed.value.answers).toEqual({
      'intake-size': 'fewer-than-10',
      'legal-calamity-written': 'arranged',
      'legal-calamity-applied': 'always',
      'flex-home': 'no',
    });
    expect(parsed.migration?.from).toBe('1.0.0');
  });

  it('refuses a file of a newer version, and says to use a newer quick scan', () => {
    const parsed = parseAnswersFile(v2, { ...oldFile, questionnaire: { id: v2.id, version: '9.0.0' } });
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(/version 9\.0\.0 .*newer than this one/);
  });

  it('refuses a version it has no migration for as one it cannot read, not as a newer one', () => {
    const parsed = parseAnswersFile(v2, { ...oldFile, questionnaire: { id: v2.id, version: '0.9.0' } });
    expect(parsed.ok ? '' : parsed.problem).toBe('unreadable-version');
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(
      /version 0\.9\.0 of the questionnaire, which this version of the quick scan cannot read/,
    );
  });

  it('carries notes, and evidence along renamed and split questions; evidence of dropped ones goes', () => {
    const parsed = parseAnswersFile(v2, {
      ...oldFile,
      formatVersion: 3,
      notes: { openness: 'Lunchlezing "Werk & zorg" in maart' },
      evidence: {
        'openness-onboarding': { have: true, where: 'Inwerkmap p. 3' },
        'legal-calamity-leave': { have: true, where: 'HR-handboek §4.2' },
        'legal-uptake-known': { have: true, where: 'jaarverslag' },
      },
    });
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.notes).toEqual({ openness: 'Lunchlezing "Werk & zorg" in maart' });
    expect(parsed.value.evidence).toEqual({
      'openness-onboarding': { have: true, where: 'Inwerkmap p. 3' },
      'legal-calamity-written': { have: true, where: 'HR-handboek §4.2' },
      'legal-calamity-applied': { have: true, where: 'HR-handboek §4.2' },
    });
  });

  it('leaves a file of the current version as it is', () => {
    const current = createAnswersFile(v2, { 'intake-size': '10-to-49' });
    const parsed = parseAnswersFile(v2, current);
    expect(parsed.ok && parsed.migration).toBeNull();
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '2.0.0', -1],
    ['2.0.0', '1.0.0', 1],
    ['1.10.0', '1.9.0', 1],
    ['2.0.0', '2.0.0', 0],
    ['banana', '3.0.0', -1],
    ['3.0.0', 'banana', 1],
    ['', '0.0.1', -1],
    ['1.2', '1.0.0', -1],
    ['4.0', '3.0.0', -1],
    ['3.0.0.1', '3.0.0', -1],
    ['banana', 'banana', 0],
    ['apple', 'banana', -1],
  ] as const)('compares %j with %j', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it.each(['3.0.0', '0.9.0', '10.20.30'])('calls %j a version', (text) => {
    expect(isVersion(text)).toBe(true);
  });

  it.each(['banana', '', '1.2', '3.0.0.1', 'v3.0.0', '3.0.0-beta', ' 3.0.0', '1e3.0.0', '-1.0.0'])(
    'calls %j no version',
    (text) => {
      expect(isVersion(text)).toBe(false);
    },
  );
});

describe('the migration from questionnaire 2.0.0 to 3.0.0', () => {
  const migrate3 = (answers: Record<string, string>) => {
    const result = migrateAnswers(v2.id, '2.0.0', v2.version, answers);
    if (!result) throw new Error('no migration path from 2.0.0');
    return result;
  };

  it('goes from the version that shipped second to the version that shipped third', () => {
    expect(STEP_3.from).toBe(v2Shipped.version);
    expect(STEP_3.to).toBe(v3Shipped.version);
  });

  it('keeps every question of 2.0.0 and leaves only the three new legal practice questions open', () => {
    expect(v2Ids.filter((id) => STEP_3.answers[id]?.kind !== 'same')).toEqual([]);
    expect(currentIds.filter((id) => !(id in STEP_3.answers))).toEqual([
      'legal-information',
      'legal-short-term-granted',
      'legal-long-term-granted',
    ]);
    expect(STEP_3.dropped).toEqual({});
  });

  const everyAnswerOf2 = v2Questions.flatMap((question) =>
    v2OptionsOf(question).map((optionId) => ({ questionId: question.id, optionId })),
  );
  it.each(everyAnswerOf2)(
    'keeps $questionId = $optionId as it is, valid in 3.0.0',
    ({ questionId, optionId }) => {
      const result = migrate3({ [questionId]: optionId });
      expect(result.answers).toEqual({ [questionId]: optionId });
      expect(result.notes).toEqual([]);
      expect(checkAnswersAgainstQuestionnaire(v2, createAnswersFile(v2, result.answers))).toEqual([]);
    },
  );

  it('reads a saved 2.0.0 answers file, says it was migrated, and keeps every answer', () => {
    const answers = {
      'intake-size': 'fewer-than-10',
      'legal-calamity-written': 'no',
      'legal-short-term-pay': 'seventy',
    };
    const parsed = parseAnswersFile(v2, {
      format: 'quickscan-answers',
      formatVersion: 1,
      questionnaire: { id: v2.id, version: '2.0.0' },
      answers,
    });
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.questionnaire.version).toBe(v2.version);
    expect(parsed.value.answers).toEqual(answers);
  });
});

describe('the migration from questionnaire 3.0.0 to 3.1.0 (one list of roles)', () => {
  const v3Questions = v3Shipped.sections.flatMap((s) => s.questions);
  const v3OptionsOf = (question: V1Definition['sections'][number]['questions'][number]) =>
    (typeof question.options === 'string'
      ? (v3Shipped.scales[question.options] ?? [])
      : question.options
    ).map((option) => option.id);

  it('goes from the version that shipped third to the version that ships now', () => {
    expect(STEP_3_1.from).toBe(v3Shipped.version);
    expect(STEP_3_1.to).toBe(v2.version);
  });

  it('keeps every question of 3.0.0 as it is, and 3.1.0 has no question 3.0.0 lacked', () => {
    expect(v3Questions.filter((q) => STEP_3_1.answers[q.id]?.kind !== 'same')).toEqual([]);
    expect(currentIds).toEqual(v3Questions.map((q) => q.id));
    expect(STEP_3_1.dropped).toEqual({});
  });

  it('gives the intake question about the role exactly the one list of roles, the old options first', () => {
    const role = listQuestions(v2).find(({ question }) => question.id === ROLE_QUESTION_ID)?.question;
    const ids = role?.type === 'choice' ? role.options.map((option) => option.id) : [];
    expect(ids).toEqual([...PARTICIPANT_ROLES]);
    const old = v3Questions.find((q) => q.id === ROLE_QUESTION_ID);
    expect(old ? v3OptionsOf(old) : []).toEqual(['hr', 'director', 'manager', 'advisor', 'other']);
  });

  const everyAnswerOf3 = v3Questions.flatMap((question) =>
    v3OptionsOf(question).map((optionId) => ({ questionId: question.id, optionId })),
  );
  it.each(everyAnswerOf3)('keeps $questionId = $optionId, valid in 3.1.0', ({ questionId, optionId }) => {
    const result = migrateAnswers(v2.id, '3.0.0', v2.version, { [questionId]: optionId });
    expect(result?.answers).toEqual({ [questionId]: optionId });
    expect(result?.notes).toEqual([]);
    expect(checkAnswersAgainstQuestionnaire(v2, createAnswersFile(v2, result?.answers ?? {}))).toEqual([]);
  });

  const format5 = (answers: Record<string, string>, participant?: Record<string, string>) => ({
    format: 'quickscan-answers',
    formatVersion: 5,
    questionnaire: { id: v2.id, version: '3.0.0' },
    ...(participant ? { participant } : {}),
    answers,
  });

  it('makes the workshop role of a format 5 file its intake answer too: one role, the more specific', () => {
    const parsed = parseAnswersFile(v2, format5({ 'intake-role': 'other' }, { role: 'carer', name: 'Sam' }));
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.formatVersion).toBe(6);
    expect(parsed.value.answers[ROLE_QUESTION_ID]).toBe('carer');
    expect(parsed.value.participant).toEqual({ role: 'carer', name: 'Sam' });
    expect(participantRole(parsed.value)).toBe('carer');
  });

  it('keeps the intake answer of a format 5 file without a workshop role, and reads it as the role', () => {
    const parsed = parseAnswersFile(v2, format5({ 'intake-role': 'manager' }));
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    expect(parsed.value.answers).toEqual({ 'intake-role': 'manager' });
    expect(parsed.value.participant).toBeUndefined();
    expect(participantRole(parsed.value)).toBe('manager');
  });

  it('leaves a format 6 file as it is: the advisor may have corrected the workshop role on purpose', () => {
    const file = createAnswersFile(v2, { 'intake-role': 'hr' }, { participant: { role: 'director' } });
    const parsed = parseAnswersFile(v2, file);
    expect(parsed.ok && parsed.value.answers[ROLE_QUESTION_ID]).toBe('hr');
    expect(parsed.ok && participantRole(parsed.value)).toBe('director');
  });
});
