import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { summariseCompletion, summariseProgress } from './questions.ts';

const mini = loadMiniQuestionnaire();

describe('summariseCompletion', () => {
  it('counts the shown questions of every section, and says where to continue', () => {
    const empty = summariseCompletion(mini, {});
    const shown = summariseProgress(mini, {}).reduce((sum, s) => sum + s.shown, 0);
    expect(empty).toEqual({ answered: 0, total: shown, isComplete: false, firstOpenSectionId: 'intake' });
    const partly = summariseCompletion(mini, { 'intake-size': 'fewer-than-10', 'intake-roster': 'none' });
    expect(partly.answered).toBe(2);
    expect(partly.firstOpenSectionId).not.toBe('intake');
  });

  it('is complete when every shown question has an answer, and hidden ones do not count', () => {
    const answers: Record<string, string> = {};
    for (let i = 0; i < 20; i += 1) {
      const open = summariseProgress(mini, answers).flatMap((s) => s.unansweredIds);
      if (open.length === 0) break;
      for (const id of open) {
        const question = mini.sections.flatMap((s) => s.questions).find((q) => q.id === id);
        const first = question && 'options' in question ? question.options?.[0] : undefined;
        answers[id] = typeof first === 'object' && first ? first.id : 'no';
      }
    }
    const done = summariseCompletion(mini, answers);
    expect(done).toMatchObject({ isComplete: true, firstOpenSectionId: undefined });
    expect(done.answered).toBe(done.total);
  });
});
