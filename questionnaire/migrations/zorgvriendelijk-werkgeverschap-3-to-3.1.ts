/**
 * From version 3.0.0 to 3.1.0 of the questionnaire "zorgvriendelijk werkgeverschap".
 *
 * 3.1.0 has one list of roles for the intake and the workshop (issue 21): the question `intake-role` gains the
 * options `works-council`, `employee` and `carer`, the workshop roles that the intake lacked, so that a participant's
 * own answer is their role in the workshop. Every question and option id of 3.0.0 stays with the same meaning, so
 * every answer is kept as it is. (An answers file whose workshop role was set apart from its intake answer gets
 * that role as its intake answer too: see `reconcileRole` in ../answers-file.ts.)
 */
import type { MigrationStep } from './answer-migration.ts';

export const ZORGVRIENDELIJK_WERKGEVERSCHAP_3_TO_3_1: MigrationStep = {
  questionnaireId: 'zorgvriendelijk-werkgeverschap',
  from: '3.0.0',
  to: '3.1.0',
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
    'legal-information': { kind: 'same' },
    'legal-calamity-applied': { kind: 'same' },
    'legal-calamity-written': { kind: 'same' },
    'legal-short-term-granted': { kind: 'same' },
    'legal-short-term-pay': { kind: 'same' },
    'legal-short-term-written': { kind: 'same' },
    'legal-long-term-granted': { kind: 'same' },
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
