import type { Questionnaire } from '../../questionnaire/schema.ts';

export const REVIEW_PATH = '/controle';
export const RESULTS_PATH = '/resultaten';
export const WORKSHOP_PATH = '/workshop';
export const PROGRESS_PATH = '/voortgang';
export const APPLICATION_PATH = '/aanvraag';
export const PRIVACY_PATH = '/privacy';

export interface Step {
  /** A section id, or `review`. */
  id: string;
  path: string;
}

export function stepPath(sectionId: string): string {
  return `/stap/${sectionId}`;
}

/** The steps of the scan: the intake, one per theme, then the review. */
export function listSteps(questionnaire: Questionnaire): Step[] {
  return [
    ...questionnaire.sections.map((section) => ({ id: section.id, path: stepPath(section.id) })),
    { id: 'review', path: REVIEW_PATH },
  ];
}
