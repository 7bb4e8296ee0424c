import { readFileSync } from 'node:fs';
import { parseQuestionnaire } from './questionnaire/parse-questionnaire.ts';
const d = JSON.parse(readFileSync(process.argv[2] ?? '/work/main/questionnaire/definitions/zorgvriendelijk-werkgeverschap.json', 'utf8'));
if (process.argv[3] === 'dummy') {
  for (const s of d.sections) for (const q of s.questions) if (q.type === 'scale' && !q.findings) q.findings = { inPlace: { nl: 'x.', en: 'x.' }, notYet: { nl: 'y.', en: 'y.' } };
}
const r = parseQuestionnaire(d);
console.log(JSON.stringify(r.ok ? 'valid' : r, null, 1).slice(0, 4000));
