/**
 * From version 1.0.0 to 2.0.0 of the questionnaire "zorgvriendelijk werkgeverschap".
 *
 * 2.0.0 splits questions that asked two or three things at once, gives behaviour questions a frequency
 * or share scale instead of the policy scale, removes "niet van toepassing" (the intake now hides what
 * cannot exist) and drops one question. See docs/decisions/0005-questionnaire-2.md.
 *
 * Translating an answer to another scale keeps its rank: the lowest answer stays the lowest, the best
 * stays the best. A question that was split gives its answer to each part; the app asks the user to
 * check those answers.
 */
import type { Answers } from '../questions.ts';
import type { MigrationStep } from './answer-migration.ts';

const inPlace = (answer: string | undefined) => answer === 'arranged' || answer === 'arranged-evaluated';

/** policy (nee / deels / geregeld / geregeld en geëvalueerd) → frequency (nooit / soms / meestal / altijd). */
const POLICY_TO_FREQUENCY = {
  no: 'never',
  partly: 'sometimes',
  arranged: 'usually',
  'arranged-evaluated': 'always',
};
/**
 * policy → frequency for a legal rule that 1.0.0 asked as "known, written down and applied correctly":
 * "geregeld" there meant applied correctly, which is "altijd" in 2.0.0.
 */
const POLICY_TO_APPLIED = {
  no: 'never',
  partly: 'sometimes',
  arranged: 'always',
  'arranged-evaluated': 'always',
};
/** policy → share of managers ((bijna) niemand / een deel / de meesten / (bijna) iedereen). */
const POLICY_TO_SHARE = { no: 'none', partly: 'some', arranged: 'most', 'arranged-evaluated': 'all' };
/** policy → how often a year. */
const POLICY_TO_TIMES_A_YEAR = {
  no: 'never',
  partly: 'less-than-yearly',
  arranged: 'yearly',
  'arranged-evaluated': 'several-times-a-year',
};
/** "niet van toepassing" is gone: it said that no job allows it, which is the answer "nee". */
const NOT_APPLICABLE_TO_NO = { 'not-applicable': 'no' };

export const ZORGVRIENDELIJK_WERKGEVERSCHAP_1_TO_2: MigrationStep = {
  questionnaireId: 'zorgvriendelijk-werkgeverschap',
  from: '1.0.0',
  to: '2.0.0',
  answers: {
    // Intake: the same questions; new options (a sector, "alles" for roster work) only add choices.
    'intake-size': { kind: 'same' },
    'intake-sector': { kind: 'same' },
    'intake-cao': { kind: 'same' },
    'intake-roster': { kind: 'same' },
    'intake-works-council': { kind: 'same' },
    'intake-role': { kind: 'same' },

    // Openness
    'openness-carers-known': { kind: 'same' },
    'openness-onboarding': { kind: 'same' },
    'openness-annual-conversation': { kind: 'same' },
    'openness-exit-conversation': { kind: 'from', question: 'openness-absence-exit', change: 'split' },
    'openness-managers-talk': { kind: 'same' },
    'openness-carers-tell': {
      kind: 'from',
      question: 'openness-carers-dare',
      options: { few: 'none', some: 'some', most: 'most', 'most-checked': 'most' },
      change: 'split',
    },
    'openness-colleagues-understand': {
      kind: 'from',
      question: 'openness-carers-dare',
      options: { few: 'never', some: 'sometimes', most: 'usually', 'most-checked': 'always' },
      change: 'split',
    },
    'openness-awareness': {
      kind: 'from',
      question: 'openness-awareness',
      options: POLICY_TO_TIMES_A_YEAR,
      change: 'rescaled',
    },

    // Legal schemes: "known, written down and applied correctly" became two questions per scheme.
    'legal-calamity-written': { kind: 'from', question: 'legal-calamity-leave', change: 'split' },
    'legal-calamity-applied': {
      kind: 'from',
      question: 'legal-calamity-leave',
      options: POLICY_TO_APPLIED,
      change: 'split',
    },
    'legal-short-term-written': { kind: 'from', question: 'legal-short-term-care-leave', change: 'split' },
    'legal-short-term-pay': {
      kind: 'derived',
      questions: ['tailored-paid-leave-top-up', 'legal-short-term-care-leave'],
      derive: (old: Answers) => {
        // 1.0.0 asked whether the pay was applied correctly, and apart from that whether the organisation
        // pays more than the law. Only "in place" answers say something about the pay.
        if (inPlace(old['tailored-paid-leave-top-up']) && inPlace(old['legal-short-term-care-leave']))
          return 'more-than-70';
        if (inPlace(old['legal-short-term-care-leave'])) return 'seventy';
        if (old['legal-short-term-care-leave'] === 'unknown') return 'unknown';
        return undefined;
      },
    },
    'legal-long-term-written': { kind: 'from', question: 'legal-long-term-care-leave', change: 'split' },
    'legal-long-term-answered': {
      kind: 'from',
      question: 'legal-long-term-care-leave',
      options: POLICY_TO_APPLIED,
      change: 'split',
    },
    'legal-flexible-work-requests': {
      kind: 'from',
      question: 'legal-flexible-work-act',
      options: POLICY_TO_APPLIED,
      change: 'renamed',
    },
    'legal-hours-arrangement-small': { kind: 'same' },
    'legal-managers-know': {
      kind: 'from',
      question: 'legal-managers-know',
      options: POLICY_TO_SHARE,
      change: 'rescaled',
    },
    'legal-communicated': {
      kind: 'from',
      question: 'legal-communicated',
      options: POLICY_TO_TIMES_A_YEAR,
      change: 'split',
    },
    'legal-findable': {
      kind: 'from',
      question: 'legal-communicated',
      options: { no: 'no', partly: 'no', arranged: 'yes', 'arranged-evaluated': 'yes' },
      change: 'split',
    },

    // Flexible work
    'flex-times': { kind: 'from', question: 'flex-times', options: NOT_APPLICABLE_TO_NO, change: 'rescaled' },
    'flex-home': { kind: 'from', question: 'flex-home', options: NOT_APPLICABLE_TO_NO, change: 'rescaled' },
    'flex-option-each-job': {
      kind: 'from',
      question: 'flex-option-each-job',
      options: { no: 'none', partly: 'some-jobs', arranged: 'every-job', 'arranged-evaluated': 'every-job' },
      change: 'rescaled',
    },
    'flex-roster-early': {
      kind: 'from',
      question: 'flex-roster-predictable',
      options: POLICY_TO_FREQUENCY,
      change: 'split',
    },
    'flex-roster-swap': { kind: 'from', question: 'flex-roster-swap', change: 'split' },
    'flex-roster-wishes': {
      kind: 'from',
      question: 'flex-roster-swap',
      options: POLICY_TO_FREQUENCY,
      change: 'split',
    },
    'flex-calls-during-work': { kind: 'same' },
    'flex-fewer-hours': { kind: 'from', question: 'flex-fewer-hours', change: 'split' },
    'flex-lighter-tasks': { kind: 'from', question: 'flex-fewer-hours', change: 'split' },

    // Tailored solutions
    'tailored-joint-agreements': {
      kind: 'from',
      question: 'tailored-joint-agreements',
      options: POLICY_TO_FREQUENCY,
      change: 'rescaled',
    },
    'tailored-recorded': {
      kind: 'from',
      question: 'tailored-recorded',
      options: POLICY_TO_FREQUENCY,
      change: 'rescaled',
    },
    'tailored-evaluated': {
      kind: 'from',
      question: 'tailored-evaluated',
      options: POLICY_TO_FREQUENCY,
      change: 'split',
    },
    'tailored-leave-saving': { kind: 'from', question: 'tailored-leave-saving', change: 'split' },
    'tailored-leave-donating': { kind: 'from', question: 'tailored-leave-saving', change: 'split' },
    'tailored-reduced-hours-pay': { kind: 'from', question: 'tailored-budget-schemes', change: 'split' },
    'tailored-support-access': { kind: 'same' },

    // Embedding
    'embedding-vision': { kind: 'same' },
    'embedding-hr-policy': { kind: 'same' },
    'embedding-owner': {
      kind: 'from',
      question: 'embedding-owner',
      options: {
        no: 'no',
        partly: 'owner',
        arranged: 'owner-time',
        'arranged-evaluated': 'owner-time-budget',
      },
      change: 'rescaled',
    },
    'embedding-works-council': { kind: 'same' },
    'embedding-managers-informed': {
      kind: 'from',
      question: 'embedding-managers-informed',
      options: POLICY_TO_SHARE,
      change: 'split',
    },
    'embedding-managers-trained': {
      kind: 'from',
      question: 'embedding-managers-trained',
      options: POLICY_TO_SHARE,
      change: 'rescaled',
    },
    'embedding-company-doctor': { kind: 'from', question: 'embedding-absence-process', change: 'split' },
    'embedding-measurement': {
      kind: 'from',
      question: 'embedding-measurement',
      options: {
        no: 'never',
        partly: 'once',
        arranged: 'every-few-years',
        'arranged-evaluated': 'every-one-or-two-years',
      },
      change: 'rescaled',
    },
    'embedding-evaluation': {
      kind: 'from',
      question: 'embedding-evaluation',
      options: { no: 'never', 'yearly-improved': 'yearly' },
      change: 'rescaled',
    },
  },
  dropped: {
    'legal-uptake-known':
      'dropped to keep the scan at 45 questions; counting the use of the schemes is now part of the yearly evaluation',
    'tailored-paid-leave-top-up':
      'split: paying more than 70% during short-term care leave is an answer of legal-short-term-pay; pay during long-term care leave is the new question tailored-long-term-pay',
  },
};
