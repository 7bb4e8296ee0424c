import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { createCopyStore } from './copy-store.ts';
import { createStorageLayer, storagePrefix } from './storage-layer.ts';

const mini = loadMiniQuestionnaire();
const clock = () => '2026-12-01T10:00:00.000Z';

describe('the copy store', () => {
  it('remembers when the answers file was last saved, and of which version of the scan', () => {
    const storage = new MemoryStorage();
    const store = createCopyStore(createStorageLayer(storage, storagePrefix(mini)), clock, undefined);
    expect(store.getState()).toEqual({ lastCopyAt: null, copyOf: null, persistence: 'unsupported' });
    store.recordCopy({ ...createAnswersFile(mini, { o1: 'no' }), updatedAt: '2026-11-30T09:00:00.000Z' });
    const again = createCopyStore(createStorageLayer(storage, storagePrefix(mini)), clock, undefined);
    expect(again.getState()).toMatchObject({ lastCopyAt: clock(), copyOf: '2026-11-30T09:00:00.000Z' });
  });

  it('says what the browser answered when asked to keep its storage', async () => {
    const layer = createStorageLayer(new MemoryStorage(), storagePrefix(mini));
    const granted = createCopyStore(layer, clock, { persist: () => Promise.resolve(true) });
    expect(granted.getState().persistence).toBe('unknown');
    expect(await granted.requestPersistence()).toBe('granted');
    const denied = createCopyStore(layer, clock, { persist: () => Promise.resolve(false) });
    expect(await denied.requestPersistence()).toBe('denied');
    const failing = createCopyStore(layer, clock, { persist: () => Promise.reject(new Error('no')) });
    expect(await failing.requestPersistence()).toBe('denied');
    expect(failing.getState().persistence).toBe('denied');
  });

  it('reports storage already kept from an earlier visit without asking again', async () => {
    let asked = 0;
    const store = createCopyStore(createStorageLayer(new MemoryStorage(), storagePrefix(mini)), clock, {
      persist: () => {
        asked += 1;
        return Promise.resolve(true);
      },
      persisted: () => Promise.resolve(true),
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().persistence).toBe('granted');
    expect(asked).toBe(0);
  });
});
