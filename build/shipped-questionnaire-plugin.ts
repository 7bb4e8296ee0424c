/**
 * The shipped questionnaire definition, checked against the contract (zod, every cross-reference) when
 * the app is built or served, not in the user's browser. Two modules:
 *
 * - `virtual:shipped-questionnaire`: the parse result without the tips and their examples, which is all
 *   the steps need, in Dutch. The app still shows the definition's problems if it is invalid, and the build prints them.
 * - `virtual:shipped-questionnaire/report-content`: the tips and examples (about 16 kB gzip of the 36),
 *   loaded with the pages that make a report (review, results, workshop, progress, application).
 * - `virtual:shipped-questionnaire/en`: the English texts of the first module, which has them empty
 *   (`questionnaire/language-split.ts`), loaded when English is chosen (about 7 kB gzip).
 *
 * Saves the browser parsing 245 kB of definition with zod on every start, and the first question waiting
 * for the tips.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { splitLanguage } from '../questionnaire/language-split.ts';
import { parseQuestionnaire } from '../questionnaire/parse-questionnaire.ts';

const CORE_ID = 'virtual:shipped-questionnaire';
const REPORT_CONTENT_ID = 'virtual:shipped-questionnaire/report-content';
const ENGLISH_ID = 'virtual:shipped-questionnaire/en';
const IDS = [CORE_ID, REPORT_CONTENT_ID, ENGLISH_ID];
const DEFINITION = fileURLToPath(
  new URL('../questionnaire/definitions/zorgvriendelijk-werkgeverschap.json', import.meta.url),
);

function parseDefinition(): ReturnType<typeof parseQuestionnaire> {
  try {
    return parseQuestionnaire(JSON.parse(readFileSync(DEFINITION, 'utf8')) as unknown);
  } catch (error) {
    return { ok: false, issues: [`${DEFINITION}: ${(error as Error).message}`] };
  }
}

/** JSON.parse of one string literal is faster for the browser than the same data as an object literal. */
const jsonModule = (name: string, value: unknown) =>
  `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function shippedQuestionnaire(): Plugin {
  return {
    name: 'shipped-questionnaire',
    resolveId: (id) => (IDS.includes(id) ? `\0${id}` : undefined),
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      this.addWatchFile(DEFINITION);
      const result = parseDefinition();
      if (id === `\0${REPORT_CONTENT_ID}`) {
        return jsonModule(
          'reportContent',
          result.ok
            ? { tips: result.value.tips, examples: result.value.examples }
            : { tips: {}, examples: {} },
        );
      }
      const core = result.ok ? splitLanguage({ ...result.value, tips: {}, examples: {} }, 'en') : null;
      if (id === `\0${ENGLISH_ID}`) return jsonModule('englishTexts', core?.texts ?? []);
      if (!core) {
        this.warn(`The questionnaire definition is invalid:\n${result.ok ? '' : result.issues.join('\n')}`);
        return jsonModule('loaded', result);
      }
      return jsonModule('loaded', { ...result, value: core.without });
    },
  };
}
