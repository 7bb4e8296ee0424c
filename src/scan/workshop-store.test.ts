import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { createWorkshopStore, workshopStorageKey } from './workshop-store.ts';

const mini = loadMiniQuestionnaire();
const key = workshopStorageKey(mini);

const memoryStorage = () => new MemoryStorage();

describe('the workshop store', () => {
  it('keeps participants and settled answers across visits', () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(mini, storage);
    store.addParticipants([
      {
        file: createAnswersFile(mini, { o1: 'no' }, { participant: { role: 'hr' } }),
        source: 'file',
        fileName: 'a.json',
      },
      { file: createAnswersFile(mini, { o1: 'arranged' }), source: 'device' },
    ]);
    store.settle('o1', 'partly');
    const again = createWorkshopStore(mini, storage).getState();
    expect(again.participants.map((p) => [p.source, p.fileName, p.file.answers.o1])).toEqual([
      ['file', 'a.json', 'no'],
      ['device', undefined, 'arranged'],
    ]);
    expect(again.settled).toEqual({ o1: 'partly' });
  });

  it('changes a name and role, removes a participant, and goes back to the suggestion', () => {
    const store = createWorkshopStore(mini, memoryStorage());
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    const [first] = store.getState().participants;
    store.updateParticipant(first?.id ?? '', { name: '  Anna ', role: 'carer' });
    expect(store.getState().participants[0]?.file.participant).toEqual({ name: 'Anna', role: 'carer' });
    store.updateParticipant(first?.id ?? '', { name: ' ' });
    expect(store.getState().participants[0]?.file.participant).toEqual({});
    store.settle('o1', null);
    expect(store.getState().settled).toEqual({ o1: null });
    store.unsettle('o1');
    expect(store.getState().settled).toEqual({});
    store.removeParticipant(first?.id ?? '');
    expect(store.getState().participants).toEqual([]);
  });

  it('keeps a participant it cannot read, counts it, and leaves it alone on changes', () => {
    const storage = memoryStorage();
    const broken = { id: 'x', source: 'file', file: { format: 'something else' } };
    storage.setItem(key, JSON.stringify({ participants: [broken], settled: {} }));
    const store = createWorkshopStore(mini, storage);
    expect(store.getState()).toMatchObject({ participants: [], unreadable: 1 });
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    const stored = JSON.parse(storage.getItem(key) ?? '{}') as { participants: unknown[] };
    expect(stored.participants[0]).toEqual(broken);
    expect(stored.participants).toHaveLength(2);
  });

  it('works in memory when storage is blocked, and says so', () => {
    const store = createWorkshopStore(mini, null);
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    expect(store.getState()).toMatchObject({ saveFailed: true });
    expect(store.getState().participants).toHaveLength(1);
    store.clear();
    expect(store.getState().participants).toEqual([]);
  });
});
