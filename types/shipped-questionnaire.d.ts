// The shipped questionnaire, checked at build time (build/shipped-questionnaire-plugin.ts).
declare module 'virtual:shipped-questionnaire' {
  import type { ParseResult } from '../questionnaire/parse-questionnaire.ts';
  import type { Questionnaire } from '../questionnaire/schema.ts';
  /** The parse result; its questionnaire has no tips and examples (see `report-content`) and no English (see `en`). */
  export const loaded: ParseResult<Questionnaire>;
}

declare module 'virtual:shipped-questionnaire/report-content' {
  import type { Questionnaire } from '../questionnaire/schema.ts';
  /** The tips and examples of the shipped questionnaire, for the pages that make a report. */
  export const reportContent: Pick<Questionnaire, 'tips' | 'examples'>;
}

declare module 'virtual:shipped-questionnaire/en' {
  /** The English texts that `virtual:shipped-questionnaire` leaves empty (see questionnaire/language-split.ts). */
  export const englishTexts: string[];
}
