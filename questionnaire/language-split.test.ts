import { describe, expect, it } from 'vitest';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { joinLanguage, splitLanguage } from './language-split.ts';

const questionnaire = loadShipped();

describe('splitting a language off the questionnaire', () => {
  it('leaves every English text empty and keeps every Dutch one', () => {
    const { without, texts } = splitLanguage(questionnaire, 'en');
    expect(texts.length).toBeGreaterThan(300);
    expect(JSON.stringify(without)).not.toContain(questionnaire.sections[0]?.title.en);
    expect(without.sections[0]?.title).toEqual({ nl: questionnaire.sections[0]?.title.nl, en: '' });
    expect(texts).toContain(questionnaire.title.en);
  });

  it('gives back exactly the questionnaire when the texts are joined again', () => {
    const { without, texts } = splitLanguage(questionnaire, 'en');
    expect(joinLanguage(without, 'en', texts)).toEqual(questionnaire);
  });

  it('refuses texts that do not fit', () => {
    const { without, texts } = splitLanguage(questionnaire, 'en');
    expect(() => joinLanguage(without, 'en', texts.slice(1))).toThrow(/fewer en texts than places/);
    expect(() => joinLanguage(without, 'en', [...texts, 'extra'])).toThrow(/texts for \d+ places/);
  });
});
