/**
 * "Not answered", in both languages: a text of the report (`report-texts.ts` uses it) that the scan's
 * own pages need too (the labels of a migration notice). Apart, so that those pages do not load every
 * report text before the first question.
 */
export const NOT_ANSWERED = { nl: 'Niet beantwoord', en: 'Not answered' } as const;
