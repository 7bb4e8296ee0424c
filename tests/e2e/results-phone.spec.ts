/**
 * The results page on a phone (390 × 844) and a laptop: a first screen that says where the organisation stands and
 * where to start, links that jump to every section without touching the route in the URL hash, and no text that a
 * small screen cuts or breaks.
 */
import type { Locator, Page } from '@playwright/test';
import { runQuickscan } from './cli.ts';
import { expect, expectAccessible, openResultsWith, test } from './fixtures.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Where an element lies in the viewport, in CSS pixels. */
function box(locator: Locator) {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
}

async function openWorstResults(page: Page, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await openResultsWith(page, runQuickscan('example', '--profile', 'worst'));
  // The last part of the page is rendered a few frames after the first.
  await expect(page.locator('#files-title')).toBeAttached();
}

test('a phone user sees the level, why, the way to every section and where to start on the first screen', async ({
  page,
}) => {
  await openWorstResults(page, PHONE);
  const levelCard = page.locator('.level-card');
  await expect(levelCard).toContainText('Uw niveau: Start');
  await expect(page.getByTestId('blockers-count')).toHaveText(
    /^Voor 'Op weg' ontbreken nog \d+ punten\. Bekijk wat ontbreekt$/,
  );
  const topActions = page.getByTestId('top-actions');
  await expect(topActions.getByRole('listitem')).toHaveCount(3);
  await expect(topActions.getByRole('listitem').first()).toContainText('Nodig voor Op weg');
  // The level and the reason, the way to every section (folded to one line) and the start of the top actions lie
  // within the first screen.
  const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
  const summary = contents.locator('summary');
  await expect(summary).toHaveText(/Op deze pagina\s*15 onderdelen/);
  for (const part of [
    levelCard,
    summary,
    topActions.getByRole('heading'),
    topActions.getByRole('link').first(),
  ])
    expect((await box(part)).bottom).toBeLessThanOrEqual(PHONE.height);
  expect((await box(summary)).bottom - (await box(summary)).top).toBeGreaterThanOrEqual(44);
  const links = contents.getByRole('link');
  await expect(links).toHaveCount(0);
  // One tap opens every section's link.
  await summary.click();
  await expect(links).toHaveCount(15);
  await expect(links.first()).toHaveText('Wat ontbreekt');
  await expect(links.last()).toHaveText('Verder met uw scan');
  await expectAccessible(page, 'the first screen on a phone');
});

test('a phone user jumps from the first screen to the legal check and back, and the route stays the results page', async ({
  page,
}) => {
  await openWorstResults(page, PHONE);
  const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
  await contents.locator('summary').click();
  await contents.getByRole('link', { name: 'Wettelijke check' }).click();
  const legalHeading = page.getByRole('heading', { level: 2, name: 'Wettelijke check' });
  await expect(legalHeading).toBeFocused();
  const top = (await box(legalHeading)).top;
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(100);
  expect(await page.evaluate(() => location.hash)).toBe('#/resultaten');
  await expect(page.getByTestId('level')).toHaveText('Start');
  // The legal section is rendered in a later part of the page: axe sees it where the user sees it.
  await expectAccessible(page, 'the legal check after a jump on a phone');

  await page.locator('[data-section=legal-check]').getByRole('link', { name: 'Naar boven' }).click();
  await expect(page.getByRole('heading', { name: 'Op deze pagina' })).toBeFocused();
  await expect(contents).toBeInViewport();
  expect(await page.evaluate(() => location.hash)).toBe('#/resultaten');
});

test('a keyboard user goes from the section links to a section and opens what the law says', async ({
  page,
}) => {
  await openWorstResults(page, PHONE);
  const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
  // From the download button, Tab leads to the folded section links; Enter opens them, Tab goes to the seventh.
  await page.getByRole('button', { name: 'Download het rapport (PDF)' }).focus();
  await page.keyboard.press('Tab');
  await expect(contents.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
  await expect(contents.getByRole('link', { name: 'Wettelijke check' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Wettelijke check' })).toBeFocused();
  expect(await page.evaluate(() => location.hash)).toBe('#/resultaten');

  // Every scheme's rule is folded; the status and the reason stay in view, the deviation note once on top.
  const legal = page.locator('[data-section=legal-check]');
  const rules = legal.locator('details.legal-rule');
  const schemes = await legal.locator('li.legal-item').count();
  expect(schemes).toBeGreaterThan(2);
  await expect(rules).toHaveCount(schemes);
  for (const rule of await rules.all()) await expect(rule).not.toHaveAttribute('open', '');
  await expect(legal.locator('li.legal-item .legal-status').first()).toBeVisible();
  await expect(page.getByTestId('legal-deviation')).toBeVisible();
  await expect(legal.locator('.legal-rule > p').first()).toBeHidden();
  await expect(rules.first().locator('summary')).toHaveText('Wat de wet zegt (stand 1 januari 2026)');

  // The next Tab is the first rule's summary: Enter opens it.
  await page.keyboard.press('Tab');
  await expect(rules.first().locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rules.first()).toHaveAttribute('open', '');
  await expect(rules.first().locator('p')).toBeVisible();
  // A click opens another.
  await rules.nth(1).locator('summary').click();
  await expect(rules.nth(1).locator('p')).toBeVisible();
  await expectAccessible(page, 'the legal check with a rule opened');
});

test('a top action leads to its full text in the action plan', async ({ page }) => {
  await openWorstResults(page, PHONE);
  const first = page.getByTestId('top-actions').getByRole('link').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  const heading = page.locator('[data-section=actions] li.action').first().getByRole('heading', { level: 3 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(`1. ${title}`);
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => location.hash)).toBe('#/resultaten');
});

test('on a phone no table header breaks inside a word, the radar labels fit, action 10 and the route read whole', async ({
  page,
}) => {
  await openWorstResults(page, PHONE);
  // A trial change shows the "wat als" table too.
  const whatIf = page.locator('section', { has: page.getByRole('heading', { name: 'Wat als…?' }) });
  const firstChoice = (select: Locator) =>
    select.locator('option:not([disabled]):not([value=""])').first().getAttribute('value');
  const question = whatIf.getByLabel('Vraag');
  await question.selectOption((await firstChoice(question)) ?? '');
  const answer = whatIf.getByLabel('Nieuw antwoord');
  await answer.selectOption((await firstChoice(answer)) ?? '');
  await whatIf.getByRole('button', { name: 'Probeer dit' }).click();
  await expect(whatIf.locator('table')).toBeVisible();

  const headers = page.locator('.results th');
  expect(await headers.count()).toBeGreaterThan(10);
  for (const header of await headers.all()) {
    await header.scrollIntoViewIfNeeded();
    // Every word of the header on one line: a range over it has a single box.
    const broken = await header.evaluate((cell) => {
      const words: string[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length !== 1) words.push(match[0]);
        }
      }
      return words;
    });
    expect(broken, `words broken in the header "${await header.textContent()}"`).toEqual([]);
  }

  // The radar's labels lie within the chart.
  await page.getByTestId('score-table').scrollIntoViewIfNeeded();
  const radar = page.getByTestId('radar-chart').locator('svg.recharts-surface');
  await expect(radar).toBeVisible();
  const labels = radar.locator('.recharts-polar-angle-axis-tick text');
  await expect(labels).toHaveCount(5);
  const chart = await box(radar);
  for (const label of await labels.all()) {
    const place = await box(label);
    expect(place.left, `${await label.textContent()} starts within the chart`).toBeGreaterThanOrEqual(
      chart.left,
    );
    expect(place.right, `${await label.textContent()} ends within the chart`).toBeLessThanOrEqual(
      chart.right,
    );
    expect(place.top).toBeGreaterThanOrEqual(chart.top);
    expect(place.bottom).toBeLessThanOrEqual(chart.bottom);
  }
  await expect(labels.nth(1)).toContainText('Wettelijke');
  await expect(labels.nth(1)).toContainText('regelingen');

  // Action 10 shows its whole number, within the screen and within its section (which clips what falls outside it).
  const actions = page.locator('[data-section=actions] li.action');
  await expect(actions).toHaveCount(10);
  const rank = actions.nth(9).locator('.action-rank');
  await rank.scrollIntoViewIfNeeded();
  await expect(rank).toHaveText('10.');
  const rankBox = await box(rank);
  const sectionBox = await box(page.locator('[data-section=actions]'));
  expect(rankBox.left).toBeGreaterThanOrEqual(Math.max(0, sectionBox.left));
  expect(rankBox.right).toBeLessThanOrEqual(PHONE.width);

  // The route is numbered once: by its list, not again in the title.
  const route = page.locator('[data-section=next-steps] ol.route-list');
  await route.scrollIntoViewIfNeeded();
  expect(await route.evaluate((list) => getComputedStyle(list).listStyleType)).toBe('decimal');
  const firstStep = route.locator('li h3').first();
  await expect(firstStep).toContainText('Bespreken');
  expect(await firstStep.textContent()).not.toMatch(/^\s*\d/);

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page, 'the results on a phone, scrolled to the route');
});

test('on a laptop the first screen shows the level, the top actions and every section link', async ({
  page,
}) => {
  await openWorstResults(page, LAPTOP);
  for (const part of [
    page.locator('.level-card'),
    page.getByTestId('top-actions'),
    page.getByRole('navigation', { name: 'Op deze pagina' }),
  ]) {
    expect((await box(part)).bottom).toBeLessThanOrEqual(LAPTOP.height);
  }
  await page.getByRole('link', { name: 'Antwoorden opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Antwoorden als bestand' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Antwoorden opslaan als bestand' })).toBeInViewport();
  expect(await page.evaluate(() => location.hash)).toBe('#/resultaten');
  await expectAccessible(page, 'the results on a laptop, at the answers file');
});
