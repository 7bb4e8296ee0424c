/**
 * The group report and the progress section, rendered in Node and read back as text: what a workshop
 * group and an employer will see in the documents. Few renders: each takes a second or more.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../../questionnaire/example-answers.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { buildGroupReportModel } from '../group-report-model.ts';
import { buildReportModel } from '../report-model.ts';
import { renderGroupReportToBuffer, renderReportToBuffer } from './render-report.node.tsx';
import { computeSpreadGeometry } from './spread-chart.tsx';

const questionnaire = loadShipped();
const DATE = '2026-11-22T10:00:00.000Z';

async function readBack(buffer: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  // Join words that were hyphenated at the end of a line, and fold white space.
  return { totalPages, text: text.replace(/-\n/g, '').replace(/\s+/g, ' ') };
}

function groupModel(language: Language) {
  const roles = ['hr', 'manager', 'carer'] as const;
  const participants = (['best', 'worst', 'mixed'] as const).map((profile, index) => ({
    file: createAnswersFile(questionnaire, createExampleAnswers(questionnaire, profile), {
      organisationName: 'Zorgzaam B.V.',
      participant: index === 0 ? { name: 'Anna de Vries', role: roles[index] } : { role: roles[index] },
    }),
  }));
  return buildGroupReportModel(questionnaire, participants, {}, language);
}

describe('the PDF group report', () => {
  it.each([
    [
      'nl',
      'Groepsrapport',
      'Aantal deelnemers: 3',
      'Pagina 2 van',
      ['Deelnemers en hun rol', 'Samenvatting'],
    ],
    [
      'en',
      'Group report',
      'Number of participants: 3',
      'Page 2 of',
      ['Participants and their roles', 'Summary'],
    ],
  ] as const)(
    'in %s: the participants, the spread, the disagreements with each role’s answers, the joint outcome',
    async (language, title, count, page, headings) => {
      const model = groupModel(language);
      const buffer = await renderGroupReportToBuffer(model, DATE);
      expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, totalPages } = await readBack(buffer);
      expect(text).toContain(title);
      expect(text).toContain(count);
      expect(text).toContain('Zorgzaam B.V.');
      expect(text).toContain(`${page} ${totalPages}`);
      for (const heading of [
        ...headings,
        model.spread.title,
        model.disagreements.title,
        model.consensusTitle,
      ]) {
        expect(text).toContain(heading);
      }
      for (const participant of model.participants) expect(text).toContain(participant.label);
      const first = model.disagreements.items[0];
      expect(first).toBeDefined();
      for (const item of model.disagreements.items) expect(text).toContain(item.question);
      for (const group of first?.byRole ?? []) expect(text).toContain(`${group.roleLabel} ${group.line}`);
      expect(text).toContain(`${first?.consensusTitle}: ${first?.consensus}`);
      expect(text).toContain(model.consensus.overallLine);
      expect(text).toContain(model.disclaimer);
    },
  );
});

describe('the PDF group report of a room with one carer', () => {
  const roles = ['hr', 'hr', 'manager', 'manager', 'carer'] as const;
  const files = roles.map((role, index) => ({
    file: createAnswersFile(
      questionnaire,
      createExampleAnswers(questionnaire, (['best', 'worst', 'mixed'] as const)[index % 3] ?? 'mixed'),
      { organisationName: 'Zorgzaam B.V.', participant: { role } },
    ),
  }));

  it('never names the carer’s role next to their number or answers, and says why', async () => {
    const model = buildGroupReportModel(questionnaire, files, {}, 'nl');
    const { text } = await readBack(await renderGroupReportToBuffer(model, DATE));
    expect(model.privacy.roleLines).toHaveLength(2);
    for (const line of model.privacy.roleLines) expect(text).toContain(line);
    expect(text).toContain('De rol medewerker met mantelzorg heeft één deelnemer en staat daarom niet apart');
    expect(text).not.toContain('Medewerker met mantelzorg');
    expect(text).not.toContain('(Leidinggevende)');
    expect(text).not.toContain('Leidinggevende Voorloper');
    expect(text).toContain('Deelnemer 1 (HR)');
    expect(text).toContain('5. Deelnemer 5');
    expect(text).toContain('Overige rollen');
    const first = model.disagreements.items[0];
    for (const group of first?.byRole ?? []) expect(text).toContain(`${group.roleLabel} ${group.line}`);
    expect(first?.byRole.map((g) => g.roleLabel)).toEqual(['HR', 'Overige rollen']);
  });

  it('shows the carer apart when the advisor chose so', async () => {
    const model = buildGroupReportModel(questionnaire, files, {}, 'nl', { showSingleRoles: true });
    const { text } = await readBack(await renderGroupReportToBuffer(model, DATE));
    expect(text).toContain('Deelnemer 5 (Medewerker met mantelzorg)');
    expect(text).toContain('U koos ervoor ook rollen met één deelnemer apart te tonen.');
  });
});

describe('the PDF report with progress since an earlier scan', () => {
  it('shows the progress section after the summary, with the numbers then, now and the change', async () => {
    const earlier = createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'worst'), {
      updatedAt: '2025-03-03T09:00:00.000Z',
    });
    const later = createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'mixed'));
    const model = buildReportModel(questionnaire, later, 'nl', {
      progress: { earlier, label: 'Voorjaar 2025' },
    });
    const progress = model.progress;
    if (!progress) throw new Error('expected a progress view');
    const { text } = await readBack(await renderReportToBuffer(model, DATE));
    expect(text).toContain('Vooruitgang sinds de vorige scan');
    expect(text.indexOf('Vooruitgang sinds de vorige scan')).toBeGreaterThan(text.indexOf('Samenvatting'));
    expect(text.indexOf('Vooruitgang sinds de vorige scan')).toBeLessThan(
      text.indexOf('Actieplan: hier begint u'),
    );
    expect(text).toContain('Vorige scan: Voorjaar 2025, 3 maart 2025');
    expect(text).toContain(progress.levelLine);
    expect(text).toContain(progress.overallLine);
    for (const theme of progress.themes) {
      expect(text).toContain(`${theme.label} ${theme.then} ${theme.now} ${theme.changeLabel}`);
    }
    expect(text).toContain(
      `Totaalscore ${progress.overall.then} ${progress.overall.now} ${progress.overall.changeLabel}`,
    );
    for (const list of [progress.nowInPlace, progress.improved, progress.worse]) {
      expect(text).toContain(list.title);
      if (list.empty) expect(text).toContain(list.empty);
      for (const item of list.items) expect(text).toContain(item.question);
    }
  });
});

describe('computeSpreadGeometry', () => {
  it('keeps every dot apart: equal or close scores go to another lane, and each row grows to fit', () => {
    const row = {
      id: 'openness' as const,
      label: 'Openness',
      scores: [50, 50, 51, 90, 0],
      min: 0,
      max: 90,
      range: 90,
    };
    const geometry = computeSpreadGeometry([row, { ...row, id: 'embedding', scores: [10, 60] }], 499);
    const [first, second] = geometry.rows;
    expect(first?.dots.map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
    const dots = first?.dots ?? [];
    for (const a of dots) {
      for (const b of dots) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(13);
      }
    }
    expect(second?.top).toBe((first?.top ?? 0) + (first?.height ?? 0));
    expect(second?.height).toBeLessThan(first?.height ?? 0);
    expect(geometry.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(first?.bar.x).toBeLessThan(geometry.trackLeft);
    expect((first?.bar.x ?? 0) + (first?.bar.width ?? 0)).toBeLessThanOrEqual(499);
  });
});
