/**
 * The frozen code tables of the answers code (see ../answers-code.ts): one per version of a questionnaire that codes
 * can be made with, each with its own number, which is the one byte a code carries instead of the questionnaire's
 * id and version.
 *
 * A table lists the questionnaire's sections, their questions in order and each question's options in order:
 * enough to pack an answer as a small number and to read it back as ids. A table is written once, when its version
 * of the questionnaire ships (with cli/write-code-table.ts), and never changed after: codes made with it may still
 * be on a phone or in a mail. It is never derived from the current questionnaire at run time, because a code of an
 * older version must be read with the table it was made with.
 * A test fails when the shipped questionnaire's version has no table, or when its table differs from it.
 *
 * To add a table: write it with cli/write-code-table.ts (it takes the next number), import it here and add it to
 * `FROZEN_TABLES`.
 */
import '../zod-config.ts';
import * as z from 'zod/mini';
import { IdSchema } from '../ids.ts';
import { getOptions } from '../questions.ts';
import type { Questionnaire } from '../schema.ts';
import table1 from './zorgvriendelijk-werkgeverschap-3.0.0.json' with { type: 'json' };
import table2 from './zorgvriendelijk-werkgeverschap-3.1.0.json' with { type: 'json' };

/** The most options a question of a table may have: its answer is packed in at most 8 bits (0 = unanswered). */
export const MAX_TABLE_OPTIONS = 255;

export const CodeTableSchema = z.strictObject({
  /** The number a code carries (1–255), unique over all tables, never reused. */
  number: z.number().check(z.int(), z.minimum(1), z.maximum(255)),
  questionnaire: z.strictObject({ id: IdSchema, version: z.string() }),
  sections: z.array(
    z.strictObject({
      id: IdSchema,
      questions: z.array(
        z.strictObject({
          id: IdSchema,
          options: z.array(IdSchema).check(z.minLength(1), z.maxLength(MAX_TABLE_OPTIONS)),
        }),
      ),
    }),
  ),
});
export type CodeTable = z.infer<typeof CodeTableSchema>;

/** Every frozen table, as imported (checked by `listCodeTables`). */
const FROZEN_TABLES: readonly unknown[] = [table1, table2];

let parsedTables: readonly CodeTable[] | undefined;

/**
 * Every frozen table, parsed once. Throws when one is not a valid table or two share a number: the tables are part
 * of the build, and the tests make sure they are valid.
 */
export function listCodeTables(): readonly CodeTable[] {
  if (parsedTables) return parsedTables;
  const tables = FROZEN_TABLES.map((data, index) => {
    const parsed = CodeTableSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(`code table ${index + 1} is invalid: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  const numbers = new Set(tables.map((table) => table.number));
  if (numbers.size !== tables.length) throw new Error('two code tables have the same number');
  parsedTables = tables;
  return tables;
}

/** The table with this number, or undefined. */
export function findCodeTableByNumber(number: number): CodeTable | undefined {
  return listCodeTables().find((table) => table.number === number);
}

/** The table of this version of this questionnaire, or undefined when codes cannot be made with it. */
export function findCodeTable(questionnaireId: string, version: string): CodeTable | undefined {
  return listCodeTables().find(
    (table) => table.questionnaire.id === questionnaireId && table.questionnaire.version === version,
  );
}

/** The highest table number this app knows: a code with a higher one was made with a newer questionnaire. */
export function highestCodeTableNumber(): number {
  return Math.max(0, ...listCodeTables().map((table) => table.number));
}

/** The questions of a table in code order (sections in order, their questions in order), with their section. */
export function listTableQuestions(table: CodeTable): { sectionId: string; id: string; options: string[] }[] {
  return table.sections.flatMap((section) =>
    section.questions.map((question) => ({ sectionId: section.id, ...question })),
  );
}

/**
 * The table of a questionnaire as it is now, numbered `number`: for writing a new frozen table, and for the test
 * that the shipped questionnaire's frozen table still matches it. Never used to read a code.
 */
export function buildCodeTable(questionnaire: Questionnaire, number: number): CodeTable {
  return {
    number,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    sections: questionnaire.sections.map((section) => ({
      id: section.id,
      questions: section.questions.map((question) => ({
        id: question.id,
        options: getOptions(questionnaire, question).map((option) => option.id),
      })),
    })),
  };
}
