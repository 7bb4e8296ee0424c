/**
 * Answers that travel: export and import, a workshop of several participants, and progress against
 * an earlier scan. Files are made with the real command line tool and read back with it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { runQuickscan, writeTempJson } from './cli.ts';
import {
  ANSWERS_KEY,
  expect,
  expectAccessible,
  openResultsWith,
  readSavedAnswers,
  test,
  download,
} from './fixtures.ts';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const json = (name: string, text: string): FilePayload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

function example(profile: 'best' | 'worst' | 'mixed', role: string, name?: string): string {
  return runQuickscan('example', '--profile', profile, '--role', role, ...(name ? ['--name', name] : []));
}

/** The text of a downloaded PDF, words joined as a reader sees them. */
async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/-\n/g, '').replace(/\s+/g, ' ');
}

const mixed = JSON.parse(example('mixed', 'hr')) as {
  questionnaire: { id: string; version: string };
  answers: Record<string, string>;
};
const firstQuestion = Object.keys(mixed.answers).find(
  (id) => id !== 'intake-size' && !id.startsWith('intake'),
);

/** Every kind of bad file, with what its message must say. */
const BAD_FILES: [FilePayload, RegExp][] = [
  [json('leeg.json', ''), /leeg\.json is leeg/],
  [
    json('kapot.json', '{"format": "quickscan-answers",'),
    /kapot\.json is geen antwoordbestand: de inhoud is geen geldige JSON/,
  ],
  [
    json('package.json', '{"name": "iets", "version": "1.0.0"}'),
    /package\.json is geen antwoordbestand van deze quick scan/,
  ],
  [
    json(
      'onbekend.json',
      JSON.stringify({ ...mixed, answers: { ...mixed.answers, 'no-such-question': 'yes' } }),
    ),
    /onbekend\.json bevat vragen of antwoorden die deze vragenlijst niet kent/,
  ],
  [
    json(
      'optie.json',
      JSON.stringify({ ...mixed, answers: { ...mixed.answers, [firstQuestion ?? '']: 'no-such-option' } }),
    ),
    /optie\.json bevat vragen of antwoorden die deze vragenlijst niet kent/,
  ],
  [
    json('proto.json', JSON.stringify(mixed).replace('"answers":{', '"answers":{"__proto__":{"x":"y"},')),
    /proto\.json is geweigerd: er staat een verboden naam in/,
  ],
  [
    json('constructor.json', JSON.stringify(mixed).replace('"answers":{', '"answers":{"constructor":"x",')),
    /constructor\.json is geweigerd: er staat een verboden naam in/,
  ],
  [
    { name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 32) },
    /groot\.json is te groot/,
  ],
  [
    json('ander.json', JSON.stringify({ ...mixed, questionnaire: { id: 'iets-anders', version: '1.0.0' } })),
    /ander\.json hoort bij een andere vragenlijst/,
  ],
  [
    json(
      'nieuw.json',
      JSON.stringify({ ...mixed, questionnaire: { ...mixed.questionnaire, version: '9.0.0' } }),
    ),
    /nieuw\.json is gemaakt met een nieuwere versie van de vragenlijst/,
  ],
  [
    json('formaat.json', JSON.stringify({ ...mixed, formatVersion: 7 })),
    /formaat\.json is gemaakt met een nieuwere versie van de quick scan/,
  ],
];

test('a user saves the answers as a file, clears the data, opens the file and gets the same results', async ({
  page,
}) => {
  await openResultsWith(page, example('mixed', 'hr'));
  const level = await page.getByTestId('level').textContent();
  const overall = await page.getByTestId('overall').textContent();
  const saved = await download(page, () =>
    page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click(),
  );
  expect(saved.name).toMatch(/^quickscan-voorbeeldorganisatie-mixed-\d{4}-\d{2}-\d{2}\.json$/);
  // The exported file is a valid answers file for the command line tool too.
  const scored = JSON.parse(runQuickscan('score', saved.path)) as { level: { label: string } };
  expect(scored.level.label).toBe(level);

  await page.getByRole('button', { name: 'Wis mijn gegevens' }).first().click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  expect(await readSavedAnswers(page)).toEqual({});

  await page
    .getByLabel('Antwoordbestand openen')
    .setInputFiles(json(saved.name, saved.bytes.toString('utf8')));
  await expect(page.getByTestId('import-done')).toContainText(`${saved.name} is geopend`);
  await page.goto('/#/resultaten');
  await expect(page.getByTestId('level')).toHaveText(level ?? '');
  await expect(page.getByTestId('overall')).toHaveText(overall ?? '');
});

test('opening a file asks before it replaces answers, and a refused file changes nothing', async ({
  page,
}) => {
  await openResultsWith(page, example('mixed', 'hr'));
  const before = await readSavedAnswers(page);
  const input = page.getByLabel('Antwoordbestand openen');

  for (const [file, message] of BAD_FILES) {
    await input.setInputFiles(file);
    await expect(page.getByTestId('refused-files')).toContainText(message);
    await expect(page.getByText('Er is niets veranderd aan de gegevens in deze browser.')).toBeVisible();
    expect(await readSavedAnswers(page), `after ${file.name}`).toEqual(before);
  }
  await expectAccessible(page, 'the results with a refused file');

  const best = example('best', 'director');
  await input.setInputFiles(json('best.json', best));
  await expect(page.getByRole('dialog', { name: 'Uw huidige antwoorden vervangen?' })).toBeVisible();
  await page.getByRole('button', { name: 'Nee, terug' }).click();
  expect(await readSavedAnswers(page)).toEqual(before);

  await input.setInputFiles(json('best.json', best));
  await page.getByRole('button', { name: 'Ja, vervang mijn antwoorden' }).click();
  await expect(page.getByTestId('import-done')).toContainText('best.json is geopend');
  expect(await readSavedAnswers(page)).toEqual(JSON.parse(best).answers);
  await expect(page.getByTestId('level')).toHaveText('Voorloper');
});

test('a file dropped on the page is opened like a picked one', async ({ page }) => {
  await page.goto('/');
  const best = example('best', 'hr');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'gesleept.json', { type: 'application/json' }));
    return data;
  }, best);
  await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('import-done')).toContainText('gesleept.json is geopend');
  expect(await readSavedAnswers(page)).toEqual(JSON.parse(best).answers);
});

test('an advisor compares three participants, sees the broken file refused and the disagreements first, and settles the agreement', async ({
  page,
}) => {
  const files = [
    json('hr.json', example('best', 'hr', 'Anna')),
    json('leidinggevende.json', example('mixed', 'manager')),
    json('mantelzorger.json', example('worst', 'carer')),
    json('kapot.json', '{ dit is geen json'),
  ];
  await page.goto('/#/workshop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop: scans van meerdere deelnemers');
  await expect(page.getByTestId('workshop-needs-two')).toBeVisible();
  await expectAccessible(page, 'the empty workshop');

  await page.getByLabel('Antwoordbestanden openen').setInputFiles(files);
  await expect(page.getByTestId('refused-files')).toContainText('kapot.json is geen antwoordbestand');
  await expect(page.getByTestId('workshop-added')).toContainText('3 deelnemers toegevoegd');
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
  await expect(page.getByTestId('participant-row').first()).toContainText('Anna (HR)');

  // The spread stays hidden until the advisor shows it: only the arrivals per role.
  await expect(page.getByTestId('arrivals')).toContainText('3 deelnemers zijn binnen.');
  await expect(page.getByTestId('spread-chart')).toHaveCount(0);
  await expect(page.getByTestId('disagreements')).toHaveCount(0);
  await page.getByRole('button', { name: 'Toon de spreiding' }).click();

  // The spread per theme: lowest is the worst profile, highest the best, as the command line tool says.
  const compared = JSON.parse(
    runQuickscan(
      'compare',
      ...files.slice(0, 3).map((file) => writeTempJson(file.name, file.buffer.toString())),
    ),
  ) as { themes: { id: string; min: number; max: number }[]; disagreements: { questionId: string }[] };
  for (const theme of compared.themes) {
    await expect(page.getByTestId(`min-${theme.id}`)).toHaveText(String(theme.min));
    await expect(page.getByTestId(`max-${theme.id}`)).toHaveText(String(theme.max));
  }
  await expect(page.getByTestId('spread-chart')).toBeVisible();

  // Disagreements first, in the same order as the command line tool, with what each role answered.
  const items = page.getByTestId('disagreements').locator('li.disagreement');
  await expect(items).toHaveCount(5);
  const shown = await items.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-question')),
  );
  expect(shown).toEqual(compared.disagreements.slice(0, 5).map((d) => d.questionId));
  const first = items.first();
  await expect(first).toContainText('Grote verschillen');
  // Each role here has one participant: by default no role is shown apart, so nobody can be picked out.
  await expect(first).toContainText('Alle deelnemers:');
  await expect(first).not.toContainText('Medewerker met mantelzorg:');
  await expect(page.getByTestId('privacy-note')).toContainText(
    'De rollen HR, leidinggevende en medewerker met mantelzorg hebben elk één deelnemer en staan daarom niet apart',
  );
  // The advisor chooses to show them apart (the participants agreed).
  await page.getByLabel('Toon ook rollen met één deelnemer apart').check();
  await expect(first).toContainText('HR:');
  await expect(first).toContainText('Leidinggevende:');
  await expect(first).toContainText('Medewerker met mantelzorg:');
  await expectAccessible(page, 'the workshop with three participants');

  // Settle the first disagreement by keyboard: choose the best answer.
  const select = first.getByLabel('Afgesproken antwoord');
  const lastOption = await select.locator('option').last().getAttribute('value');
  await select.focus();
  await select.selectOption(lastOption ?? '');
  await expect(first.getByRole('button', { name: 'Terug naar het voorstel' })).toBeVisible();

  // The agreement as an answers file: valid for the command line tool, with the settled answer.
  const agreement = await download(page, () =>
    page.getByRole('button', { name: 'Sla de afspraak op als antwoordbestand' }).click(),
  );
  const agreed = JSON.parse(agreement.bytes.toString('utf8')) as { answers: Record<string, string> };
  expect(agreed.answers[shown[0] ?? '']).toBe(lastOption);
  const scored = JSON.parse(runQuickscan('score', agreement.path)) as {
    level: { label: string };
    overall: number;
  };
  await expect(page.getByTestId('consensus-outcome')).toContainText(`totaalscore ${scored.overall}`);

  // The group report: participants and roles, the spread, the main disagreements, the agreed results.
  const [groupPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download het groepsrapport (PDF)' }).click(),
  ]);
  expect(groupPdf.suggestedFilename()).toMatch(/^quickscan-groepsrapport-.*\.pdf$/);
  const groupText = await pdfText(await groupPdf.path());
  expect(groupText).toContain('Groepsrapport');
  expect(groupText).toContain('Anna (HR)');
  expect(groupText).toContain('Medewerker met mantelzorg');
  const firstQuestion = (await first.locator('h3').textContent()) ?? '';
  expect(groupText).toContain(firstQuestion.slice(0, 30));
  await expect(page.getByText('Het groepsrapport is gedownload.')).toBeVisible();

  // The agreement flows into the results like any scan.
  await page.getByRole('button', { name: 'Bekijk de uitkomst van de afspraak' }).click();
  await expect(page.getByTestId('level')).toHaveText(scored.level.label);
  expect(await readSavedAnswers(page)).toEqual(agreed.answers);

  // Everything stays after a reload; a bad file later leaves the others loaded.
  await page.goto('/#/workshop');
  await page.reload();
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
  await page.getByLabel('Antwoordbestanden openen').setInputFiles([json('leeg.json', '')]);
  await expect(page.getByTestId('refused-files')).toContainText('leeg.json is leeg');
  await expect(page.getByTestId('participant-row')).toHaveCount(3);
});

test('participants fill in one after another on one device', async ({ page }) => {
  await openResultsWith(page, example('best', 'hr'));
  await page.goto('/#/workshop');
  await page.getByLabel('Naam (niet verplicht)').fill('Bram');
  await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'OR, PVT of MR' });
  await page.getByRole('button', { name: 'Voeg toe als deelnemer' }).click();
  await expect(page.getByTestId('participant-row')).toHaveCount(1);
  await expect(page.getByTestId('participant-row')).toContainText('Bram (OR, PVT of MR)');
  // The scan is empty for the next participant, with the organisation name kept.
  const saved = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)) ?? '{}',
  ) as {
    answers: Record<string, string>;
    organisationName?: string;
  };
  expect(saved.answers).toEqual({});
  expect(saved.organisationName).toBe('Voorbeeldorganisatie (best)');
});

test('a user compares the scan with an earlier snapshot and sees the change', async ({ page }) => {
  // The first look at the results keeps a snapshot of the worst answers.
  await openResultsWith(page, example('worst', 'hr'));
  await expect(page.getByTestId('level')).toHaveText('Start');
  const worst = JSON.parse(runQuickscan('score', writeTempJson('worst.json', example('worst', 'hr')))) as {
    themes: { id: string; score: number }[];
  };
  const best = example('best', 'hr');
  const bestScore = JSON.parse(runQuickscan('score', writeTempJson('best.json', best))) as {
    themes: { id: string; score: number }[];
  };
  await page.getByLabel('Antwoordbestand openen').setInputFiles(json('best.json', best));
  await page.getByRole('button', { name: 'Ja, vervang mijn antwoorden' }).click();
  await expect(page.getByTestId('level')).toHaveText('Voorloper');

  await page.getByRole('link', { name: 'Vergelijk met een eerdere scan (voortgang)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Voortgang: vergelijk met een eerdere scan',
  );
  await expect(page.getByTestId('snapshots-table').locator('tbody tr')).toHaveCount(2);
  for (const theme of worst.themes) {
    const now = bestScore.themes.find((t) => t.id === theme.id)?.score ?? 0;
    const change = now - theme.score;
    await expect(page.getByTestId(`change-${theme.id}`)).toHaveText(
      change > 0 ? `+${change}` : String(change),
    );
  }
  await expect(page.getByTestId('progress-level')).toHaveText('Niveau toen: Start. Nu: Voorloper.');
  await expect(page.getByTestId('progress-in-place').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('progress-worse')).toContainText('Niets is slechter geworden.');
  await expectAccessible(page, 'the progress page');

  // The report with the progress as a chapter.
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
  ]);
  const reportText = await pdfText(await report.path());
  expect(reportText).toContain('Vooruitgang sinds de vorige scan');
  expect(reportText).toContain('Niveau: toen Start, nu Voorloper');

  // The other way round: what got worse.
  await page.getByLabel('Latere scan', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Eerdere scan', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByTestId('progress-worse').locator('li').first()).toBeVisible();
});

/** Presses Tab until `isTarget` holds for the focused element; fails after `limit` presses. */
async function tabTo(
  page: Page,
  description: string,
  isTarget: (element: Element | null) => boolean,
  limit = 200,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(isTarget, await page.evaluateHandle(() => document.activeElement))) return;
  }
  throw new Error(`could not reach ${description} by keyboard`);
}

test('the workshop and progress pages work by keyboard alone, and read in English', async ({ page }) => {
  await page.goto('/#/workshop');
  await page
    .getByLabel('Antwoordbestanden openen')
    .setInputFiles([json('a.json', example('best', 'hr')), json('b.json', example('worst', 'carer'))]);
  await expect(page.getByTestId('participant-row')).toHaveCount(2);
  await page.reload();

  // From the top: the file picker, a role, the first agreed answer and the agreement's buttons.
  await page.locator('body').focus();
  await tabTo(page, 'the file picker', (el) => el instanceof HTMLInputElement && el.type === 'file');
  await tabTo(
    page,
    'a participant role',
    (el) => el instanceof HTMLSelectElement && el.id.startsWith('role-'),
  );
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'the reveal button', (el) => el?.textContent === 'Toon de spreiding');
  await page.keyboard.press('Enter');
  await tabTo(
    page,
    'an agreed answer',
    (el) => el instanceof HTMLSelectElement && el.id.startsWith('settle-'),
  );
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Terug naar het voorstel' }).first()).toBeVisible();
  await tabTo(
    page,
    'the group report button',
    (el) => el?.textContent === 'Download het groepsrapport (PDF)',
  );

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Workshop: the scans of several participants',
  );
  await expect(page.getByRole('heading', { name: 'Where the answers differ' })).toBeVisible();
  await expectAccessible(page, 'the workshop in English');

  await page.goto('/#/voortgang');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress: compare with an earlier scan');
  await page.locator('body').focus();
  await tabTo(page, 'the file picker', (el) => el instanceof HTMLInputElement && el.type === 'file');
  await expectAccessible(page, 'the progress page in English');
});

test('a file made with an older version of the questionnaire is converted, and the user is told', async ({
  page,
}) => {
  const old = JSON.stringify({
    format: 'quickscan-answers',
    formatVersion: 1,
    questionnaire: { id: mixed.questionnaire.id, version: '1.0.0' },
    answers: {
      'intake-size': 'fewer-than-10',
      'tailored-leave-saving': 'arranged',
      'legal-uptake-known': 'no',
    },
  });
  await page.goto('/');
  await page.getByLabel('Antwoordbestand openen').setInputFiles(json('vorig-jaar.json', old));
  await expect(page.getByTestId('import-done')).toContainText('vorig-jaar.json is geopend: 3 antwoorden.');
  await expect(page.getByTestId('import-done')).toContainText('gemaakt met versie 1.0.0 van de vragenlijst');
  await expect(page.getByTestId('migration-notice')).toContainText(
    'Het geopende bestand is gemaakt met versie 1.0.0 van de vragenlijst.',
  );
  expect(await readSavedAnswers(page)).toEqual({
    'intake-size': 'fewer-than-10',
    'tailored-leave-saving': 'arranged',
    'tailored-leave-donating': 'arranged',
  });

  await page.goto('/#/voortgang');
  await page.getByLabel('Eerdere scan openen (bestand)').setInputFiles(json('vorig-jaar.json', old));
  await expect(page.getByTestId('progress-opened')).toContainText(
    'vorig-jaar.json is toegevoegd als momentopname.',
  );
  await expect(page.getByTestId('progress-opened')).toContainText('versie 1.0.0');
  await expect(page.getByTestId('snapshots-table').locator('tbody tr')).toHaveCount(1);
});
