/**
 * `virtual:shipped-questionnaire`: the shipped questionnaire definition, checked against the contract
 * (zod, every cross-reference) when the app is built or served, not in the user's browser. The module
 * holds the parse result, so the app still shows the definition's problems if it is invalid, and the
 * build prints them. Saves the browser parsing 245 kB of definition with zod on every start.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseQuestionnaire } from '../questionnaire/parse-questionnaire.ts';

const ID = 'virtual:shipped-questionnaire';
const RESOLVED = `\0${ID}`;
const DEFINITION = fileURLToPath(
  new URL('../questionnaire/definitions/zorgvriendelijk-werkgeverschap.json', import.meta.url),
);

export function shippedQuestionnaire(): Plugin {
  return {
    name: 'shipped-questionnaire',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(DEFINITION);
      let result: ReturnType<typeof parseQuestionnaire>;
      try {
        result = parseQuestionnaire(JSON.parse(readFileSync(DEFINITION, 'utf8')) as unknown);
      } catch (error) {
        result = { ok: false, issues: [`${DEFINITION}: ${(error as Error).message}`] };
      }
      if (!result.ok) this.warn(`The questionnaire definition is invalid:\n${result.issues.join('\n')}`);
      // JSON.parse of one string literal is faster for the browser than the same data as an object literal.
      return `export const loaded = JSON.parse(${JSON.stringify(JSON.stringify(result))});`;
    },
  };
}
