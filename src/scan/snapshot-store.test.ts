import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { createSnapshotStore, MAX_AUTO_SNAPSHOTS, scanDay, snapshotsStorageKey } from './snapshot-store.ts';
import { createStorageLayer, storagePrefix } from './storage-layer.ts';

const mini = loadMiniQuestionnaire();
const key = snapshotsStorageKey(mini);
const layerFor = (storage: Storage | null) => createStorageLayer(storage, storagePrefix(mini));

const memoryStorage = () => new MemoryStorage();

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, tick++)).toISOString();

describe('the snapshot store', () => {
  it('keeps snapshots in date order, and reads them back in another visit', () => {
    const storage = memoryStorage();
    const store = createSnapshotStore(mini, layerFor(storage), clock);
    store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    store.add(createAnswersFile(mini, { o1: 'partly' }), 'auto');
    const again = createSnapshotStore(mini, layerFor(storage), clock).getState();
    expect(again.snapshots.map((s) => [s.source, s.file.answers])).toEqual([
      ['manual', { o1: 'no' }],
      ['auto', { o1: 'partly' }],
    ]);
  });

  it('keeps an automatic snapshot only for answers it has not kept before', () => {
    const store = createSnapshotStore(mini, layerFor(memoryStorage()), clock);
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'auto').kind).toBe('added');
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'auto').kind).toBe('already');
    expect(store.add(createAnswersFile(mini, { o1: 'no' }), 'manual').kind).toBe('added');
    expect(store.getState().snapshots).toHaveLength(2);
  });

  it('drops the oldest automatic snapshot when there are too many, never a manual one', () => {
    const store = createSnapshotStore(mini, layerFor(memoryStorage()), clock);
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

  it('dates a scan by its scan day, else by when its answers were last changed, else not at all', () => {
    const file = createAnswersFile(mini, { o1: 'no' });
    expect(scanDay({ ...file, scannedAt: '2025-03-01', updatedAt: '2025-04-02T09:00:00.000Z' })).toBe(
      '2025-03-01',
    );
    expect(scanDay({ ...file, updatedAt: '2025-04-02T09:00:00.000Z' })).toBe('2025-04-02');
    expect(scanDay(file)).toBeNull();
  });

  it('keeps a snapshot from a file with the moment it was kept, and orders snapshots by the day of the scan', () => {
    const store = createSnapshotStore(mini, layerFor(memoryStorage()), clock);
    store.add({ ...createAnswersFile(mini, { o1: 'partly' }), scannedAt: '2026-01-10' }, 'manual');
    const old = { ...createAnswersFile(mini, { o1: 'no' }), scannedAt: '2025-03-01' };
    const result = store.add(old, 'file', 'vorig-jaar.json');
    expect(result).toMatchObject({ kind: 'added', saved: true, snapshot: { fileName: 'vorig-jaar.json' } });
    expect(result.snapshot.savedAt).not.toBe('2025-03-01');
    expect(store.getState().snapshots.map((s) => s.file.scannedAt)).toEqual(['2025-03-01', '2026-01-10']);
  });

  it('recognises the same file opened twice, also when its keys are in another order', () => {
    const store = createSnapshotStore(mini, layerFor(memoryStorage()), clock);
    const file = { ...createAnswersFile(mini, { o1: 'no', f1: 'partly' }), scannedAt: '2025-03-01' };
    const first = store.add(file, 'file', 'a.json');
    const reordered = JSON.parse(
      `{"answers":{"f1":"partly","o1":"no"},${JSON.stringify({ ...file, answers: undefined }).slice(1)}`,
    ) as typeof file;
    const second = store.add(reordered, 'file', 'a-kopie.json');
    expect(second).toEqual({ kind: 'already', snapshot: first.snapshot });
    expect(store.getState().snapshots).toHaveLength(1);
    expect(store.add({ ...file, scannedAt: '2025-03-02' }, 'file', 'b.json').kind).toBe('added');
  });

  it('sets the day of an older scan and keeps it', () => {
    const storage = memoryStorage();
    const store = createSnapshotStore(mini, layerFor(storage), clock);
    const { snapshot } = store.add(createAnswersFile(mini, { o1: 'no' }), 'file', 'oud.json');
    expect(store.setScanDay(snapshot.id, '2024-09-15')).toBe(true);
    expect(createSnapshotStore(mini, layerFor(storage), clock).getState().snapshots[0]?.file.scannedAt).toBe(
      '2024-09-15',
    );
  });

  it('keeps an unreadable entry as it is and counts it, and removes only what is asked', () => {
    const storage = memoryStorage();
    storage.setItem(
      key,
      JSON.stringify([{ id: 'broken', savedAt: 'x', source: 'auto', file: { answers: 1 } }]),
    );
    const store = createSnapshotStore(mini, layerFor(storage), clock);
    expect(store.getState()).toMatchObject({ snapshots: [], unreadable: 1 });
    const added = store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    store.remove(added.snapshot.id);
    expect(JSON.parse(storage.getItem(key) ?? '[]')).toEqual([
      { id: 'broken', savedAt: 'x', source: 'auto', file: { answers: 1 } },
    ]);
  });

  it('backs up snapshots that are not JSON before the next save, and says when it cannot save', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{not json');
    const store = createSnapshotStore(mini, layerFor(storage), clock);
    expect(store.getState()).toMatchObject({ snapshots: [], backupKey: `${key}:backup` });
    store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    expect(storage.getItem(`${key}:backup`)).toBe('{not json');
    expect(store.getState().snapshots).toHaveLength(1);
    const blocked = createSnapshotStore(mini, layerFor(null), clock);
    blocked.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    expect(blocked.getState()).toMatchObject({ saveFailed: true });
    expect(blocked.getState().snapshots).toHaveLength(1);
  });

  it('tells the truth when storage is full: the snapshot is there for this visit, not saved', () => {
    const storage = memoryStorage();
    const layer = layerFor(storage);
    const store = createSnapshotStore(mini, layer, clock);
    storage.isFull = true;
    const result = store.add(createAnswersFile(mini, { o1: 'no' }), 'manual');
    expect(result).toMatchObject({ kind: 'added', saved: false });
    store.add(createAnswersFile(mini, { o1: 'partly' }), 'manual');
    expect(store.getState().snapshots).toHaveLength(2);
    expect(layer.getStatus()).toMatchObject({ health: 'full', unsaved: ['snapshots'] });
  });
});

describe('a new scan a year later', () => {
  it('keeps the previous scan as a dated snapshot and carries everything into the new one', async () => {
    const { createScanStore } = await import('./scan-store.ts');
    const { startNewScan } = await import('./new-scan.ts');
    const storage = memoryStorage();
    const layer = layerFor(storage);
    const store = createScanStore(mini, layer, () => '2025-11-20T10:00:00.000Z');
    const snapshots = createSnapshotStore(mini, layer, clock);
    store.setAnswer('o1', 'partly');
    store.setNote('openness', 'Lunchlezing');
    expect(startNewScan(store, snapshots, '2026-11-24')).toBe('2025-11-20');
    expect(snapshots.getState().snapshots.map((s) => [s.source, s.file.scannedAt, s.file.notes])).toEqual([
      ['rescan', '2025-11-20', { openness: 'Lunchlezing' }],
    ]);
    expect(store.getState().file).toMatchObject({
      scannedAt: '2026-11-24',
      answers: { o1: 'partly' },
      notes: { openness: 'Lunchlezing' },
    });
    const again = createSnapshotStore(mini, layerFor(storage), clock).getState().snapshots;
    expect(again).toHaveLength(1);
  });
});
