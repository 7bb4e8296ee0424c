import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { buildStepModel, type StepModel } from '../templates/step-model.ts';
import { buildFloorPage, FLOOR_PAGE, findStyleSheets, writeFloorPage } from './floor-page.ts';

function intakeStep(): StepModel {
  const loaded = loadShippedQuestionnaire();
  if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
  const step = buildStepModel(loaded.value, {}, 'intake', 'nl');
  if (!step) throw new Error('no intake step');
  return step;
}

describe('the floor page', () => {
  const step = intakeStep();
  const html = buildFloorPage(step, './assets/shell-abc.css');

  it('shows every question of the first step as a fieldset with its legend, as the app does', () => {
    const fieldsets = [...html.matchAll(/<fieldset class="question"[^>]*><legend>(.*?)<\/legend>/g)];
    expect(fieldsets).toHaveLength(step.questions.length);
    expect(step.questions.length).toBeGreaterThan(1);
    expect(fieldsets[0]?.[1]).toContain('Hoeveel medewerkers heeft uw organisatie?');
  });

  it('has a labelled radio button for every option', () => {
    const options = step.questions.reduce((sum, q) => sum + q.options.length, 0);
    expect(html.match(/<label class="radio-option"><input type="radio"/g)).toHaveLength(options);
    expect(html).toContain('<span>Minder dan 10</span>');
  });

  it('has no script, and links the style sheet only when given one', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<link rel="stylesheet" href="./assets/shell-abc.css">');
    expect(buildFloorPage(step, null)).not.toContain('<link rel="stylesheet"');
  });

  it('escapes text that looks like markup', () => {
    const odd: StepModel = {
      ...step,
      title: 'A & <b>',
      questions: [{ ...step.questions[0]!, text: '<script>x</script>' }],
    };
    const page = buildFloorPage(odd, null);
    expect(page).not.toContain('<script>');
    expect(page).toContain('A &#38; &#60;b&#62;');
  });
});

describe('the style sheets of index.html', () => {
  it('are the hrefs of its stylesheet links, not of its preloads or icons', () => {
    const html =
      '<link rel="modulepreload" href="./assets/app.js"><link rel="icon" href="/favicon.svg">' +
      '<link rel="stylesheet" crossorigin href="./assets/shell-Ch59pWgZ.css">';
    expect(findStyleSheets(html)).toEqual(['./assets/shell-Ch59pWgZ.css']);
  });
});

describe('writing the floor page into a build', () => {
  it('puts the intake step beside index.html, linking the style sheet index.html links', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-floor-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<link rel="stylesheet" crossorigin href="./assets/shell-x1.css">',
    );
    expect(writeFloorPage(dist)).toBe(`/${FLOOR_PAGE}`);
    const html = readFileSync(join(dist, FLOOR_PAGE), 'utf8');
    expect(html).toContain('<link rel="stylesheet" href="./assets/shell-x1.css">');
    expect(html).toContain('<h1>Over uw organisatie</h1>');
    expect(html).toMatch(/<fieldset class="question" id="question-intake-size">/);
  });
});
