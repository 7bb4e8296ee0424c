import { test } from '@playwright/test';
import { answerStepByClicking } from '../e2e/fixtures.ts';

const outDir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };
const steps = ['intake', 'openness', 'legal-leave', 'flexible-work', 'tailored', 'embedding'];

for (const [device, viewport] of Object.entries(widths)) {
  test(`screenshots at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.screenshot({ path: `${outDir}/${device}-start.png`, fullPage: true });
    for (const step of steps) {
      await page.goto(`/#/stap/${step}`);
      await answerStepByClicking(page, step === 'intake' ? 1 : 2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: `${outDir}/${device}-step-${step}.png`,
        fullPage: step !== 'legal-leave',
      });
    }
    await page.goto('/#/controle');
    await page.screenshot({ path: `${outDir}/${device}-review.png`, fullPage: true });
    await page.goto('/#/resultaten');
    await page.getByTestId('radar-chart').locator('svg').first().waitFor();
    await page.screenshot({ path: `${outDir}/${device}-results.png`, fullPage: true });
    await page.screenshot({ path: `${outDir}/${device}-results-top.png` });
    await page
      .locator('[data-section=legal-check]')
      .screenshot({ path: `${outDir}/${device}-results-legal-check.png` });
    if (device === 'desktop') {
      // Print preview: what "Afdrukken" gives, as a PDF (turn it into PNGs with pdftoppm to look at it).
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: `${outDir}/results-print.pdf`, format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
    await page.screenshot({ path: `${outDir}/${device}-clear-dialog.png` });
  });
}
