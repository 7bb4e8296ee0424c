// The shipped questionnaire, checked at build time (build/shipped-questionnaire-plugin.ts).
declare module 'virtual:shipped-questionnaire' {
  import type { ParseResult } from '../questionnaire/parse-questionnaire.ts';
  import type { Questionnaire } from '../questionnaire/schema.ts';
  export const loaded: ParseResult<Questionnaire>;
}
