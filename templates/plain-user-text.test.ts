/**
 * User text with bidirectional controls (a right-to-left override before an organisation name) reaches no output
 * made from the report model: not the model, the PDF text, the Word document, the CSV or the file name; the answers
 * file keeps the text as typed.
 */
import { Packer } from 'docx';
import fc from 'fast-check';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createAnswersFile, type AnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { decodeWordText } from '../tests/fixtures/docx-text.ts';
import { buildActionPlanCsv } from './export/action-plan-csv.ts';
import { buildReportDocx } from './export/report-docx.ts';
import { buildGroupReportModel } from './group-report-model.ts';
import { renderReportToBuffer } from './pdf/render-report.node.tsx';
import { hasBidiControls, toPlainUserFile, toPlainUserText } from './plain-user-text.ts';
import { buildReportFileName } from './report-file-name.ts';
import { buildReportModel } from './report-model.ts';

const questionnaire = loadShipped();

/** Every bidirectional control character the function must take out. */
const CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const ANY_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** An answers file with a right-to-left override in every text the user types. */
function typedFile(): AnswersFile {
  const mixed = createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'mixed'));
  const model = buildReportModel(questionnaire, mixed, 'nl');
  const ticked = model.evidence.groups.flatMap((g) => g.items).find((item) => item.status === 'to-collect');
  if (!ticked) throw new Error('the mixed example has no evidence to collect');
  return createAnswersFile(questionnaire, mixed.answers, {
    organisationName: '\u202EABC',
    respondentRole: '\u202BHR\u202C',
    participant: { name: '\u2067Sara\u2069', role: 'hr' },
    notes: { openness: '\u202ELunchlezing in maart' },
    evidence: { [ticked.questionId]: { have: true, where: '\u202EHR-handboek §4.2' } },
    drafts: { dialogue: 'Wij \u202Epraten\u202C met elkaar.\u200F' },
  });
}

describe('toPlainUserText', () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)?.toString(16).toUpperCase()}`, c]))(
    'takes out %s and keeps the letters around it in their order',
    (_name, control) => {
      expect(toPlainUserText(`${control}ABC${control} def`)).toBe('ABC def');
    },
  );

  it('keeps right-to-left script, accents and line breaks as they are', () => {
    expect(toPlainUserText('שלום café\nعربي ’t Hoekje')).toBe('שלום café\nعربي ’t Hoekje');
  });

  it('leaves no control in any text, changes nothing else and is idempotent', () => {
    const withControls = fc
      .array(fc.oneof(fc.string(), fc.constantFrom(...CONTROLS)))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(withControls, (text) => {
        const plain = toPlainUserText(text);
        expect(hasBidiControls(plain)).toBe(false);
        expect(toPlainUserText(plain)).toBe(plain);
        expect(plain).toBe([...text].filter((char) => !CONTROLS.includes(char)).join(''));
      }),
    );
  });
});

describe('toPlainUserFile', () => {
  it('makes every typed text plain and leaves the file it is given as typed', () => {
    const file = typedFile();
    const before = structuredClone(file);
    const plain = toPlainUserFile(file);
    expect(file).toEqual(before);
    expect(JSON.stringify(plain)).not.toMatch(ANY_CONTROL);
    expect(plain.organisationName).toBe('ABC');
    expect(plain.participant).toEqual({ name: 'Sara', role: 'hr' });
    expect(plain.answers).toEqual(file.answers);
    expect(Object.keys(plain).sort()).toEqual(Object.keys(file).sort());
  });
});

describe('the outputs of the report model', () => {
  it('the report model holds no bidirectional control, and the answers file keeps them', () => {
    const file = typedFile();
    const model = buildReportModel(questionnaire, file, 'nl', {
      progress: { earlier: file, label: '\u202EVoorjaar' },
    });
    expect(JSON.stringify(model)).not.toMatch(ANY_CONTROL);
    expect(model.organisationName).toBe('ABC');
    expect(model.forOrganisation).toBe('Voor: ABC');
    expect(model.notes.map((note) => note.text)).toContain('Lunchlezing in maart');
    expect(model.application.questions.find((q) => q.id === 'dialogue')?.text).toBe('Wij praten met elkaar.');
    expect(file.organisationName).toBe('\u202EABC');
  });

  it('the CSV, the Word document and the file names hold no bidirectional control', async () => {
    const model = buildReportModel(questionnaire, typedFile(), 'nl');
    expect(buildActionPlanCsv(model)).not.toMatch(ANY_CONTROL);
    const zip = await JSZip.loadAsync(await Packer.toBuffer(buildReportDocx(model)));
    const body = decodeWordText((await zip.file('word/document.xml')?.async('string')) ?? '');
    const properties = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(body).toContain('Voor: ABC');
    expect(body).toContain('HR-handboek §4.2');
    expect(body).not.toMatch(ANY_CONTROL);
    expect(properties).not.toMatch(ANY_CONTROL);
    for (const extension of ['pdf', 'json', 'docx', 'csv'] as const)
      expect(buildReportFileName('\u202EABC', '2026-12-07', extension)).toBe(
        `quickscan-abc-2026-12-07.${extension}`,
      );
  });

  it('the PDF reads "ABC" in its order, with no bidirectional control in its text', async () => {
    const model = buildReportModel(questionnaire, typedFile(), 'nl');
    const buffer = await renderReportToBuffer(model, '2026-12-07T10:00:00.000Z');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
    expect(text).toContain('ABC');
    expect(text).not.toContain('CBA');
    expect(text).toContain('Lunchlezing in maart');
    expect(text).not.toMatch(ANY_CONTROL);
  });

  it('the group report names its participants and organisation without bidirectional controls', () => {
    const file = typedFile();
    const other = { ...file, participant: { name: 'Piet\u202E' } };
    const model = buildGroupReportModel(
      questionnaire,
      [{ file }, { file: other, label: '\u202DPiet (directie)' }],
      {},
      'nl',
    );
    expect(model.participants.map((p) => p.label)).toEqual(['Sara (HR)', 'Piet (directie)']);
    expect(model.organisationName).toBe('ABC');
    expect(JSON.stringify(model)).not.toMatch(ANY_CONTROL);
  });
});
