/**
 * From version 2.0.0 to 3.0.0 of the questionnaire "zorgvriendelijk werkgeverschap".
 *
 * 3.0.0 judges the legal schemes on practice before paperwork (docs/decisions/0012-practice-before-paperwork.md):
 * - every question and option id of 2.0.0 stays, with the same meaning, so every answer is kept as it is;
 * - new options only add choices: "zoals onze cao regelt" where a cao may deviate, and the MR or GMR of a school
 *   in the intake's representation question;
 * - three new questions have no answer in 2.0.0 and are left open for the user to answer: whether new employees
 *   are told in writing which paid leave they have (`legal-information`), and whether short-term and long-term
 *   care leave are granted when asked (`legal-short-term-granted`, `legal-long-term-granted`). The review page
 *   lists them as open, and the report counts them as not yet answered until then.
 */
import type { MigrationStep } from './answer-migration.ts';

export const ZORGVRIENDELIJK_WERKGEVERSCHAP_2_TO_3: MigrationStep = {
  questionnaireId: 'zorgvriendelijk-werkgeverschap',
  from: '2.0.0',
  to: '3.0.0',
  answers: {
    'intake-size': { kind: 'same' },
    'intake-sector': { kind: 'same' },
    'intake-cao': { kind: 'same' },
    'intake-roster': { kind: 'same' },
    'intake-works-council': { kind: 'same' },
    'intake-role': { kind: 'same' },
    'openness-carers-known': { kind: 'same' },
    'openness-onboarding': { kind: 'same' },
    'openness-annual-conversation': { kind: 'same' },
    'openness-exit-conversation': { kind: 'same' },
    'openness-managers-talk': { kind: 'same' },
    'openness-carers-tell': { kind: 'same' },
    'openness-colleagues-understand': { kind: 'same' },
    'openness-awareness': { kind: 'same' },
    'legal-calamity-applied': { kind: 'same' },
    'legal-calamity-written': { kind: 'same' },
    'legal-short-term-pay': { kind: 'same' },
    'legal-short-term-written': { kind: 'same' },
    'legal-long-term-answered': { kind: 'same' },
    'legal-long-term-written': { kind: 'same' },
    'legal-flexible-work-requests': { kind: 'same' },
    'legal-hours-arrangement-small': { kind: 'same' },
    'legal-managers-know': { kind: 'same' },
    'legal-communicated': { kind: 'same' },
    'legal-findable': { kind: 'same' },
    'flex-times': { kind: 'same' },
    'flex-home': { kind: 'same' },
    'flex-option-each-job': { kind: 'same' },
    'flex-roster-early': { kind: 'same' },
    'flex-roster-swap': { kind: 'same' },
    'flex-roster-wishes': { kind: 'same' },
    'flex-calls-during-work': { kind: 'same' },
    'flex-fewer-hours': { kind: 'same' },
    'flex-lighter-tasks': { kind: 'same' },
    'tailored-joint-agreements': { kind: 'same' },
    'tailored-recorded': { kind: 'same' },
    'tailored-evaluated': { kind: 'same' },
    'tailored-long-term-pay': { kind: 'same' },
    'tailored-leave-saving': { kind: 'same' },
    'tailored-leave-donating': { kind: 'same' },
    'tailored-reduced-hours-pay': { kind: 'same' },
    'tailored-support-access': { kind: 'same' },
    'embedding-vision': { kind: 'same' },
    'embedding-hr-policy': { kind: 'same' },
    'embedding-owner': { kind: 'same' },
    'embedding-works-council': { kind: 'same' },
    'embedding-managers-informed': { kind: 'same' },
    'embedding-managers-trained': { kind: 'same' },
    'embedding-company-doctor': { kind: 'same' },
    'embedding-measurement': { kind: 'same' },
    'embedding-evaluation': { kind: 'same' },
  },
  dropped: {},
};
