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
    // The charts render once they come near the view.
    await page.getByTestId('score-table').scrollIntoViewIfNeeded();
    await page.getByTestId('radar-chart').locator('svg').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
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

/** The workshop (comparison and agreement) and progress pages, with three example participants. */
for (const [device, viewport] of Object.entries(widths)) {
  test(`workshop and progress screenshots at ${device} width`, async ({ page }) => {
    const { runQuickscan } = await import('../e2e/cli.ts');
    const file = (profile: string, role: string, name?: string) => ({
      name: `${role}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        runQuickscan('example', '--profile', profile, '--role', role, ...(name ? ['--name', name] : [])),
      ),
    });
    await page.setViewportSize(viewport);
    await page.goto('/#/workshop');
    await page
      .getByLabel('Antwoordbestanden openen')
      .setInputFiles([
        file('best', 'hr', 'Anna'),
        file('mixed', 'manager'),
        file('worst', 'carer'),
        { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ kapot') },
      ]);
    await page.getByTestId('participant-row').nth(2).waitFor();
    await page
      .locator('section[aria-labelledby=participants-title]')
      .screenshot({ path: `${outDir}/${device}-workshop-participants.png` });
    await page.screenshot({ path: `${outDir}/${device}-workshop.png`, fullPage: true });
    await page.locator('section[aria-labelledby=spread-title]').screenshot({
      path: `${outDir}/${device}-workshop-spread.png`,
    });
    await page
      .locator('li.disagreement:not([data-question^=intake])')
      .first()
      .screenshot({
        path: `${outDir}/${device}-workshop-disagreement.png`,
      });
    await page.locator('section[aria-labelledby=consensus-title]').screenshot({
      path: `${outDir}/${device}-workshop-consensus.png`,
    });

    await page.goto('/');
    await page.getByLabel('Antwoordbestand openen').setInputFiles(file('worst', 'hr'));
    await page.goto('/#/resultaten');
    await page.getByTestId('level').waitFor();
    await page.getByLabel('Antwoordbestand openen').setInputFiles(file('mixed', 'hr'));
    await page.getByRole('button', { name: 'Ja, vervang mijn antwoorden' }).click();
    await page.goto('/#/voortgang');
    await page.getByTestId('progress-table').waitFor();
    await page.screenshot({ path: `${outDir}/${device}-progress.png`, fullPage: true });
  });
}

/** Preparing the application: a note, two ticked pieces of evidence, the draft. */
for (const [device, viewport] of Object.entries(widths)) {
  test(`application screenshots at ${device} width`, async ({ page }) => {
    const { runQuickscan } = await import('../e2e/cli.ts');
    const { storeAnswers } = await import('../e2e/fixtures.ts');
    const example = JSON.parse(
      runQuickscan('example', '--profile', 'mixed', '--organisation', 'Thuiszorg De Linde'),
    ) as Record<string, unknown>;
    const file = {
      ...example,
      notes: {
        openness:
          'In maart een lunchlezing over werk en zorg, met een mantelzorger uit eigen huis.\nSinds 2025 elke eerste dinsdag een mantelzorgcafé.',
        embedding: 'De OR heeft het beleid in juni 2025 besproken en steunt het.',
      },
      evidence: {
        'openness-onboarding': { have: true, where: 'Inwerkmap, p. 3' },
        'embedding-works-council': { have: true, where: 'Verslag OR-overleg 12 juni 2025' },
      },
    };
    await page.setViewportSize(viewport);
    await storeAnswers(page, JSON.stringify(file));
    await page.goto('/#/aanvraag');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `${outDir}/${device}-application.png`, fullPage: true });
    await page.locator('section[aria-labelledby=notes-title]').screenshot({
      path: `${outDir}/${device}-application-notes.png`,
    });
    await page
      .locator('fieldset.evidence-group')
      .first()
      .screenshot({
        path: `${outDir}/${device}-application-evidence.png`,
      });
    await page
      .locator('section.draft-question')
      .first()
      .screenshot({
        path: `${outDir}/${device}-application-draft.png`,
      });
  });
}

/** Nothing lost: "Nieuwe scan" a year later, the one notice when storage is blocked, and the reminder to keep a copy. */
for (const [device, viewport] of Object.entries(widths)) {
  test(`storage screenshots at ${device} width`, async ({ page, context }) => {
    const { runQuickscan } = await import('../e2e/cli.ts');
    const { storeAnswers } = await import('../e2e/fixtures.ts');
    await page.setViewportSize(viewport);
    const lastYear = {
      ...(JSON.parse(runQuickscan('example', '--profile', 'mixed')) as object),
      scannedAt: '2025-11-20',
      notes: { openness: 'Lunchlezing over werk en zorg.' },
    };
    await storeAnswers(page, JSON.stringify(lastYear));
    await page.getByRole('button', { name: 'Nieuwe scan' }).click();
    await page.screenshot({ path: `${outDir}/${device}-new-scan-dialog.png` });
    await page.getByRole('button', { name: 'Ja, begin een nieuwe scan' }).click();
    await page.getByTestId('new-scan-started').waitFor();
    await page.screenshot({ path: `${outDir}/${device}-new-scan-started.png` });
    await page.goto('/#/aanvraag');
    await page.getByTestId('keep-copy').screenshot({ path: `${outDir}/${device}-keep-copy.png` });
    await page.goto('/#/voortgang');
    await page.getByTestId('progress-first').waitFor();
    await page.screenshot({ path: `${outDir}/${device}-progress-new-scan.png`, fullPage: true });

    const blocked = await context.newPage();
    await blocked.setViewportSize(viewport);
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await blocked.goto('/#/workshop');
    await blocked.getByTestId('storage-health').waitFor();
    await blocked.screenshot({ path: `${outDir}/${device}-storage-blocked.png` });
  });
}

/** The workshop in the room (issue 21): the projector view at 1280 × 720, before and after the reveal. */
test('workshop projector view at 1280 px', async ({ page }) => {
  const { runQuickscan } = await import('../e2e/cli.ts');
  await page.setViewportSize({ width: 1280, height: 720 });
  const roles = [
    ['best', 'hr'],
    ['mixed', 'hr'],
    ['worst', 'manager'],
    ['mixed', 'manager'],
    ['worst', 'carer'],
  ] as const;
  await page.goto('/#/workshop');
  await page.getByLabel('Antwoordbestanden openen').setInputFiles(
    roles.map(([profile, role], index) => ({
      name: `deelnemer-${index + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(runQuickscan('example', '--profile', profile, '--role', role)),
    })),
  );
  await page.getByRole('button', { name: 'Projectieweergave' }).click();
  const projector = page.getByTestId('projector');
  await projector.getByTestId('projector-hidden').waitFor();
  await page.screenshot({ path: `${outDir}/desktop-workshop-projector-hidden.png` });
  await projector.getByRole('button', { name: 'Toon de spreiding' }).click();
  await projector.getByTestId('projector-chart').waitFor();
  await page.screenshot({ path: `${outDir}/desktop-workshop-projector.png` });
  await projector.getByTestId('projector-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${outDir}/desktop-workshop-projector-table.png` });
  await projector.getByTestId('projector-disagreements').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${outDir}/desktop-workshop-projector-disagreements.png` });
});

/** The workshop in a room: the advisor's invitation at 1280 px, a phone joining and handing over at 390 px. */
test('workshop room screenshots: invitation, joining and the hand-over at 390 px', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/workshop');
  await page.getByTestId('room-start').waitFor();
  await page.screenshot({ path: `${outDir}/desktop-room-start.png`, fullPage: true });
  await page.getByLabel('Naam van de organisatie').fill('Zorg & Werk B.V.');
  for (;;) {
    const open = page.locator('.room-start fieldset.question:not(:has(input:checked))');
    if ((await open.count()) === 0) break;
    await open.first().getByRole('radio').nth(1).check();
  }
  await page.getByTestId('room-start').click();
  const invitation = await page.getByTestId('room-invitation-link').inputValue();
  await page.locator('.room-invitation').screenshot({ path: `${outDir}/desktop-room-invitation.png` });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const handset = await phone.newPage();
  await handset.goto(invitation);
  await handset.getByRole('radio', { name: 'Medewerker met mantelzorg', exact: true }).waitFor();
  await handset.screenshot({ path: `${outDir}/phone-room-join.png`, fullPage: true });
  await handset.getByRole('radio', { name: 'Medewerker met mantelzorg', exact: true }).check();
  await handset.getByRole('button', { name: 'Begin met de vragen' }).click();
  await answerStepByClicking(handset, 1);
  await handset.evaluate(() => window.scrollTo(0, 0));
  await handset.screenshot({ path: `${outDir}/phone-room-first-theme.png` });
  await handset.goto(`${invitation.split('#')[0]}#/overdragen`);
  await handset.getByRole('img', { name: 'QR-code met uw antwoorden voor de adviseur' }).waitFor();
  await handset.screenshot({ path: `${outDir}/phone-room-handover.png` });
  await handset.screenshot({ path: `${outDir}/phone-room-handover-full.png`, fullPage: true });
  await phone.close();
});
