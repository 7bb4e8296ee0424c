import { describe, expect, it } from 'vitest';
import {
  checkLimits,
  checkReadability,
  collectLocalizedTexts,
  collectStrings,
  computeFleschDouma,
  countSyllables,
  fillPlaceholders,
  groupLongSentences,
  measureTexts,
  READABILITY_LIMITS,
  splitSentences,
  splitWords,
  TEXT_SOURCES,
} from './readability-core.ts';

/** A sentence of exactly `count` words, ending with a full stop. */
const sentenceOf = (count: number) =>
  `${Array.from({ length: count }, (_, index) => (index === 0 ? 'Woord' : 'woord')).join(' ')}.`;

describe('splitSentences', () => {
  it('splits at a full stop, question mark or exclamation mark before a capital', () => {
    expect(splitSentences('Het werkt. Klopt dat? Ja! Mooi')).toEqual([
      'Het werkt.',
      'Klopt dat?',
      'Ja!',
      'Mooi',
    ]);
  });

  it('splits at a colon or semicolon only before a capital, a digit or a quote', () => {
    expect(splitSentences('Nodig: minstens één; nu: 0 punten; Goed: "ja" telt.')).toEqual([
      'Nodig: minstens één; nu:',
      '0 punten;',
      'Goed:',
      '"ja" telt.',
    ]);
  });

  it('splits before a quoted sentence and after a closing quote or bracket', () => {
    expect(
      splitSentences('Koos u "weet niet"? "Weet niet" telt als 0. (Zie de bijlage.) Dan klaar.'),
    ).toEqual(['Koos u "weet niet"?', '"Weet niet" telt als 0.', '(Zie de bijlage.)', 'Dan klaar.']);
  });

  it('does not split after common Dutch abbreviations', () => {
    expect(
      splitSentences(
        'Vraag het o.a. De OR. Bijv. Jan helpt, d.w.z. Hij belt. Zie art. 7 en nr. 42 van de cao, ' +
          'Voorbeeld B.V. en J. de Vries. Etc. Klaar.',
      ),
    ).toEqual([
      'Vraag het o.a. De OR.',
      'Bijv. Jan helpt, d.w.z. Hij belt.',
      'Zie art. 7 en nr. 42 van de cao, Voorbeeld B.V. en J. de Vries.',
      'Etc. Klaar.',
    ]);
  });

  it('ends a sentence after the full word "bijvoorbeeld" and after the pronoun "u"', () => {
    expect(splitSentences('Dat kan met een peiling bijvoorbeeld. Het is aan u. Daarna volgt meer.')).toEqual([
      'Dat kan met een peiling bijvoorbeeld.',
      'Het is aan u.',
      'Daarna volgt meer.',
    ]);
  });

  it('keeps decimal numbers and thousands in one sentence', () => {
    expect(
      splitSentences('Het loon is 70,5 procent. Dat is € 1.000 per jaar en versie 2.0 van de lijst.'),
    ).toEqual(['Het loon is 70,5 procent.', 'Dat is € 1.000 per jaar en versie 2.0 van de lijst.']);
  });

  it('keeps dates in one sentence and splits after a date that ends one', () => {
    expect(
      splitSentences('De regels gelden op 1 januari 2026. Per 1 jan. 2026 geldt dit. Stand 31-12-2025.'),
    ).toEqual(['De regels gelden op 1 januari 2026.', 'Per 1 jan. 2026 geldt dit.', 'Stand 31-12-2025.']);
  });

  it('ends a sentence at a line break and drops list markers', () => {
    expect(splitSentences('Wat u krijgt\n- een score per thema\n* een niveau\n• tips\n2. een plan')).toEqual([
      'Wat u krijgt',
      'een score per thema',
      'een niveau',
      'tips',
      'een plan',
    ]);
  });

  it('splits at a bullet inside a line', () => {
    expect(splitSentences('Scan • Voortgang • Workshop')).toEqual(['Scan', 'Voortgang', 'Workshop']);
  });

  it('counts a text without sentence-ending punctuation as one sentence', () => {
    expect(splitSentences('Geregeld en geëvalueerd')).toEqual(['Geregeld en geëvalueerd']);
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('splitWords', () => {
  it('keeps tokens with a letter or digit and drops bare punctuation', () => {
    expect(splitWords('Score 42 van 100 · Goed – (zie Werk&Mantelzorg) 70%')).toEqual([
      'Score',
      '42',
      'van',
      '100',
      'Goed',
      '(zie',
      'Werk&Mantelzorg)',
      '70%',
    ]);
  });
});

describe('fillPlaceholders', () => {
  it('replaces i18next interpolations and report placeholders by one word', () => {
    expect(fillPlaceholders('U heeft {{answered}} van de {{ total }} vragen beantwoord.')).toBe(
      'U heeft X van de X vragen beantwoord.',
    );
    expect(fillPlaceholders('Voor {level} is {required} nodig; nu {actual}.')).toBe(
      'Voor X is X nodig; nu X.',
    );
  });
});

describe('countSyllables', () => {
  it.each([
    ['mantelzorger', 4],
    ['verlof', 2],
    ['geëvalueerd', 5],
    ['zorgvriendelijk', 4],
    ['tijd', 1],
    ['ijs', 1],
    ['bijen', 2],
    ['medewerkers', 4],
    ['calamiteitenverlof', 7],
    ['Mantelzorgers', 4],
    ['nieuw', 1],
    ['mooie', 2],
    ['groei', 1],
    ['fraai', 1],
    ['leeuw', 1],
    ['huis', 1],
    ['beamen', 3],
    ['januari', 4],
    ['situatie', 4],
    ['financiële', 5],
    ['ideeën', 3],
    ['naïef', 2],
    ['geïnd', 2],
    ['coördinator', 5],
    ['één', 1],
    ['Werk&Mantelzorg', 4],
    ['e-mail', 2],
    ['B’s', 1],
  ])('counts %s as %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a number as two syllables', () => {
    expect([countSyllables('2026'), countSyllables('70%'), countSyllables('1.000')]).toEqual([2, 2, 2]);
  });
});

describe('computeFleschDouma', () => {
  it('gives the hand-computed reading ease of a fixed text', () => {
    // Sentences 2; words 3 + 5 = 8; syllables man-tel-zor-gers 4, krij-gen 2, ver-lof 2 | de 1,
    // me-de-wer-ker 4, re-gelt 2, het 1, zelf 1 = 17.
    // 206.835 − 0.93 × 8/2 − 77 × 17/8 = 206.835 − 3.72 − 163.625 = 39.49.
    const report = measureTexts([
      {
        source: 'fixed.json',
        path: 'text',
        text: 'Mantelzorgers krijgen verlof. De medewerker regelt het zelf.',
      },
    ]);
    expect(report.overall.figures).toMatchObject({ texts: 1, sentences: 2, words: 8, syllables: 17 });
    expect(report.overall.figures.fleschDouma).toBeCloseTo(39.49, 6);
    expect(computeFleschDouma({ sentences: 2, words: 8, syllables: 17 })).toBeCloseTo(39.49, 6);
  });

  it('is 0 for a text without words', () => {
    expect(computeFleschDouma({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });
});

describe('measureTexts', () => {
  it('reports a sentence over 20 words with its source and path, and not one of exactly 20', () => {
    const report = measureTexts([
      { source: 'a.json', path: 'tips.long.text[0].nl', text: `Kort. ${sentenceOf(22)} Ook kort.` },
      { source: 'a.json', path: 'tips.limit.text.nl', text: sentenceOf(20) },
      { source: 'b.ts', path: 'intro', text: sentenceOf(25) },
    ]);
    expect(report.longSentences).toEqual([
      { source: 'b.ts', path: 'intro', sentence: sentenceOf(25), words: 25 },
      { source: 'a.json', path: 'tips.long.text[0].nl', sentence: sentenceOf(22), words: 22 },
    ]);
    expect(report.overall.figures).toMatchObject({ texts: 3, sentences: 5, longSentences: 2 });
    expect(report.overall.figures.longSentencePercent).toBeCloseTo(40, 6);
    expect(report.bySource.map(({ source, figures }) => [source, figures.longSentences])).toEqual([
      ['a.json', 1],
      ['b.ts', 1],
    ]);
  });

  it('groups a long sentence repeated in several variants under one entry with every path', () => {
    const long = sentenceOf(21);
    const report = measureTexts([
      { source: 'a.json', path: 'help[0].nl', text: long },
      { source: 'a.json', path: 'help[1].nl', text: `Anders. ${long}` },
    ]);
    expect(groupLongSentences(report.longSentences)).toEqual([
      {
        sentence: long,
        words: 21,
        places: [
          { source: 'a.json', path: 'help[0].nl' },
          { source: 'a.json', path: 'help[1].nl' },
        ],
      },
    ]);
  });
});

describe('checkLimits', () => {
  it('marks each limit as met or not met', () => {
    const figures = {
      texts: 1,
      sentences: 100,
      words: 1400,
      syllables: 2000,
      longSentences: 2,
      wordsPerSentence: 14,
      longSentencePercent: 2,
      fleschDouma: 65,
    };
    expect(checkLimits(figures).map((limit) => [limit.limit, limit.actual, limit.isMet])).toEqual([
      [READABILITY_LIMITS.maxLongSentencePercent, 2, true],
      [READABILITY_LIMITS.maxWordsPerSentence, 14, false],
      [READABILITY_LIMITS.minFleschDouma, 65, true],
    ]);
  });
});

describe('collecting texts', () => {
  it('takes every string under an "nl" key, naming array items by id', () => {
    const definition = {
      title: { nl: 'Titel', en: 'Title' },
      sections: [
        {
          id: 'openness',
          questions: [
            { id: 'q1', help: [{ when: { question: 'x' }, nl: 'Hulp', en: 'Help' }, { nl: 'Anders' }] },
          ],
        },
      ],
    };
    expect(collectLocalizedTexts(definition, 'def.json')).toEqual([
      { source: 'def.json', path: 'title.nl', text: 'Titel' },
      { source: 'def.json', path: 'sections[openness].questions[q1].help[0].nl', text: 'Hulp' },
      { source: 'def.json', path: 'sections[openness].questions[q1].help[1].nl', text: 'Anders' },
    ]);
  });

  it('takes every string of a nested JSON object', () => {
    expect(collectStrings({ app: { title: 'Scan', items: ['een', 'twee'] }, count: 3 }, 'nl.json')).toEqual([
      { source: 'nl.json', path: 'app.title', text: 'Scan' },
      { source: 'nl.json', path: 'app.items[0]', text: 'een' },
      { source: 'nl.json', path: 'app.items[1]', text: 'twee' },
    ]);
  });

  it('measures the texts of every source file of the app', () => {
    const report = checkReadability();
    expect(report.bySource.map((summary) => summary.source)).toEqual(Object.values(TEXT_SOURCES));
    for (const summary of report.bySource) expect(summary.figures.sentences).toBeGreaterThan(0);
  });
});
