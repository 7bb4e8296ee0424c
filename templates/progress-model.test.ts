import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { compareProgress } from '../scoring/progress.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { createLabels } from './labels.ts';
import { buildProgressView, formatChange } from './progress-model.ts';
import { buildReportModel } from './report-model.ts';

const questionnaire = loadShipped();
const worst = createExampleAnswers(questionnaire, 'worst');
const mixed = createExampleAnswers(questionnaire, 'mixed');
const best = createExampleAnswers(questionnaire, 'best');

const earlierFile = createAnswersFile(questionnaire, worst, { updatedAt: '2025-03-03T09:00:00.000Z' });
const laterFile = createAnswersFile(questionnaire, mixed);

describe('buildProgressView', () => {
  it('gives the numbers of compareProgress: overall, level and every theme then, now and the change', () => {
    const view = buildProgressView(
      questionnaire,
      { file: earlierFile, label: 'Voorjaar 2025' },
      laterFile,
      'nl',
    );
    const progress = compareProgress(questionnaire, worst, mixed);
    const labels = createLabels(questionnaire, 'nl');
    expect(view.overall).toEqual({ ...progress.overall, changeLabel: formatChange(progress.overall.change) });
    expect(view.overallLine).toBe(
      `Totaalscore: toen ${progress.overall.then}, nu ${progress.overall.now} (+${progress.overall.change})`,
    );
    expect(view.level).toEqual({
      then: labels.level(progress.level.then),
      now: labels.level(progress.level.now),
    });
    expect(view.levelLine).toBe(`Niveau: toen ${view.level.then}, nu ${view.level.now}`);
    expect(view.themes.map(({ id, then, now, change }) => ({ id, then, now, change }))).toEqual(
      progress.themes,
    );
    expect(view.themes.map((t) => t.label)).toEqual(progress.themes.map((t) => labels.section(t.id)));
    expect(view.nowInPlace.items.map((i) => i.questionId)).toEqual(
      progress.nowInPlace.map((c) => c.questionId),
    );
    expect(view.improved.items.map((i) => i.questionId)).toEqual(progress.improved.map((c) => c.questionId));
    expect(view.worse.items.map((i) => i.questionId)).toEqual(progress.worse.map((c) => c.questionId));
  });

  it('names the earlier scan by its label and date, and each moved answer with its labels then and now', () => {
    const view = buildProgressView(
      questionnaire,
      { file: earlierFile, label: 'Voorjaar 2025' },
      laterFile,
      'nl',
    );
    expect(view.earlier).toEqual({
      label: 'Voorjaar 2025',
      date: '2025-03-03T09:00:00.000Z',
      dateLabel: '3 maart 2025',
    });
    expect(view.earlierLine).toBe('Vorige scan: Voorjaar 2025, 3 maart 2025');
    const labels = createLabels(questionnaire, 'nl');
    const item = view.improved.items[0] ?? view.nowInPlace.items[0];
    expect(item).toBeDefined();
    if (!item) return;
    expect(item.question).toBe(labels.question(item.questionId));
    expect(item.from).toBe(labels.option(item.questionId, worst[item.questionId] ?? null));
    expect(item.to).toBe(labels.option(item.questionId, mixed[item.questionId] ?? null));
    expect(item.line).toBe(`Toen: ${item.from}. Nu: ${item.to}.`);
  });

  it('gives a sentence for each empty list, and none for a list with items', () => {
    const view = buildProgressView(
      questionnaire,
      { file: createAnswersFile(questionnaire, best), label: 'Eerder' },
      createAnswersFile(questionnaire, worst),
      'en',
    );
    expect(view.earlierLine).toBe('Previous scan: Eerder');
    expect(view.earlier.dateLabel).toBeNull();
    expect(view.nowInPlace).toMatchObject({
      items: [],
      empty: 'No action from the previous action plan is fully in place yet.',
    });
    expect(view.improved).toMatchObject({
      items: [],
      empty: 'No other actions from the previous action plan have moved forward.',
    });
    expect(view.worse.items.length).toBeGreaterThan(0);
    expect(view.worse.empty).toBeNull();
    expect(view.overall.changeLabel).toBe(`\u2212${view.overall.then - view.overall.now}`);
    expect(view.title).toBe('Progress since the previous scan');
  });

  it('writes a change with its sign', () => {
    expect([formatChange(12), formatChange(-3), formatChange(0)]).toEqual(['+12', '\u22123', '0']);
  });
});

describe('buildReportModel with an earlier scan', () => {
  it('has no progress section without one, so existing callers are unchanged', () => {
    expect(buildReportModel(questionnaire, laterFile, 'nl').progress).toBeNull();
  });

  it('has the progress view of the earlier scan against the scan of the report', () => {
    const model = buildReportModel(questionnaire, laterFile, 'nl', {
      progress: { earlier: earlierFile, label: 'Voorjaar 2025' },
    });
    expect(model.progress).toEqual(
      buildProgressView(questionnaire, { file: earlierFile, label: 'Voorjaar 2025' }, laterFile, 'nl'),
    );
    expect(model.progress?.overall.now).toBe(model.overall);
    expect(structuredClone(model)).toEqual(model);
  });
});
