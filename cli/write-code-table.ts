/**
 * Freezes the code table of a questionnaire version (see questionnaire/code-tables/code-tables.ts):
 *
 *   npx tsx --tsconfig tsconfig.node.json cli/write-code-table.ts [DEFINITION.json]
 *
 * Reads the definition (the shipped one by default) and writes `questionnaire/code-tables/<id>-<version>.json` with
 * the next free number. A version that already has a table is never written again: the same table is fine, a
 * different one is refused (the questionnaire changed without a new version). Then import the new table in
 * code-tables.ts and add it to `FROZEN_TABLES`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { buildCodeTable, CodeTableSchema } from '../questionnaire/code-tables/code-tables.ts';
import { parseQuestionnaire } from '../questionnaire/parse-questionnaire.ts';
import { shippedDefinition } from '../questionnaire/shipped-questionnaire.ts';

const folder = fileURLToPath(new URL('../questionnaire/code-tables/', import.meta.url));

const path = process.argv[2];
const definition: unknown = path === undefined ? shippedDefinition : JSON.parse(readFileSync(path, 'utf8'));
const parsed = parseQuestionnaire(definition);
if (!parsed.ok) {
  process.stderr.write(`write-code-table: not a valid questionnaire: ${parsed.issues.join('; ')}\n`);
  process.exit(1);
}
const questionnaire = parsed.value;
const tables = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => CodeTableSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
const existing = tables.find(
  (table) =>
    table.questionnaire.id === questionnaire.id && table.questionnaire.version === questionnaire.version,
);
const name = `${questionnaire.id}-${questionnaire.version}.json`;
if (existing) {
  const same = isDeepStrictEqual(existing, buildCodeTable(questionnaire, existing.number));
  process.stdout.write(
    same
      ? `${name}: already frozen as table ${existing.number}; nothing to do\n`
      : `${name}: version ${questionnaire.version} is frozen as table ${existing.number} and the questionnaire differs from it: give the questionnaire a new version\n`,
  );
  process.exit(same ? 0 : 1);
}
const number = Math.max(0, ...tables.map((table) => table.number)) + 1;
writeFileSync(join(folder, name), `${JSON.stringify(buildCodeTable(questionnaire, number), null, 2)}\n`);
process.stdout.write(
  `${name}: written as table ${number}; import it in questionnaire/code-tables/code-tables.ts and run prettier on it\n`,
);
