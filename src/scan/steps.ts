import type { Questionnaire } from '../../questionnaire/schema.ts';

export const REVIEW_PATH = '/controle';
export const RESULTS_PATH = '/resultaten';
export const WORKSHOP_PATH = '/workshop';
export const PROGRESS_PATH = '/voortgang';
export const APPLICATION_PATH = '/aanvraag';
export const PRIVACY_PATH = '/privacy';
/** A participant opens the advisor's invitation here: `#/doe-mee/<code>`. */
export const JOIN_PATH = '/doe-mee';
/** A participant hands their answers to the advisor here (QR code and link). */
export const HANDOVER_PATH = '/overdragen';
/** The advisor's device receives a participant's answers from a shared link here: `#/workshop/ontvang/<code>`. */
export const RECEIVE_PATH = '/workshop/ontvang';

export interface Step {
  /** A section id, or `review`. */
  id: string;
  path: string;
}

export function stepPath(sectionId: string): string {
  return `/stap/${sectionId}`;
}

/**
 * The steps of the scan: the intake, one per theme, then the review. A workshop participant skips the intake: the
 * advisor answered it once for the organisation, and the participant chose their role when they joined.
 */
export function listSteps(questionnaire: Questionnaire, options: { skipIntake?: boolean } = {}): Step[] {
  const sections = options.skipIntake
    ? questionnaire.sections.filter((section) => section.kind !== 'intake')
    : questionnaire.sections;
  return [
    ...sections.map((section) => ({ id: section.id, path: stepPath(section.id) })),
    { id: 'review', path: REVIEW_PATH },
  ];
}
