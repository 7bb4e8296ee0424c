import type { Page } from '@playwright/test';
import {
  ANSWERS_KEY,
  answerStepByClicking,
  expect,
  expectAccessible,
  openApp,
  readSavedAnswers,
  test,
} from './fixtures.ts';

const THEME_TITLES = ['Bespreekbaarheid', 'Wettelijke regelingen', 'Flexibel werken', 'Maatwerk', 'Borging'];

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  text: string;
  checked: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      name: el?.getAttribute('name') ?? null,
      text: (el?.textContent ?? '').trim(),
      checked: Boolean(el?.checked),
    };
  });
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, matches: (el: Focused) => boolean, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('the element was not reached with Tab');
}

/**
 * Answers the current step with the keyboard only: Tab into each radio group, Space to choose the first
 * option, ArrowDown to move to the wanted one; then Tab to the "next" link and Enter.
 */
async function answerStepWithKeyboard(page: Page, optionIndex: number, nextLabel: string) {
  const answered = new Set<string>();
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el.tag === 'input' && el.type === 'radio' && el.name && !answered.has(el.name)) {
      await page.keyboard.press('Space');
      for (let k = 0; k < optionIndex; k += 1) await page.keyboard.press('ArrowDown');
      answered.add(el.name);
    } else if (el.tag === 'a' && el.text === nextLabel) {
      await page.keyboard.press('Enter');
      return answered.size;
    }
  }
  throw new Error(`"${nextLabel}" was not reached`);
}

test('an employer completes the whole scan with the keyboard alone and reaches the results', async ({
  page,
}) => {
  await page.goto('/');
  await expectAccessible(page, 'the start page');
  await tabTo(page, (el) => el.text === 'Start de scan');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over uw organisatie');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Stap 1 van 7')).toBeVisible();
  await expectAccessible(page, 'the intake');
  // Intake: the second option everywhere (10 to 49 employees, some roster work, ...).
  expect(await answerStepWithKeyboard(page, 1, 'Volgende')).toBe(6);

  for (const [i, title] of THEME_TITLES.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(`Stap ${i + 2} van 7`)).toBeVisible();
    await expectAccessible(page, `step ${title}`);
    const isLast = i === THEME_TITLES.length - 1;
    expect(await answerStepWithKeyboard(page, 2, isLast ? 'Naar het overzicht' : 'Volgende')).toBeGreaterThan(
      4,
    );
  }

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht van uw antwoorden');
  await expect(page.getByText('Alle vragen beantwoord')).toHaveCount(6);
  await expectAccessible(page, 'the review');
  await tabTo(page, (el) => el.text === 'Bekijk de uitkomst');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitkomst');
  await expect(page.getByTestId('score-table').getByRole('row')).toHaveCount(6);
  await expectAccessible(page, 'the results');

  const answers = await readSavedAnswers(page);
  expect(answers['intake-size']).toBe('10-to-49');
  expect(answers['legal-short-term-written']).toBe('arranged');
  expect(Object.keys(answers)).toHaveLength(53);
});

test('an employer reloads halfway and continues where they were', async ({ page }) => {
  await page.goto('/#/stap/intake');
  // The third option everywhere: 50 to 249 employees, mostly roster work, a school's MR.
  await answerStepByClicking(page, 2);
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Ja, een ruwe schatting' }).check();
  await expect(page.getByText('7 van 53 vragen beantwoord')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bespreekbaarheid');
  await expect(page.getByRole('radio', { name: 'Ja, een ruwe schatting' })).toBeChecked();
  await expect(page.getByText('7 van 53 vragen beantwoord')).toBeVisible();

  await page.goto('/');
  await expect(page.getByText('U heeft 7 van de 53 vragen beantwoord.')).toBeVisible();
  await page.getByRole('link', { name: 'Ga verder met de scan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bespreekbaarheid');
});

test('a damaged saved scan shows a clear message, and the app still works', async ({ page }) => {
  await openApp(page);
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"format": "quickscan-answers", "answ'),
    ANSWERS_KEY,
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Uw bewaarde scan kon niet goed worden gelezen',
  );
  await expect(page.getByText('De bewaarde gegevens in deze browser zijn beschadigd.')).toBeVisible();
  await expectAccessible(page, 'the damaged-scan message');
  const backup = await page.evaluate((key) => localStorage.getItem(`${key}:backup`), ANSWERS_KEY);
  expect(backup).toBe('{"format": "quickscan-answers", "answ');

  await page.getByRole('button', { name: 'Begin een nieuwe scan' }).click();
  await page.getByRole('link', { name: 'Start de scan' }).click();
  await page.getByRole('radio', { name: 'Minder dan 10' }).check();
  expect(await readSavedAnswers(page)).toEqual({ 'intake-size': 'fewer-than-10' });
});

test('a scan saved with version 1.0.0 of the questionnaire is migrated, and the user is told what to check', async ({
  page,
}) => {
  await openApp(page);
  const original = JSON.stringify({
    format: 'quickscan-answers',
    formatVersion: 1,
    questionnaire: { id: 'zorgvriendelijk-werkgeverschap', version: '1.0.0' },
    answers: {
      'intake-size': '50-to-249',
      'openness-onboarding': 'always',
      'legal-communicated': 'arranged',
      'legal-uptake-known': 'no',
    },
  });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [ANSWERS_KEY, original] as const);
  await page.reload();
  const notice = page.getByTestId('migration-notice');
  await expect(notice).toContainText('gemaakt met versie 1.0.0 van de vragenlijst');
  await expect(notice).toContainText('1 vraag stellen we niet meer');
  await notice.getByText('Controleer 2 antwoorden').click();
  await expect(notice.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'the start page after a migration');
  expect(await readSavedAnswers(page)).toEqual({
    'intake-size': '50-to-249',
    'openness-onboarding': 'always',
    'legal-communicated': 'yearly',
    'legal-findable': 'yes',
  });
  const backup = await page.evaluate((key) => localStorage.getItem(`${key}:backup`), ANSWERS_KEY);
  expect(backup).toBe(original);
  await expect(page.getByText('U heeft 4 van de 53 vragen beantwoord.')).toBeVisible();

  await page.goto('/#/stap/legal-leave');
  await expect(
    page.getByRole('group', { name: /op één plek/ }).getByRole('radio', { name: 'Ja', exact: true }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Sluiten' }).click();
  await expect(notice).toHaveText('');
});

test('a scan saved with an unknown version keeps the answers that can still be read', async ({ page }) => {
  await openApp(page);
  const old = {
    format: 'quickscan-answers',
    formatVersion: 1,
    questionnaire: { id: 'zorgvriendelijk-werkgeverschap', version: '0.9.0' },
    answers: { 'intake-size': '50-to-249', 'openness-onboarding': 'always', 'a-removed-question': 'yes' },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    ANSWERS_KEY,
    JSON.stringify(old),
  ] as const);
  await page.reload();
  await expect(page.getByText('We konden 2 antwoorden lezen.')).toBeVisible();
  await page.getByRole('button', { name: 'Ga verder met de 2 leesbare antwoorden' }).click();
  await expect(page.getByText('U heeft 2 van de 53 vragen beantwoord.')).toBeVisible();
  expect(await readSavedAnswers(page)).toEqual({
    'intake-size': '50-to-249',
    'openness-onboarding': 'always',
  });
  await page.goto('/#/stap/openness');
  await expect(
    page
      .getByRole('group', { name: /inwerken van nieuwe medewerkers/ })
      .getByRole('radio', { name: 'Altijd' }),
  ).toBeChecked();
});

test('switching to English and back keeps every answer, and the choice is remembered', async ({ page }) => {
  await page.goto('/#/stap/intake');
  await answerStepByClicking(page, 1);
  await page
    .getByLabel('Naam van uw organisatie (niet verplicht)')
    .fill('<script>alert(1)</script> & Zn. "’t Hoekje"');
  await page.getByRole('link', { name: 'Volgende' }).click();
  await answerStepByClicking(page, 3);
  const before = await readSavedAnswers(page);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Openness');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'Yes, a rough estimate' })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Yes, we measure it regularly' })).toBeChecked();
  await expectAccessible(page, 'a step in English');
  await page.getByRole('link', { name: 'Previous' }).click();
  await expect(page.getByLabel('Name of your organisation (optional)')).toHaveValue(
    '<script>alert(1)</script> & Zn. "’t Hoekje"',
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About your organisation');
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over uw organisatie');
  expect(await readSavedAnswers(page)).toEqual(before);
});

test('a change in the intake hides a question, the back button goes to the previous step, and the scan still completes', async ({
  page,
}) => {
  await page.goto('/#/stap/intake');
  await page.getByRole('radio', { name: 'Het meeste' }).check();
  for (let step = 0; step < 3; step += 1) await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flexibel werken');
  const rosterQuestion = page.getByRole('group', { name: /rooster ruim van tevoren/ });
  await expect(rosterQuestion).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wettelijke regelingen');
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over uw organisatie');
  await page.getByRole('radio', { name: 'Geen', exact: true }).check();
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flexibel werken');
  await expect(rosterQuestion).toHaveCount(0);
  await expect(page.locator('fieldset.question')).toHaveCount(6);

  await page.goto('/#/stap/intake');
  await answerStepByClicking(page, 0);
  for (let step = 0; step < THEME_TITLES.length; step += 1) {
    await page.getByRole('link', { name: /Volgende|Naar het overzicht/ }).click();
    await answerStepByClicking(page, 'best');
  }
  await page.getByRole('link', { name: /Volgende|Naar het overzicht/ }).click();
  await expect(page.getByText('Alle vragen beantwoord')).toHaveCount(6);
  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).click();
  await expect(page.getByTestId('level')).toHaveText('Voorloper');
});

test('clearing my data asks first, and then removes every answer', async ({ page }) => {
  await page.goto('/#/stap/intake');
  await answerStepByClicking(page, 0);
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alle gegevens wissen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nee, terug' })).toBeFocused();
  await expectAccessible(page, 'the clear-data dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(Object.keys(await readSavedAnswers(page))).toHaveLength(6);

  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Uw gegevens zijn gewist.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start de scan' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toBeNull();
});

test('two tabs on the scan do not overwrite each other', async ({ page, context }) => {
  await page.goto('/#/stap/openness');
  const other = await context.newPage();
  await other.goto('/#/stap/openness');

  await page.getByRole('radio', { name: 'Ja, een ruwe schatting' }).check();
  await expect(other.getByText('Uw antwoorden zijn bijgewerkt vanuit een ander tabblad.')).toBeVisible();
  await expect(other.getByRole('radio', { name: 'Ja, een ruwe schatting' })).toBeChecked();

  await other
    .getByRole('group', { name: /inwerken van nieuwe medewerkers/ })
    .getByRole('radio', { name: 'Soms' })
    .check();
  await expect(
    page.getByRole('group', { name: /inwerken van nieuwe medewerkers/ }).getByRole('radio', { name: 'Soms' }),
  ).toBeChecked();
  expect(await readSavedAnswers(page)).toEqual({
    'openness-carers-known': 'estimate',
    'openness-onboarding': 'sometimes',
  });
  await other.close();
});

test('the organisation name is checked as it is typed, and the message is announced', async ({ page }) => {
  await page.goto('/#/stap/intake');
  const name = page.getByLabel('Naam van uw organisatie (niet verplicht)');
  await name.fill('x'.repeat(201));
  const error = page.getByRole('alert').filter({ hasText: 'De naam is te lang' });
  await expect(error).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'the intake with a name error');
  await name.fill('Zorg & Welzijn B.V.');
  await expect(error).toHaveCount(0);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect
    .poll(async () =>
      page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').organisationName, ANSWERS_KEY),
    )
    .toBe('Zorg & Welzijn B.V.');
});

test('the scan and its results work on a phone-sized screen at 320 pixels', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/#/resultaten');
  await page.getByTestId('score-table').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('radar-chart').locator('svg').first()).toBeVisible();
  const horizontalOverflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
  const tableOverflow = await page
    .getByTestId('score-table')
    .evaluate((table) => table.getBoundingClientRect().right - document.documentElement.clientWidth);
  expect(tableOverflow).toBeLessThanOrEqual(0);
  await page.goto('/#/stap/legal-leave');
  await expect(page.getByTestId('legal-note')).toBeVisible();
  expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'a step at 320 px');
  // WCAG 2.5.8: every control that is not a link inside a sentence is at least 24 by 24 pixels.
  const tooSmall = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, summary, a.button, .site-title')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
  expect(tooSmall).toEqual([]);
});
