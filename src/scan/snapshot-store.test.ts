import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { createSnapshotStore, MAX_AUTO_SNAPSHOTS, snapshotsStorageKey } from './snapshot-store.ts';

const mini = loadMiniQuestionnaire();
const key = snapshotsStorageKey(mini);

const memoryStorage = () => new MemoryStorage();

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, tick++)).toISOString();

describe('the snapshot store', () => {
  it('keeps snapshots in date order, and reads them back in another visit', () => {
    const storage = memoryStorage();
    const store = createSnapshotStore(mini, storage, clock);
    store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    store.add(createAnswersFile(mini, { o1: 'partly' }), 'auto');
    const again = createSnapshotStore(mini, storage, clock).getState();
    expect(again.snapshots.map((s) => [s.source, s.file.answers])).toEqual([
      ['manual', { o1: 'no' }],
      ['auto', { o1: 'partly' }],
    ]);
  });

  it('keeps an automatic snapshot only for answers it has not kept before', () => {
    const store = createSnapshotStore(mini, memoryStorage(), clock);
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'auto')).not.toBeNull();
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'auto')).toBeNull();
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'manual')).not.toBeNull();
    expect(store.getState().snapshots).toHaveLength(2);
  });

  it('drops the oldest automatic snapshot when there are too many, never a manual one', () => {
    const store = createSnapshotStore(mini, memoryStorage(), clock);
    store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    const scale = ['no', 'partly', 'arranged'];
    for (let i = 0; i < MAX_AUTO_SNAPSHOTS + 2; i += 1) {
      const answers = {
        o1: scale[i % 3] ?? 'no',
        f1: scale[Math.floor(i / 3) % 3] ?? 'no',
        t1: scale[Math.floor(i / 9) % 3] ?? 'no',
      };
      store.add(createAnswersFile(mini, answers), 'auto');
    }
    const { snapshots, unreadable } = store.getState();
    expect(unreadable).toBe(0);
    expect(snapshots.filter((s) => s.source === 'manual')).toHaveLength(1);
    const autos = snapshots.filter((s) => s.source === 'auto');
    expect(autos).toHaveLength(MAX_AUTO_SNAPSHOTS);
    // The two oldest automatic ones went: the first kept is the third made.
    expect(autos[0]?.file.answers).toEqual({ o1: 'arranged', f1: 'no', t1: 'no' });
  });

  it('dates a snapshot from a file by when its answers were last changed', () => {
    const store = createSnapshotStore(mini, memoryStorage(), clock);
    const file = { ...createAnswersFile(mini, { o1: 'no' }), updatedAt: '2025-03-01T09:00:00.000Z' };
    const snapshot = store.add(file, 'file', 'vorig-jaar.json');
    expect(snapshot).toMatchObject({ savedAt: '2025-03-01T09:00:00.000Z', fileName: 'vorig-jaar.json' });
  });

  it('keeps an unreadable entry as it is and counts it, and removes only what is asked', () => {
    const storage = memoryStorage();
    storage.setItem(
      key,
      JSON.stringify([{ id: 'broken', savedAt: 'x', source: 'auto', file: { answers: 1 } }]),
    );
    const store = createSnapshotStore(mini, storage, clock);
    expect(store.getState()).toMatchObject({ snapshots: [], unreadable: 1 });
    const added = store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    store.remove(added?.id ?? '');
    expect(JSON.parse(storage.getItem(key) ?? '[]')).toEqual([
      { id: 'broken', savedAt: 'x', source: 'auto', file: { answers: 1 } },
    ]);
  });

  it('survives storage that is not JSON, and says when it cannot save', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    const store = createSnapshotStore(mini, storage, clock);
    expect(store.getState().snapshots).toEqual([]);
    const blocked = createSnapshotStore(mini, null, clock);
    blocked.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    expect(blocked.getState()).toMatchObject({ saveFailed: true });
    expect(blocked.getState().snapshots).toHaveLength(1);
  });
});
