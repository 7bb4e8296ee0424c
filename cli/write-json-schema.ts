/** Writes questionnaire/questionnaire.schema.json: `npm run schema`. A test fails when it is out of date. */
import { writeFile } from 'node:fs/promises';
import { createQuestionnaireJsonSchema } from '../questionnaire/json-schema.ts';

const target = new URL('../questionnaire/questionnaire.schema.json', import.meta.url);
await writeFile(target, createQuestionnaireJsonSchema());
console.log(`wrote ${target.pathname}`);
