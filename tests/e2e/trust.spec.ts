/**
 * Never a blank screen: a part of the app that fails to load, or a PDF worker that cannot start,
 * leaves the answers where they were and gives the user a way on.
 */
import { readFileSync } from 'node:fs';
import { runQuickscan } from './cli.ts';
import { expect, expectAccessible, readSavedAnswers, storeAnswers, test } from './fixtures.ts';

test.describe('when a page fails', () => {
  test.use({ expectedProblems: 'Failed to load resource|dynamically imported module' });

  test('the answers survive, can be saved as a file, and the rest of the app works', async ({ page }) => {
    const example = runQuickscan('example', '--profile', 'mixed', '--organisation', 'De Linde');
    await storeAnswers(page, example);
    const before = await readSavedAnswers(page);
    // The workshop page's code cannot be loaded (as after a deploy, or offline).
    await page.route(/workshop-page-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#/workshop');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deze pagina kon niet worden getoond' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van de app' })).toBeVisible();
    await expectAccessible(page, 'the page error');
    expect(await readSavedAnswers(page)).toEqual(before);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click(),
    ]);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      answers: Record<string, string>;
    };
    expect(saved.answers).toEqual(before);

    await page.getByRole('link', { name: 'Naar de startpagina' }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deze pagina kon niet worden getoond' }),
    ).toHaveCount(0);
    await page.goto('/#/resultaten');
    await expect(page.getByTestId('level')).toBeVisible();
    expect(await readSavedAnswers(page)).toEqual(before);
  });
});

test.describe('when the PDF worker cannot start', () => {
  test.use({ expectedProblems: 'Failed to load resource' });

  test('the report is made on the page instead, and the answers stay', async ({ page }) => {
    await storeAnswers(page, runQuickscan('example', '--profile', 'worst'));
    const before = await readSavedAnswers(page);
    await page.route(/pdf-worker-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#/resultaten');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByRole('status').filter({ hasText: 'Het rapport is gedownload.' })).toBeVisible();
    expect(await readSavedAnswers(page)).toEqual(before);
  });
});
