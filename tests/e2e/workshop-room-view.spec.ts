/**
 * The workshop in the room, as the advisor shows it: the spread hidden until revealed, the participants
 * anonymous (a single carer never shown apart), and the projector view at 1280 × 720.
 */
import type { Page } from '@playwright/test';
import { runQuickscan } from './cli.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

function example(name: string, profile: 'best' | 'worst' | 'mixed', role: string): FilePayload {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(runQuickscan('example', '--profile', profile, '--role', role)),
  };
}

/** Two HR people, two managers and one employee who is a carer: the carer is the only one in their role. */
const ROOM = [
  example('hr-1.json', 'best', 'hr'),
  example('hr-2.json', 'mixed', 'hr'),
  example('manager-1.json', 'worst', 'manager'),
  example('manager-2.json', 'mixed', 'manager'),
  example('carer.json', 'worst', 'carer'),
];

async function openWorkshopWith(page: Page, files: FilePayload[]) {
  await page.goto('/#/workshop');
  await page.getByLabel('Antwoordbestanden openen').setInputFiles(files);
  await expect(page.getByTestId('participant-row')).toHaveCount(files.length);
}

/** The element that has focus: its tag, id, text and the dialog it sits in. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      inDialog: el?.closest('dialog') !== null,
    };
  });
}

async function tabToButton(page: Page, name: string | RegExp, limit = 300) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.tag === 'BUTTON' && (typeof name === 'string' ? el.text === name : name.test(el.text))) return;
  }
  throw new Error(`the button "${name}" was not reached with Tab`);
}

test('the advisor keeps the spread hidden until everyone is in, then reveals it and hides it again', async ({
  page,
}) => {
  await openWorkshopWith(page, ROOM.slice(0, 3));
  // Before the reveal: how many have arrived per role, no score, no chart, no disagreement.
  const arrivals = page.getByTestId('arrivals');
  await expect(arrivals).toContainText('3 deelnemers zijn binnen.');
  await expect(arrivals).toContainText('HR: 2');
  await expect(arrivals).toContainText('Leidinggevende: 1');
  await expect(page.getByTestId('spread-chart')).toHaveCount(0);
  await expect(page.getByTestId('disagreements')).toHaveCount(0);
  await expect(page.getByTestId('participant-row').first()).not.toContainText('Totaalscore');
  await expectAccessible(page, 'the workshop before the reveal');

  // Latecomers arrive: still nothing of anyone's answers on the screen.
  await page.getByLabel('Antwoordbestanden openen').setInputFiles(ROOM.slice(3));
  await expect(arrivals).toContainText('5 deelnemers zijn binnen.');
  await expect(page.getByTestId('spread-chart')).toHaveCount(0);

  await page.getByRole('button', { name: 'Toon de spreiding' }).click();
  await expect(page.getByTestId('spread-chart')).toBeVisible();
  await expect(page.getByTestId('participant-row').first()).toContainText('Totaalscore 100');
  // Five disagreements first, then the rest on request.
  const items = page.getByTestId('disagreements').locator('li.disagreement');
  await expect(items).toHaveCount(5);
  await page.getByRole('button', { name: /^Toon de andere \d+ vragen$/ }).click();
  expect(await items.count()).toBeGreaterThan(5);
  // The single carer is never a role of their own; the two HR people are.
  const first = items.first();
  await expect(first).toContainText('HR:');
  await expect(first).toContainText('Overige rollen:');
  await expect(first).not.toContainText('Medewerker met mantelzorg');
  await expect(page.getByTestId('spread-table')).not.toContainText('Medewerker met mantelzorg');
  await expect(page.getByTestId('privacy-note')).toContainText(
    'De rol medewerker met mantelzorg heeft één deelnemer en staat daarom niet apart',
  );
  await expectAccessible(page, 'the workshop after the reveal');

  // Kept after a reload; hidden again with one press.
  await page.reload();
  await expect(page.getByTestId('spread-chart')).toBeVisible();
  await page.getByRole('button', { name: 'Verberg de spreiding' }).click();
  await expect(page.getByTestId('spread-chart')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Toon de spreiding' })).toBeVisible();
});

test('the advisor shows single roles apart only when choosing to', async ({ page }) => {
  await openWorkshopWith(page, ROOM);
  await page.getByRole('button', { name: 'Toon de spreiding' }).click();
  const first = page.getByTestId('disagreements').locator('li.disagreement').first();
  await expect(first).not.toContainText('Medewerker met mantelzorg:');
  await page.getByLabel('Toon ook rollen met één deelnemer apart').check();
  await expect(first).toContainText('Medewerker met mantelzorg:');
  await expect(page.getByTestId('privacy-note')).toContainText(
    'U koos ervoor ook rollen met één deelnemer apart te tonen.',
  );
  await page.getByLabel('Toon ook rollen met één deelnemer apart').uncheck();
  await expect(first).not.toContainText('Medewerker met mantelzorg:');
});

test('the projector view at 1280 × 720: large type, numbered dots, no sideways scrolling, five questions first, by keyboard alone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkshopWith(page, ROOM);

  // Open by keyboard; before the reveal the projector shows the arrivals only.
  await page.locator('body').focus();
  await tabToButton(page, 'Projectieweergave');
  await page.keyboard.press('Enter');
  const projector = page.getByTestId('projector');
  await expect(projector).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workshop: hoe zien we onze organisatie?' })).toBeFocused();
  await expect(projector.getByTestId('projector-hidden')).toBeVisible();
  await expect(projector.getByTestId('projector-chart')).toHaveCount(0);
  await expect(projector).toContainText('5 deelnemers zijn binnen.');

  // Reveal by keyboard, inside the dialog (focus never leaves it).
  await tabToButton(page, 'Toon de spreiding', 20);
  expect((await focused(page)).inDialog).toBe(true);
  await page.keyboard.press('Enter');
  const chart = projector.getByTestId('projector-chart');
  await expect(chart).toBeVisible();

  // Large type.
  const bodySize = await projector
    .locator('p')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(24);
  const cellSize = await projector
    .getByTestId('projector-table')
    .locator('tbody td')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(cellSize).toBeGreaterThanOrEqual(24);

  // Every dot carries its participant's number, in every row: 6 rows (overall and five themes) × 5 participants.
  const dotNumbers = await chart
    .locator('.spread-dot-group')
    .evaluateAll((groups) => groups.map((g) => g.querySelector('text')?.textContent ?? ''));
  expect(dotNumbers).toHaveLength(30);
  expect(new Set(dotNumbers)).toEqual(new Set(['1', '2', '3', '4', '5']));
  // The table alternative: a row per participant, numbered as the dots.
  const rows = projector.getByTestId('projector-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0).locator('th')).toHaveText('1 Deelnemer 1 (HR)');
  await expect(rows.nth(4).locator('th')).toHaveText('5 Deelnemer 5');

  // No sideways scrolling: not the page, not the dialog, not the table.
  const widths = await page.evaluate(() => {
    const doc = document.scrollingElement;
    const dialog = document.querySelector('dialog.projector');
    const table = document.querySelector('[data-testid="projector-table"]');
    return {
      page: [doc?.scrollWidth ?? 0, doc?.clientWidth ?? 0],
      dialog: [dialog?.scrollWidth ?? 0, dialog?.clientWidth ?? 0],
      tableContainer: [table?.parentElement?.scrollWidth ?? 0, table?.parentElement?.clientWidth ?? 0],
      tableRight: table?.getBoundingClientRect().right ?? 0,
    };
  });
  expect(widths.page[0]).toBeLessThanOrEqual(widths.page[1] ?? 0);
  expect(widths.dialog[0]).toBeLessThanOrEqual(widths.dialog[1] ?? 0);
  expect(widths.tableContainer[0]).toBeLessThanOrEqual(widths.tableContainer[1] ?? 0);
  expect(widths.tableRight).toBeLessThanOrEqual(1280);

  // The five questions to discuss first, each with the answers per role shown apart; the rest on request.
  const questions = projector.getByTestId('projector-disagreements').locator(':scope > li');
  await expect(questions).toHaveCount(5);
  await expect(questions.first()).toContainText('HR:');
  await expect(questions.first()).toContainText('Overige rollen:');
  await expect(projector).not.toContainText('Medewerker met mantelzorg');
  await expectAccessible(page, 'the projector view');
  await tabToButton(page, /^Toon de andere \d+ vragen$/, 60);
  expect((await focused(page)).inDialog).toBe(true);
  await page.keyboard.press('Enter');
  expect(await questions.count()).toBeGreaterThan(5);

  // Esc leaves the projector; focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(projector).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Projectieweergave' })).toBeFocused();
  // And the close button does too.
  await page.keyboard.press('Enter');
  await expect(projector).toBeVisible();
  await projector.getByRole('button', { name: 'Sluit de projectieweergave' }).click();
  await expect(projector).toHaveCount(0);
});
