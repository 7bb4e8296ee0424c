import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { createAnswersFile, parseAnswersFile, salvageAnswersFile } from './answers-file.ts';

const mini = loadMiniQuestionnaire();
const valid = () =>
  structuredClone(
    createAnswersFile(
      mini,
      { 'intake-size': 'fewer-than-10', o1: 'partly' },
      { organisationName: 'Bakkerij ’t Hoekje' },
    ),
  ) as Record<string, unknown>;

describe('parseAnswersFile', () => {
  it('accepts a file made by createAnswersFile, with the organisation name as typed', () => {
    const parsed = parseAnswersFile(mini, valid());
    expect(parsed.ok && parsed.value.organisationName).toBe('Bakkerij ’t Hoekje');
    expect(parsed.ok && parsed.value.answers).toEqual({ 'intake-size': 'fewer-than-10', o1: 'partly' });
  });

  const broken: [string, (file: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'a foreign JSON file',
      () => ({ name: 'package', version: '1.0.0' }),
      /at format: must be "quickscan-answers"/,
    ],
    ['not an object', () => [1, 2, 3], /at top level/],
    [
      'another questionnaire',
      (f) => ({ ...f, questionnaire: { id: 'other', version: '1.0.0' } }),
      /at questionnaire\.id: made for questionnaire "other"/,
    ],
    [
      'another version',
      (f) => ({ ...f, questionnaire: { id: 'mini', version: '0.9.0' } }),
      /at questionnaire\.version: made with version 0\.9\.0/,
    ],
    [
      'an unknown question',
      (f) => ({ ...f, answers: { 'no-such-question': 'no' } }),
      /at answers\.no-such-question: there is no question/,
    ],
    [
      'an unknown option',
      (f) => ({ ...f, answers: { o1: 'maybe' } }),
      /at answers\.o1: "maybe" is not an option of this question \(options: no, partly/,
    ],
    ['an answer that is not a string', (f) => ({ ...f, answers: { o1: 3 } }), /at answers\.o1:/],
    ['an extra key', (f) => ({ ...f, password: 'x' }), /Unrecognized key.*password/],
    [
      'a too long organisation name',
      (f) => ({ ...f, organisationName: 'x'.repeat(201) }),
      /at organisationName/,
    ],
  ];

  it.each(broken)('rejects %s with a message that says where', (_name, breakIt, message) => {
    const parsed = parseAnswersFile(mini, breakIt(valid()));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.issues.join('\n')).toMatch(message);
  });
});

describe('salvageAnswersFile', () => {
  it('keeps the answers that fit and counts the ones that do not', () => {
    const salvaged = salvageAnswersFile(mini, {
      format: 'something-else',
      questionnaire: { id: 'mini', version: '0.1.0' },
      organisationName: 'De Zorgzame Werkgever',
      answers: { o1: 'partly', o2: 'sometimes', gone: 'no', l1: 7 },
    });
    expect(salvaged?.kept).toBe(1);
    expect(salvaged?.dropped).toBe(3);
    expect(salvaged?.file.answers).toEqual({ o1: 'partly' });
    expect(salvaged?.file.organisationName).toBe('De Zorgzame Werkgever');
    expect(parseAnswersFile(mini, salvaged?.file).ok).toBe(true);
  });

  it.each([[null], ['text'], [[1, 2]], [{ answers: 'all good' }], [{ hello: 'world' }]])(
    'gives up on %j, which holds no answers',
    (data) => {
      expect(salvageAnswersFile(mini, data)).toBeUndefined();
    },
  );
});
