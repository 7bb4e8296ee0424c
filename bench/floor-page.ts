/**
 * The floor for the first question: a static page that shows the first step's questions as the app does
 * (`<fieldset class="question">` with a legend and labelled radio buttons), without any script. Served by the
 * same preview server and timed the same way as the app, it is what the first question would cost if the
 * browser had nothing to do but fetch and paint it; the bench prints the app's time as a ratio to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { buildStepModel, type StepModel } from '../templates/step-model.ts';

/** The floor page's file name in the built folder (never in public/: it is not part of the app). */
export const FLOOR_PAGE = 'bench-floor.html';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0) ?? 0};`);

/**
 * The HTML of the floor page for a step.
 *
 * It links the app's built style sheet (`cssHref`, as index.html does). The real page cannot show its first
 * question before that style sheet is there (it is render-blocking), so a floor without it would ask the app to
 * beat a page that skips a request and the style calculation the app cannot skip. With it, the ratio measures
 * what the app adds: its scripts, the render and the extra layout. `cssHref` null leaves it out.
 */
export function buildFloorPage(step: StepModel, cssHref: string | null): string {
  const questions = step.questions.map((question) => {
    const options = question.options
      .map(
        (option) =>
          `<label class="radio-option"><input type="radio" name="${escapeHtml(question.id)}" value="${escapeHtml(
            option.id,
          )}"><span>${escapeHtml(option.label)}</span></label>`,
      )
      .join('');
    return [
      `<fieldset class="question" id="question-${escapeHtml(question.id)}">`,
      `<legend><span class="question-number">${question.number}.</span> ${escapeHtml(question.text)}</legend>`,
      `<p class="question-help">${escapeHtml(question.help)}</p>`,
      `<div class="radio-options">${options}</div>`,
      '</fieldset>',
    ].join('');
  });
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(step.title)} (bench floor)</title>`,
    ...(cssHref ? [`<link rel="stylesheet" href="${escapeHtml(cssHref)}">`] : []),
    '</head>',
    '<body>',
    '<main id="main" class="page">',
    `<h1>${escapeHtml(step.title)}</h1>`,
    `<p class="lead">${escapeHtml(step.intro)}</p>`,
    `<form>${questions.join('\n')}</form>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The style sheets index.html links (its `<link rel="stylesheet" href>`), as written there. */
export function findStyleSheets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .flatMap((tag) => {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
      return href ? [href] : [];
    });
}

/**
 * Writes the floor page of the first step (the intake, in Dutch, before any answer: what a first visit sees)
 * into a built folder, linking the style sheet its index.html links. Returns the page's path on the server.
 */
export function writeFloorPage(distDir: string): string {
  const loaded = loadShippedQuestionnaire();
  if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
  const questionnaire = loaded.value;
  const first = questionnaire.sections[0];
  if (!first) throw new Error('the questionnaire has no sections');
  const step = buildStepModel(questionnaire, {}, first.id, 'nl');
  if (!step) throw new Error(`no step for section ${first.id}`);
  const [css] = findStyleSheets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  writeFileSync(join(distDir, FLOOR_PAGE), buildFloorPage(step, css ?? null));
  return `/${FLOOR_PAGE}`;
}
