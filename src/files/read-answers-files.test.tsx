import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../../questionnaire/example-answers.ts';
import { loadShippedQuestionnaire } from '../../questionnaire/shipped-questionnaire.ts';
import '../i18n/i18n.ts';
import nl from '../i18n/nl.json';
import { RefusedFiles } from './answers-file-drop.tsx';
import { readAnswersFiles } from './read-answers-files.ts';

const loaded = loadShippedQuestionnaire();
if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
const questionnaire = loaded.value;

const goodText = (organisationName: string) =>
  JSON.stringify(
    createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'mixed'), { organisationName }),
  );
const jsonFile = (name: string, content: BlobPart) => new File([content], name, { type: 'application/json' });
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const withVersion = (version: string) =>
  JSON.stringify({ ...JSON.parse(goodText('Oud')), questionnaire: { id: questionnaire.id, version } });
const message = (key: keyof typeof nl.files.problem, file: string) =>
  nl.files.problem[key].replace('{{file}}', file);

describe('reading picked or dropped answers files', () => {
  it('reads the good files of a batch with one 8,000-deep file in it, and names the deep one', async () => {
    const deep = goodText('Diep').replace(/}$/, `,"x":${'['.repeat(8000)}${']'.repeat(8000)}}`);
    const results = await readAnswersFiles(questionnaire, [
      jsonFile('anna.json', goodText('Anna')),
      jsonFile('diep.json', deep),
      jsonFile('bram.json', goodText('Bram')),
    ]);
    expect(results.map((result) => (result.ok ? result.file.organisationName : result.problem))).toEqual([
      'Anna',
      'too-deep',
      'Bram',
    ]);
    render(<RefusedFiles results={results} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(1);
    expect(alert).toHaveTextContent(message('too-deep', 'diep.json'));
  });

  it('gives the UTF-16, duplicate-key and odd-version files each their own message, naming the file', async () => {
    const results = await readAnswersFiles(questionnaire, [
      jsonFile('utf16.json', utf16le(goodText('Zestien'))),
      jsonFile('dubbel.json', goodText('Dubbel').replace(/}$/, ',"answers":{}}')),
      jsonFile('banaan.json', withVersion('banana')),
      jsonFile('oud.json', withVersion('0.9.0')),
      jsonFile('nieuw.json', withVersion('4.0.0')),
      jsonFile('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d])),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.problem))).toEqual([
      'utf-16',
      'duplicate-key',
      'unreadable-version',
      'unreadable-version',
      'newer-version',
      'not-utf-8',
    ]);
    render(<RefusedFiles results={results} />);
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      message('utf-16', 'utf16.json'),
      message('duplicate-key', 'dubbel.json'),
      message('unreadable-version', 'banaan.json'),
      message('unreadable-version', 'oud.json'),
      message('newer-version', 'nieuw.json'),
      message('not-utf-8', 'latin1.json'),
    ]);
    expect(items[0]).toHaveTextContent('the file is UTF-16 text; save it as UTF-8');
    expect(items[1]).toHaveTextContent('at top level: the key "answers" appears twice');
    expect(items[2]).toHaveTextContent(
      'made with version "banana" of the questionnaire, which this version of the quick scan cannot read',
    );
  });

  it('reads a UTF-8 file with a byte order mark', async () => {
    const [result] = await readAnswersFiles(questionnaire, [
      jsonFile('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(goodText('Bom'))])),
    ]);
    expect(result?.ok && result.file.organisationName).toBe('Bom');
  });

  it('keeps reading the other files when one cannot be read at all', async () => {
    const broken = jsonFile('kapot.json', '{}');
    broken.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    const results = await readAnswersFiles(questionnaire, [broken, jsonFile('anna.json', goodText('Anna'))]);
    expect(results.map((result) => (result.ok ? 'ok' : `${result.problem}: ${result.detail}`))).toEqual([
      'unreadable: NotReadableError',
      'ok',
    ]);
  });
});
