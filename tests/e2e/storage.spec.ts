/**
 * Nothing lost, ever: a new scan a year later keeps last year's, storage that is blocked or full keeps the work in
 * memory and says so once, and data that cannot be read is backed up, never overwritten.
 */
import { runQuickscan } from './cli.ts';
import {
  ANSWERS_KEY,
  expect,
  expectAccessible,
  openApp,
  openResultsWith,
  storeAnswers,
  test,
} from './fixtures.ts';

const PREFIX = 'quickscan:zorgvriendelijk-werkgeverschap:';
const SNAPSHOTS_KEY = `${PREFIX}snapshots`;
const WORKSHOP_KEY = `${PREFIX}workshop`;

type AnswersJson = {
  answers: Record<string, string>;
  notes?: Record<string, string>;
  evidence?: Record<string, { have: boolean; where: string }>;
  scannedAt?: string;
};

function example(profile: 'best' | 'worst' | 'mixed', name?: string): AnswersJson {
  return JSON.parse(
    runQuickscan('example', '--profile', profile, ...(name ? ['--name', name] : [])),
  ) as AnswersJson;
}

const json = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
});

/** Today on the machine's clock as YYYY-MM-DD, as the app dates a new scan. */
function todayDay(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('a new scan a year later keeps last year’s scan, its notes and evidence, and progress compares the two with their dates', async ({
  page,
}) => {
  const lastYear: AnswersJson = {
    ...example('mixed'),
    scannedAt: '2025-11-20',
    notes: { openness: 'Lunchlezing over werk en zorg in maart.' },
    evidence: { 'openness-onboarding': { have: true, where: 'HR-handboek §4.2' } },
  };
  await storeAnswers(page, JSON.stringify(lastYear));
  await expect(page.getByText(/U heeft \d+ van de \d+ vragen beantwoord/)).toBeVisible();
  // Starting again no longer offers to wipe everything: "Nieuwe scan" asks, and says nothing is deleted.
  await expect(page.getByRole('button', { name: 'Opnieuw beginnen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nieuwe scan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Een nieuwe scan beginnen?' });
  await expect(dialog).toContainText('momentopname van 20 november 2025');
  await expect(dialog).toContainText('Er wordt niets gewist.');
  await dialog.getByRole('button', { name: 'Ja, begin een nieuwe scan' }).click();
  await expect(page.getByTestId('new-scan-started')).toContainText('Uw vorige scan van 20 november 2025');

  const saved = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)) ?? '{}',
  ) as AnswersJson;
  expect(saved.scannedAt).toBe(todayDay());
  expect(saved.answers).toEqual(lastYear.answers);
  expect(saved.notes).toEqual(lastYear.notes);
  expect(saved.evidence).toEqual(lastYear.evidence);

  // Unchanged answers: progress says what to do first, not a table of zeros.
  await page.goto('/#/voortgang');
  await expect(page.getByTestId('snapshots-table')).toContainText('Scan van 20 november 2025');
  await expect(page.getByTestId('snapshots-table')).toContainText('bewaard bij een nieuwe scan');
  await expect(page.getByTestId('progress-first')).toContainText('nog precies dezelfde antwoorden');
  await expect(page.getByTestId('progress-result')).toHaveCount(0);

  // A year of work: one answer better, and the comparison shows it, dated.
  const question = Object.keys(lastYear.answers).find((id) => id === 'openness-onboarding') ?? '';
  expect(question).not.toBe('');
  await page.evaluate(
    ([key, id]) => {
      const file = JSON.parse(localStorage.getItem(key) ?? '{}') as AnswersJson;
      file.answers[id] = file.answers[id] === 'always' ? 'usually' : 'always';
      localStorage.setItem(key, JSON.stringify(file));
    },
    [ANSWERS_KEY, question] as const,
  );
  await page.reload();
  await expect(page.getByTestId('progress-result')).toBeVisible();
  await expect(page.getByLabel('Eerdere scan', { exact: true }).locator('option:checked')).toContainText(
    'Scan van 20 november 2025',
  );
  await expect(page.getByLabel('Datum van de huidige scan')).toHaveValue(todayDay());
  await expectAccessible(page, 'the progress page after a new scan');
});

test('last year’s file opened on the progress page: no loss against an empty scan, the same file twice is recognised, and an unknown date can be set', async ({
  page,
}) => {
  const lastYear = example('best');
  delete lastYear.scannedAt;
  await openApp(page, '/#/voortgang');
  await page.getByLabel('Eerdere scan openen (bestand)').setInputFiles(json('vorig-jaar.json', lastYear));
  await expect(page.getByTestId('progress-opened')).toContainText('vorig-jaar.json is toegevoegd');
  await expect(page.getByTestId('snapshots-table')).toContainText('datum onbekend');
  await expect(page.getByText('Van 1 scan is de datum onbekend')).toBeVisible();
  // Against an empty scan: what to do first, never "toen 88, nu 0".
  await expect(page.getByTestId('progress-first')).toContainText('Uw huidige scan heeft nog geen antwoorden');
  await expect(page.getByTestId('progress-overall')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download het rapport (PDF)' })).toHaveCount(0);

  // The same file again is not a second scan.
  await page
    .getByLabel('Eerdere scan openen (bestand)')
    .setInputFiles(json('vorig-jaar-kopie.json', lastYear));
  await expect(page.getByTestId('progress-already')).toContainText(
    'vorig-jaar-kopie.json staat er al: het is dezelfde scan',
  );
  await expect(page.getByTestId('snapshots-table').locator('tbody tr')).toHaveCount(1);

  // The user says when it was made.
  const field = page.getByTestId('snapshots-table').getByLabel(/Datum van de scan/);
  await field.fill('2025-10-01');
  await page.getByTestId('snapshots-table').getByRole('button', { name: 'Datum opslaan' }).click();
  await expect(page.getByText('De datum is opgeslagen.')).toBeVisible();
  await expect(page.getByTestId('snapshots-table')).toContainText('Scan van 1 oktober 2025');
  await page.reload();
  await expect(page.getByTestId('snapshots-table')).toContainText('Scan van 1 oktober 2025');

  // Start this year's scan from it.
  await page
    .getByRole('button', { name: 'Begin de nieuwe scan met de antwoorden van deze eerdere scan' })
    .click();
  await expect(page.getByTestId('progress-first')).toContainText('nog precies dezelfde antwoorden');
  await expectAccessible(page, 'the progress page with an earlier scan');
});

test('with storage blocked, four participants added one after another are all there, and the page says storage is not working', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/#/workshop');
  const notice = page.getByTestId('storage-health');
  await expect(notice).toContainText('Deze browser bewaart nu niets van wat u invult');
  for (const name of ['Anna', 'Bram', 'Chris', 'Dewi']) {
    await page
      .getByLabel('Antwoordbestanden openen')
      .setInputFiles(json(`${name.toLowerCase()}.json`, example('mixed', name)));
    await expect(page.getByTestId('workshop-added')).toContainText('Deze browser kon dat niet bewaren');
  }
  await expect(page.getByTestId('participant-row')).toHaveCount(4);
  for (const name of ['Anna', 'Bram', 'Chris', 'Dewi']) {
    await expect(page.getByTestId('participant-row').filter({ hasText: name })).toHaveCount(1);
  }
  await expect(notice).toContainText('Niet bewaard: de deelnemers en afspraken van de workshop.');
  await expect(notice.getByRole('button', { name: 'Bewaar mijn antwoorden als bestand' })).toBeVisible();
  // One notice, not one per page part.
  await expect(page.getByRole('alert').filter({ hasText: 'bewaar' })).toHaveCount(1);
  await expectAccessible(page, 'the workshop with storage blocked');
});

test('with storage full, a snapshot is there for this visit and the page does not claim it was kept', async ({
  page,
}) => {
  await openResultsWith(page, JSON.stringify(example('mixed')));
  await page.goto('/#/voortgang');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  const rows = page.getByTestId('snapshots-table').locator('tbody tr');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Bewaar de huidige scan als momentopname' }).click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText(
    'De momentopname staat klaar zolang deze pagina open is. Deze browser kon hem niet bewaren.',
  );
  await expect(page.getByText('De momentopname is bewaard.')).toHaveCount(0);
  await expect(rows).toHaveCount(before + 1);
  await expect(page.getByTestId('storage-health')).toContainText('De opslag van deze browser is vol.');
});

test('damaged snapshot and workshop data are backed up, never overwritten, and the rest keeps working', async ({
  page,
}) => {
  await openApp(page);
  const brokenSnapshots = '[{"id": "a", "savedAt": "x", "source": "auto", "file": {"answers": 1}}, oops';
  const brokenWorkshop = JSON.stringify({
    participants: [{ id: 'x', source: 'file', file: { format: 'iets anders' } }],
    settled: {},
  });
  await page.evaluate(
    ([snapshotsKey, snapshots, workshopKey, workshop]) => {
      localStorage.setItem(snapshotsKey, snapshots);
      localStorage.setItem(workshopKey, workshop);
    },
    [SNAPSHOTS_KEY, brokenSnapshots, WORKSHOP_KEY, brokenWorkshop] as const,
  );
  await page.goto('/#/workshop');
  await page.reload();
  await expect(page.getByText('1 deelnemer in deze browser kon niet worden gelezen')).toBeVisible();
  await page
    .getByLabel('Antwoordbestanden openen')
    .setInputFiles([json('anna.json', example('mixed', 'Anna')), json('bram.json', example('best', 'Bram'))]);
  await expect(page.getByTestId('participant-row')).toHaveCount(2);

  await page.goto('/#/voortgang');
  await page.getByRole('button', { name: 'Bewaar de huidige scan als momentopname' }).isVisible();
  await openResultsWith(page, JSON.stringify(example('worst')));
  await page.goto('/#/voortgang');
  await page.getByRole('button', { name: 'Bewaar de huidige scan als momentopname' }).click();
  await expect(page.getByTestId('snapshot-saved')).toHaveText('De momentopname is bewaard.');

  const stored = await page.evaluate(
    ([snapshotsKey, workshopKey]) => ({
      snapshotsBackup: localStorage.getItem(`${snapshotsKey}:backup`),
      workshopBackup: localStorage.getItem(`${workshopKey}:backup`),
      workshop: JSON.parse(localStorage.getItem(workshopKey) ?? '{}') as { participants: unknown[] },
    }),
    [SNAPSHOTS_KEY, WORKSHOP_KEY] as const,
  );
  expect(stored.snapshotsBackup).toBe(brokenSnapshots);
  expect(stored.workshopBackup).toBe(brokenWorkshop);
  // The unreadable participant stays in place next to the two new ones.
  expect(stored.workshop.participants).toHaveLength(3);
  expect(stored.workshop.participants[0]).toEqual({
    id: 'x',
    source: 'file',
    file: { format: 'iets anders' },
  });
});

test('after notes the app offers to keep a copy, says when the last one was saved and what the browser promised', async ({
  page,
}) => {
  const file = { ...example('mixed'), notes: { openness: 'Lunchlezing.' } };
  await storeAnswers(page, JSON.stringify(file));
  await page.goto('/#/aanvraag');
  const panel = page.getByTestId('keep-copy');
  await expect(panel).toContainText('U heeft nog geen kopie opgeslagen.');
  // Headless Chromium answers the request at once; either answer is said in words.
  await expect(panel.getByTestId('persistence')).toHaveText(
    /bewaart uw gegevens tot u ze zelf wist|kan uw gegevens wissen|kan niet beloven/,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Sla mijn antwoorden op als bestand' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(panel.getByTestId('last-copy')).toContainText('Laatste kopie:');
  await expect(panel.getByTestId('last-copy')).not.toContainText('Daarna heeft u nog dingen veranderd');
  await page
    .getByLabel(/: wat heeft u al concreet gedaan\?/)
    .first()
    .fill('Lunchlezing en een folder.');
  await expect(panel.getByTestId('last-copy')).toContainText('Daarna heeft u nog dingen veranderd');
});
