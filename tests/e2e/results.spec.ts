import type { Page } from '@playwright/test';
import { SMALL_EMPLOYER_WITHOUT_HANDBOOK } from '../fixtures/organisations.ts';
import { runQuickscan, writeTempJson } from './cli.ts';
import {
  ANSWERS_KEY,
  expect,
  expectAccessible,
  openResultsWith,
  readSavedAnswers,
  test,
} from './fixtures.ts';

const STEPS = ['intake', 'openness', 'legal-leave', 'flexible-work', 'tailored', 'embedding'];

/** Completes the scan through the interface, clicking the answer of `answers` for every question shown. */
async function completeScan(page: Page, answers: Record<string, string>) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start de scan' }).click();
  for (const [index, step] of STEPS.entries()) {
    await expect(page).toHaveURL(new RegExp(`#/stap/${step}$`));
    // Intake answers decide which questions appear, so answer one question at a time and look again.
    for (let i = 0; i < 50; i += 1) {
      const names = await page
        .locator('fieldset.question input[type=radio]')
        .evaluateAll((inputs) => [
          ...new Set(
            inputs
              .filter(
                (input) =>
                  !(input as HTMLInputElement).form?.querySelector(
                    `input[name="${(input as HTMLInputElement).name}"]:checked`,
                  ),
              )
              .map((input) => (input as HTMLInputElement).name),
          ),
        ]);
      const next = names.find((name) => answers[name] !== undefined);
      if (!next) break;
      await page.locator(`input[name="${next}"][value="${answers[next]}"]`).check();
    }
    await page
      .getByRole('link', { name: index === STEPS.length - 1 ? 'Naar het overzicht' : 'Volgende' })
      .click();
  }
  await expect(page.getByText('Alle vragen beantwoord')).toHaveCount(6);
}

for (const profile of ['best', 'worst', 'mixed'] as const) {
  test(`an employer completes the scan with the ${profile} answers and sees the same level and scores as the command line tool`, async ({
    page,
  }) => {
    const example = JSON.parse(runQuickscan('example', '--profile', profile));
    const chartRequests: string[] = [];
    page.on('request', (request) => {
      if (/results-charts|recharts/.test(request.url())) chartRequests.push(request.url());
    });

    await completeScan(page, example.answers);
    expect(chartRequests, 'the charts chunk must not load before the results').toEqual([]);

    const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', ANSWERS_KEY);
    const expected = JSON.parse(runQuickscan('score', writeTempJson(`${profile}.json`, saved)));

    await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
    await expect(page.getByTestId('level')).toHaveText(expected.level.label);
    await expect(page.getByTestId('overall')).toHaveText(`Totaalscore: ${expected.overall} van 100`);
    for (const theme of expected.themes) {
      await expect(page.getByTestId(`score-${theme.id}`)).toHaveText(String(theme.score));
    }
    // The charts are rendered once they come near the view.
    await page.getByTestId('score-table').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('radar-chart').locator('svg')).toBeVisible();
    await expect(page.getByTestId('bar-chart').locator('svg.recharts-surface')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Score per thema, van 0 tot 100' })).toBeVisible();
    expect(chartRequests.length).toBeGreaterThan(0);
    await expectAccessible(page, `the results (${profile})`);

    const legalItems = page.locator('[data-section=legal-check] [data-status=not-in-order]');
    await expect(legalItems).toHaveCount(profile === 'worst' ? 5 : 0);
    if (profile === 'worst') {
      await expect(page.locator('[data-section=blockers] li')).toHaveCount(expected.blockers.length);
      await expect(page.locator('[data-section=actions] li.action')).toHaveCount(10);
      // The legal tips lead the plan; the deviation note with the date of the law is said once, under it.
      const legalNote = page.getByTestId('actions-legal-note');
      await expect(legalNote).toHaveCount(1);
      await expect(legalNote).toContainText('stand 1 januari 2026');
      const deviation =
        (await legalNote.textContent())?.split(': ').slice(1).join(': ').split('(')[0]?.trim() ?? '';
      expect(deviation.length).toBeGreaterThan(20);
      expect(
        ((await page.locator('[data-section=actions]').textContent()) ?? '').split(deviation),
      ).toHaveLength(2);
      await expect(page.locator('[data-section=blockers] p').first()).toHaveText(
        'Deze scan vraagt deze punten voor “Op weg”. Bij elk punt staat waarom.',
      );
    }
    if (profile === 'best')
      await expect(page.getByText('U heeft het hoogste niveau van deze scan bereikt.')).toBeVisible();
  });
}

test('a small employer that follows the law without a handbook answers the scan and is "on the way", with each scheme applied but not yet written down, as the command line tool says', async ({
  page,
}) => {
  const best = JSON.parse(runQuickscan('example', '--profile', 'best')).answers;
  const answers = { ...best, ...SMALL_EMPLOYER_WITHOUT_HANDBOOK };
  await completeScan(page, answers);
  const saved = await page.evaluate((key) => localStorage.getItem(key) ?? '', ANSWERS_KEY);
  const expected = JSON.parse(runQuickscan('score', writeTempJson('small-employer.json', saved)));
  expect(expected.level.id).toBe('on-the-way');

  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('level')).toHaveText(expected.level.label);
  const legal = page.locator('[data-section=legal-check]');
  await expect(legal.locator('[data-status=not-in-order]')).toHaveCount(0);
  for (const scheme of ['calamiteitenverlof', 'kortdurend-zorgverlof', 'langdurend-zorgverlof']) {
    const item = legal.locator(`[data-scheme=${scheme}]`);
    await expect(item).toHaveAttribute('data-status', 'applied-not-written');
    await expect(item.locator('.legal-status')).toHaveText('Toegepast, nog niet beschreven');
  }
  // What "applied, not yet written down" means is said once, above the schemes.
  await expect(
    page
      .getByTestId('legal-legend')
      .locator('div', { has: page.getByText('Toegepast, nog niet beschreven') }),
  ).toContainText('Dat is genoeg voor de wet.');
  // What blocks the next level says why, and states the finding instead of asking the question.
  const blockers = page.locator('[data-section=blockers] li');
  await expect(blockers).toHaveCount(expected.blockers.length);
  await expect(blockers.first()).toContainText('Waarom:');
  await page.getByTestId('score-table').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'the results of a small employer');
});

test('an employer tries a better answer in "wat als" without changing the real answers', async ({ page }) => {
  await openResultsWith(page, runQuickscan('example', '--profile', 'mixed'));
  await expect(page.getByTestId('level')).toHaveText('Op weg');
  const before = await readSavedAnswers(page);

  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Wat als…?' }) });
  await panel
    .getByLabel('Vraag')
    .selectOption({ label: 'Komt zorg voor een naaste aan bod in het jaargesprek?' });
  await panel.getByLabel('Nieuw antwoord').selectOption({ label: 'Altijd' });
  await panel.getByRole('button', { name: 'Probeer dit' }).click();
  await expect(page.getByTestId('what-if-outcome')).toContainText('niveau Op weg (nu Op weg)');
  await expect(page.getByTestId('what-if-outcome')).toContainText('totaalscore');
  await expectAccessible(page, 'the results with a trial change');

  expect(await readSavedAnswers(page)).toEqual(before);
  await expect(page.getByTestId('level')).toHaveText('Op weg');
  await panel.getByRole('button', { name: 'Alles terugzetten' }).click();
  await expect(page.getByText('Nog geen proefwijzigingen.')).toBeVisible();
});

test('the leave calculator gives the maximum care leave and explains wrong input', async ({ page }) => {
  await page.goto('/#/resultaten');
  const hours = page.getByLabel('Werkuren per week');
  await hours.fill('24');
  await expect(page.getByTestId('calculator-result')).toContainText('maximaal 48 uur per 12 maanden');
  await expect(page.getByTestId('calculator-result')).toContainText('maximaal 144 uur per 12 maanden');
  await hours.fill('32,5');
  await expect(page.getByTestId('calculator-result')).toContainText('maximaal 65 uur');
  await expect(page.getByTestId('calculator-result')).toContainText('maximaal 195 uur');
  for (const [input, message] of [
    ['', 'Vul het aantal werkuren per week in.'],
    ['veel', 'Vul een getal in, zoals 24 of 32,5.'],
    ['-4', 'Vul een aantal uren groter dan 0 in.'],
    ['61', 'Meer dan 60 uur per week is niet waarschijnlijk.'],
  ]) {
    await hours.fill(input ?? '');
    await expect(page.getByRole('alert').filter({ hasText: message ?? '' })).toBeVisible();
    await expect(page.getByTestId('calculator-result')).toHaveCount(0);
  }
});

test('the results page reads in English, with the same scores', async ({ page }) => {
  await openResultsWith(page, runQuickscan('example', '--profile', 'mixed'));
  await expect(page.locator('td[data-testid^=score-]')).toHaveCount(5);
  const dutchScores = await page.locator('td[data-testid^=score-]').allTextContents();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByTestId('level')).toHaveText('On the way');
  await expect(page.getByRole('heading', { name: 'Legal check' })).toBeVisible();
  expect(await page.locator('td[data-testid^=score-]').allTextContents()).toEqual(dutchScores);
  await expectAccessible(page, 'the results in English');
});

test('printing the results gives a clean document: no navigation or controls, and every collapsed part shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/results-charts/.test(request.url())) chartRequests.push(request.url());
  });
  await openResultsWith(page, runQuickscan('example', '--profile', 'mixed'));
  await expect(page.getByTestId('level')).toHaveText('Op weg');
  // The charts are far below the fold: neither fetched nor rendered while nobody looks at them.
  await expect(page.getByText('Grafieken laden…')).toBeAttached();
  expect(chartRequests).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // For the printed page they are rendered.
  await expect(page.getByTestId('radar-chart').locator('svg').first()).toBeVisible();
  expect(chartRequests).toHaveLength(1);
  for (const hidden of [
    page.locator('.site-header'),
    page.locator('.site-footer'),
    page.getByRole('button', { name: 'Afdrukken' }),
    page.getByRole('button', { name: /Download het rapport/ }),
    page.getByRole('heading', { name: 'Wat als…?' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'Wettelijke check' })).toBeVisible();
  const details = page.locator('details.theme-details');
  await expect(details).toHaveCount(5);
  for (const item of await details.all()) await expect(item).toHaveAttribute('open', '');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(details.first()).not.toHaveAttribute('open', '');
});

test('a small employer without a cao or works council reads legal facts that are true for it, on the steps and in the results', async ({
  page,
}) => {
  const example = JSON.parse(runQuickscan('example', '--profile', 'mixed'));
  const file = {
    ...example,
    answers: {
      ...example.answers,
      'intake-size': 'fewer-than-10',
      'intake-cao': 'no',
      'intake-works-council': 'none',
    },
  };
  await openResultsWith(page, JSON.stringify(file));
  const legal = page.locator('[data-section=legal-check]');
  await expect(legal).toContainText('grotendeels niet voor werkgevers met minder dan 10 medewerkers');
  await expect(legal.locator('[data-scheme=wet-flexibel-werken] h3')).toContainText('Aanpassen van werkuren');
  await expect(legal).toContainText('2 augustus 2022');
  await expect(legal).not.toContainText('26 weken');
  await expect(page.getByTestId('legal-deviation')).toContainText('Zonder cao en zonder OR of PVT');
  await expect(page.getByTestId('legal-deviation')).toContainText('stand 1 januari 2026');

  await page.goto('/#/stap/legal-leave');
  await expect(page.getByTestId('legal-note')).toContainText('Zonder cao en zonder OR of PVT');
  await expect(page.getByTestId('legal-note')).toContainText('stand 1 januari 2026');
  await expect(page.getByRole('group', { name: /eigen regeling/ })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('26 weken');
  await expectAccessible(page, 'the legal step for a small employer');
});
