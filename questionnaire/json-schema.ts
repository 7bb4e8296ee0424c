import { z } from 'zod';
import { QuestionnaireSchema } from './schema.ts';

/**
 * The JSON Schema of a questionnaire definition file, for editors. It checks the shape only:
 * cross-references (ids, conditions, tips, cycles) are checked by `parseQuestionnaire`.
 */
export function createQuestionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(QuestionnaireSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Quick scan questionnaire definition' }, null, 2)}\n`;
}
