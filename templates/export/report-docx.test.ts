/**
 * The Word export, packed as the command line tool packs it and read back from `word/document.xml`.
 */
import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeWordText } from '../../tests/fixtures/docx-text.ts';
import {
  createAnswersFile,
  type Drafts,
  type Evidence,
  type Notes,
} from '../../questionnaire/answers-file.ts';
import { createExampleAnswers, type ExampleProfile } from '../../questionnaire/example-answers.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { APPLICATION_QUESTIONS } from '../content/application-texts.ts';
import { buildReportModel, type ReportModel } from '../report-model.ts';
import { buildReportDocx } from './report-docx.ts';

const questionnaire = loadShipped();
const ORGANISATION = 'Zorg & Co "’t Hoekje" <b>BV</b>';
const NOTE = 'Lunchlezing <b>"Werk & zorg"</b> in maart;\nmantelzorgcafé =SUM(A1)\r\n\ttweede alinea';
const WHERE = 'HR-handboek §4.2 & <intranet>';

function modelFor(
  profile: ExampleProfile,
  language: Language,
  extra: { notes?: Notes; evidence?: Evidence; drafts?: Drafts; organisationName?: string } = {},
): ReportModel {
  const answers = createExampleAnswers(questionnaire, profile);
  return buildReportModel(questionnaire, createAnswersFile(questionnaire, answers, extra), language);
}

/** An evidence item of the mixed example that the organisation ticked, so the draft lists it. */
const tickedId = (() => {
  const model = modelFor('mixed', 'nl');
  const item = model.evidence.groups.flatMap((g) => g.items).find((i) => i.status === 'to-collect');
  if (!item) throw new Error('the mixed example has no evidence to collect');
  return item.questionId;
})();

const extras = {
  organisationName: ORGANISATION,
  notes: { openness: NOTE, embedding: 'OR-overleg 2025' },
  evidence: { [tickedId]: { have: true, where: WHERE } },
};

interface DocParagraph {
  style: string | null;
  text: string;
}

function paragraphsOf(xml: string): DocParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null,
    text: decodeWordText(inner.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '')),
  }));
}

/** Every table: its rows, each a list of cell texts (a cell's paragraphs joined by newlines). */
function tablesOf(xml: string): { columnWidths: number[]; rows: string[][] }[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table = '']) => ({
    columnWidths: [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w)),
    rows: [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) =>
        paragraphsOf(cell)
          .map((p) => p.text)
          .join('\n'),
      ),
    ),
  }));
}

/** One part of the packed document, such as `word/document.xml`. */
async function packedPart(model: ReportModel, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildReportDocx(model)));
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`no ${part} in the package`);
  return xml;
}

const dutch = modelFor('mixed', 'nl', extras);
const english = modelFor('mixed', 'en', extras);
const dutchXml = packedPart(dutch);
const englishXml = packedPart(english);

const withStyle = (paragraphs: DocParagraph[], style: string) =>
  paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe('the Word export', () => {
  it('has real Word headings: the title, one Heading 1 per part, the four application questions', async () => {
    const paragraphs = paragraphsOf(await dutchXml);
    const t = dutch.texts;
    expect(withStyle(paragraphs, 'Title')).toEqual([dutch.title]);
    expect(withStyle(paragraphs, 'Heading1')).toEqual([
      t.summary,
      t.legalCheck,
      t.actions,
      t.evidence,
      t.application,
      t.notes,
      t.disclaimerTitle,
    ]);
    const heading2 = withStyle(paragraphs, 'Heading2');
    APPLICATION_QUESTIONS.forEach((aq, index) => {
      expect(heading2).toContain(`Vraag ${index + 1}: ${aq.question.nl}`);
    });
    expect(heading2).toEqual(expect.arrayContaining([t.scores, dutch.blockersTitle, t.tips]));
    const heading3 = withStyle(paragraphs, 'Heading3');
    expect(heading3).toContain(t.legalMeaning);
    expect(heading3.filter((h) => h === t.applicationGaps)).toHaveLength(
      dutch.application.questions.filter((q) => q.gaps.length > 0).length,
    );
  });

  it('shows the organisation name and a note exactly as typed: markup, quotes, ampersand, line breaks', async () => {
    const xml = await dutchXml;
    const texts = paragraphsOf(xml).map((p) => p.text);
    expect(texts).toContain(`Voor: ${ORGANISATION}`);
    // Once under the notes, once in the draft of the application question it belongs to: never under two.
    expect(texts.filter((text) => text === NOTE.replace('\r\n', '\n'))).toHaveLength(2);
    expect(xml).toContain('&lt;b&gt;&quot;Werk &amp; zorg&quot;&lt;/b&gt;');
    expect(xml).not.toMatch(/<b>|<intranet>/);
    expect(xml).toContain('<w:br/>');
  });

  it('lays out the action plan as a table with the empty columns "Wie" and "Wanneer"', async () => {
    const table = tablesOf(await dutchXml).find((t) => t.rows[0]?.includes('Wie'));
    expect(table?.rows[0]).toEqual([
      'Nr.',
      'Thema',
      'Vraag',
      'Tip',
      'Levert op (punten)',
      'Snel resultaat',
      'Nodig voor',
      'Wie',
      'Wanneer',
    ]);
    const rows = table?.rows.slice(1) ?? [];
    expect(rows).toHaveLength(dutch.actions.length);
    expect(dutch.actions.length).toBeGreaterThan(3);
    dutch.actions.forEach((action, index) => {
      const [rank, theme, question, tip, gain, quickWin, neededFor, owner, date] = rows[index] ?? [];
      expect(rank).toBe(String(action.rank));
      expect(theme).toBe(action.themeTitle);
      expect(question).toBe(`${action.question}\nNu: ${action.current} → Doel: ${action.target}`);
      expect(tip).toBe(action.tip?.title ?? '');
      expect(gain).toBe(`+${String(action.gain).replace('.', ',')}`);
      expect(quickWin).toBe(action.isQuickWin ? 'ja' : 'nee');
      expect(neededFor).toBe(action.neededFor ?? '');
      expect([owner, date]).toEqual(['', '']);
    });
  });

  it('keeps every table within the page: the action plan on landscape pages, the rest on portrait', async () => {
    const xml = await dutchXml;
    const widths = tablesOf(xml).map((t) => t.columnWidths.reduce((a, b) => a + b, 0));
    // A4 is 11906 × 16838 twips, with margins of 1134 on each side.
    expect(widths[0]).toBe(11906 - 2 * 1134);
    expect(widths.filter((w) => w === 16838 - 2 * 1134)).toHaveLength(1);
    for (const width of widths) expect(width).toBeLessThanOrEqual(16838 - 2 * 1134);
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(1);
  });

  it('lists the evidence folder per theme, with status and where it is kept', async () => {
    const xml = await dutchXml;
    const evidenceTables = tablesOf(xml).filter((t) => t.rows[0]?.[0] === 'Bewijsstuk');
    const groups = dutch.evidence.groups.filter((g) => g.items.length > 0);
    expect(evidenceTables).toHaveLength(groups.length);
    const items = groups.flatMap((g) => g.items);
    const rows = evidenceTables.flatMap((t) => t.rows.slice(1));
    expect(rows).toEqual(items.map((i) => [i.evidence, i.finding, i.statusLabel, i.where ?? '']));
    expect(rows.filter((row) => row[3] === WHERE)).toHaveLength(1);
    expect(paragraphsOf(xml).map((p) => p.text)).toContain(dutch.evidence.countLine);
  });

  it('writes the application draft: per question one text, the suggestion or the text as edited, and its gaps', async () => {
    const texts = paragraphsOf(await dutchXml).map((p) => p.text);
    for (const question of dutch.application.questions) {
      expect(texts).toContain(`${question.themesLine} · ${dutch.texts.applicationSuggested}`);
      for (const part of question.text.split('\n\n')) expect(texts).toContain(part.replaceAll('\r\n', '\n'));
      for (const gap of question.gaps) expect(texts).toContain(gap);
    }
    expect(texts).toContain(dutch.texts.applicationSuggestedNote);
    const ticked = dutch.evidence.groups.flatMap((g) => g.items).find((i) => i.status === 'collected');
    expect(
      texts.some((text) => text.includes(`(${WHERE})`) && text.startsWith('Stukken die dit laten zien')),
    ).toBe(!!ticked);
    expect(texts).toContain(dutch.disclaimer);

    const own = 'Wij <i>praten</i> elk jaar;\nmet "iedereen" & =1\n\nTweede alinea.';
    const edited = modelFor('mixed', 'nl', { ...extras, drafts: { dialogue: own } });
    const editedTexts = paragraphsOf(await packedPart(edited)).map((p) => p.text);
    const dialogue = edited.application.questions[1];
    expect(editedTexts).toContain(`${dialogue?.themesLine} · ${edited.texts.applicationEdited}`);
    expect(editedTexts).toContain('Wij <i>praten</i> elk jaar;\nmet "iedereen" & =1');
    expect(editedTexts).toContain('Tweede alinea.');
  });

  it('carries the law: the legal check with the date of the law and the deviation note for this organisation', async () => {
    const texts = paragraphsOf(await dutchXml).map((p) => p.text);
    const legal = dutch.legalCheck;
    expect(texts).toContain(`${legal.deviation} (${legal.asOf})`);
    expect(legal.asOf).toBe('stand 1 januari 2026');
    // The mixed example has a cao and a works council: the note names them.
    expect(legal.deviation).toMatch(/cao/);
    expect(legal.deviation).toMatch(/OR/);
    for (const item of legal.items) {
      expect(texts).toContain(`${dutch.texts.legalRule}: ${item.rule} (${legal.asOf})`);
    }
    for (const entry of legal.legend) expect(texts).toContain(`${entry.label}: ${entry.meaning}`);
  });

  it('gives no instruction that only makes sense on the page', async () => {
    for (const xml of [await dutchXml, await englishXml, await packedPart(modelFor('worst', 'nl'))]) {
      const text = paragraphsOf(xml)
        .map((p) => p.text)
        .join('\n');
      expect(text).not.toMatch(/vink aan|\btick\b|klik|click/i);
    }
  });

  it('is in English for an English model, with "Who" and "When"', async () => {
    const paragraphs = paragraphsOf(await englishXml);
    expect(withStyle(paragraphs, 'Heading1')).toEqual([
      'Summary',
      'Legal check',
      'Action plan: start here',
      'Evidence folder: what you could collect',
      'Preparing your application: a first draft',
      'What you have already done',
      'Please note',
    ]);
    expect(withStyle(paragraphs, 'Heading2')).toContain(
      `Question 1: ${APPLICATION_QUESTIONS[0]?.question.en}`,
    );
    const table = tablesOf(await englishXml).find((t) => t.rows[0]?.includes('Who'));
    expect(table?.rows[0]?.slice(-2)).toEqual(['Who', 'When']);
    expect(table?.rows[1]?.[2]).toMatch(/\nNow: .+ → Goal: /);
    // The language of the text, for Word's spelling check.
    expect(await packedPart(english, 'word/styles.xml')).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(await packedPart(dutch, 'word/styles.xml')).toMatch(/<w:lang w:val="nl-NL"\/>/);
  });

  it('says there is nothing left to improve when there are no actions, without an action table', async () => {
    const best = modelFor('best', 'nl');
    expect(best.actions).toEqual([]);
    const xml = await packedPart(best);
    expect(paragraphsOf(xml).map((p) => p.text)).toContain(best.texts.noActions);
    expect(tablesOf(xml).some((t) => t.rows[0]?.includes('Wie'))).toBe(false);
  });

  it('leaves out the evidence folder, the draft and the notes when the organisation does not prepare an application', async () => {
    const model = modelFor('mixed', 'nl');
    expect(model.preparesApplication).toBe(false);
    const paragraphs = paragraphsOf(await packedPart(model));
    const t = model.texts;
    expect(withStyle(paragraphs, 'Heading1')).toEqual([
      t.summary,
      t.legalCheck,
      t.actions,
      t.application,
      t.disclaimerTitle,
    ]);
    expect(paragraphs.map((p) => p.text)).toContain(model.applicationPointer);
    expect(tablesOf(await packedPart(model)).some((table) => table.rows[0]?.[0] === 'Bewijsstuk')).toBe(
      false,
    );
  });

  it('writes control characters, which XML forbids, as U+FFFD, and a tab as a Word tab', async () => {
    const model = modelFor('mixed', 'nl', { notes: { tailored: 'a\u0001b\u001Fc\td' } });
    const xml = await packedPart(model);
    expect(xml.includes('\u0001') || xml.includes('\u001F')).toBe(false);
    expect(paragraphsOf(xml).map((p) => p.text)).toContain('a\uFFFDb\uFFFDc\td');
  });
});
