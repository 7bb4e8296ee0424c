/**
 * Files the app must refuse one by one, with a message that names each: nested too deeply, a key twice, UTF-16.
 * The good files next to them still load.
 */
import { runQuickscan } from './cli.ts';
import { expect, expectAccessible, readSavedAnswers, test } from './fixtures.ts';

type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const file = (name: string, buffer: Buffer): FilePayload => ({ name, mimeType: 'application/json', buffer });

function example(profile: 'best' | 'worst' | 'mixed', role: string, name: string): string {
  return runQuickscan('example', '--profile', profile, '--role', role, '--name', name);
}

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const deep = (text: string) =>
  Buffer.from(text.trimEnd().replace(/}$/, `,"x":${'['.repeat(8000)}${']'.repeat(8000)}}`));
const twice = (text: string) =>
  Buffer.from(text.trimEnd().replace(/}$/, ',"answers":{"intake-size":"10-to-49"}}'));

test('an advisor opens two good participants and one file nested 8,000 deep: the two are added and the deep one is named', async ({
  page,
}) => {
  await page.goto('/#/workshop');
  await page
    .getByLabel('Antwoordbestanden openen')
    .setInputFiles([
      file('anna.json', Buffer.from(example('best', 'hr', 'Anna'))),
      file('diep.json', deep(example('mixed', 'manager', 'Diep'))),
      file('bram.json', Buffer.from(example('worst', 'carer', 'Bram'))),
    ]);
  await expect(page.getByTestId('refused-files')).toContainText(
    'diep.json is geweigerd: de inhoud heeft te veel lagen.',
  );
  await expect(page.getByTestId('workshop-added')).toContainText('2 deelnemers toegevoegd');
  await expect(page.getByTestId('participant-row')).toHaveCount(2);
  await expectAccessible(page, 'the workshop with a refused deep file');
});

test('a user opens a UTF-16 file and a file with "answers" twice: each is refused with its own message and nothing changes', async ({
  page,
}) => {
  await page.goto('/');
  const input = page.getByLabel('Antwoordbestand openen');
  const before = await readSavedAnswers(page);
  const text = example('mixed', 'hr', 'Anna');

  await input.setInputFiles(file('unicode.json', utf16(text)));
  await expect(page.getByTestId('refused-files')).toContainText(
    'unicode.json is opgeslagen als UTF-16-tekst. Die kunnen we niet lezen. Sla het bestand op als UTF-8',
  );
  await expect(page.getByTestId('refused-files')).toContainText('the file is UTF-16 text; save it as UTF-8');

  await input.setInputFiles(file('dubbel.json', twice(text)));
  await expect(page.getByTestId('refused-files')).toContainText(
    'dubbel.json is geweigerd: een naam staat twee keer in hetzelfde deel van het bestand.',
  );
  await expect(page.getByTestId('refused-files')).toContainText(
    'at top level: the key "answers" appears twice',
  );
  expect(await readSavedAnswers(page)).toEqual(before);
  await expectAccessible(page, 'the start page with a refused file');
});
