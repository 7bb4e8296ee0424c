import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('an employer opens the scan and sees what it asks about', async ({ page, baseURL }) => {
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '')) foreignRequests.push(request.url());
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Quickscan zorgvriendelijk werkgeverschap',
  );
  for (const title of [
    'Over uw organisatie',
    'Bespreekbaarheid',
    'Wettelijke regelingen',
    'Flexibel werken',
    'Maatwerk',
    'Borging',
  ]) {
    await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  }
  await expect(page.getByText('geen officiële Erkenning en geen juridisch advies')).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
