/**
 * The questionnaire that ships with the app and the command line tool.
 */
import definition from './definitions/zorgvriendelijk-werkgeverschap.json' with { type: 'json' };
import { parseQuestionnaire, type ParseResult } from './parse-questionnaire.ts';
import type { Questionnaire } from './schema.ts';

/** The raw definition, as written in the JSON file. */
export const shippedDefinition: unknown = definition;

/** Parses the shipped definition. The tests make sure it is valid; the app still shows a message if it is not. */
export function loadShippedQuestionnaire(): ParseResult<Questionnaire> {
  return parseQuestionnaire(shippedDefinition);
}
