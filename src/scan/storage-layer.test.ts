import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { createKeptValue, createStorageLayer } from './storage-layer.ts';

const prefix = 'quickscan:test:';

/** A kept list of numbers; anything else stored is unreadable. */
const numbers = {
  decode(data: unknown) {
    if (!Array.isArray(data)) throw new Error('not a list');
    return { value: data as unknown[], damaged: data.some((item) => typeof item !== 'number') };
  },
  encode: (value: unknown[]) => value,
  empty: (): unknown[] => [],
};

describe('the storage layer', () => {
  it('reads once: a later change elsewhere in storage does not replace what is held in memory', () => {
    const storage = new MemoryStorage();
    const layer = createStorageLayer(storage, prefix);
    const kept = createKeptValue(layer, 'snapshots', 'list', numbers);
    kept.update((list) => [...list, 1]);
    storage.setItem(`${prefix}list`, '[]');
    kept.update((list) => [...list, 2]);
    expect(kept.getState().value).toEqual([1, 2]);
    expect(storage.getItem(`${prefix}list`)).toBe('[1,2]');
  });

  it('says blocked at once when there is no storage, and names what is in memory only', () => {
    const layer = createStorageLayer(null, prefix);
    expect(layer.getStatus()).toEqual({ health: 'blocked', unsaved: [], backups: [] });
    const kept = createKeptValue(layer, 'workshop', 'list', numbers);
    expect(kept.update(() => [1])).toBe(false);
    expect(kept.getState()).toMatchObject({ value: [1], saveFailed: true });
    expect(layer.getStatus()).toMatchObject({ health: 'blocked', unsaved: ['workshop'] });
  });

  it('tells full from blocked, and clears the status once a write succeeds again', () => {
    const storage = new MemoryStorage();
    const layer = createStorageLayer(storage, prefix);
    const seen: string[] = [];
    layer.subscribe(() => seen.push(layer.getStatus().health));
    const kept = createKeptValue(layer, 'answers', 'list', numbers);
    storage.isFull = true;
    kept.update(() => [1]);
    storage.isFull = false;
    kept.update(() => [1, 2]);
    expect(seen).toEqual(['full', 'ok']);
  });

  it('backs up what it cannot read under a key of its own, once per text, never over another backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${prefix}list`, '[1, "two"]');
    storage.setItem(`${prefix}list:backup`, 'older');
    const layer = createStorageLayer(storage, prefix);
    const kept = createKeptValue(layer, 'snapshots', 'list', numbers);
    expect(kept.getState()).toMatchObject({ damaged: true, backupKey: `${prefix}list:backup:2` });
    createKeptValue(createStorageLayer(storage, prefix), 'snapshots', 'list', numbers);
    expect(storage.getItem(`${prefix}list:backup`)).toBe('older');
    expect(storage.getItem(`${prefix}list:backup:2`)).toBe('[1, "two"]');
    expect(storage.getItem(`${prefix}list:backup:3`)).toBeNull();
    expect(layer.getStatus().backups).toEqual([`${prefix}list:backup:2`]);
  });

  it('treats a decoder that throws as unreadable data, never as a crash', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${prefix}list`, '{"a":1}');
    const layer = createStorageLayer(storage, prefix);
    const kept = createKeptValue(layer, 'snapshots', 'list', numbers);
    expect(kept.getState()).toMatchObject({ value: [], damaged: true, backupKey: `${prefix}list:backup` });
  });

  it('deletes every key of its prefix, backups too, and only those, and tells every kept value', () => {
    const storage = new MemoryStorage();
    storage.setItem('quickscan:language', 'en');
    storage.setItem('quickscan:other:list', '[9]');
    const layer = createStorageLayer(storage, prefix);
    const kept = createKeptValue(layer, 'snapshots', 'list', numbers);
    kept.update(() => [1]);
    storage.setItem(`${prefix}list:backup`, 'x');
    layer.clearAll();
    expect(kept.getState().value).toEqual([]);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).sort()).toEqual([
      'quickscan:language',
      'quickscan:other:list',
    ]);
  });

  it('takes over what another tab saved', () => {
    const storage = new MemoryStorage();
    const first = createKeptValue(createStorageLayer(storage, prefix), 'snapshots', 'list', numbers);
    const second = createKeptValue(createStorageLayer(storage, prefix), 'snapshots', 'list', numbers);
    first.update(() => [7]);
    second.handleStorageEvent({ key: `${prefix}list` });
    expect(second.getState().value).toEqual([7]);
    second.handleStorageEvent({ key: 'quickscan:other' });
    expect(second.getState().value).toEqual([7]);
  });
});

describe('stored text at the boundary', () => {
  it('backs up stored text with a key twice or nested too deep, as it does a file', () => {
    for (const text of ['[1, 2, {"a": 1, "a": 2}]', `[${'['.repeat(8000)}${']'.repeat(8000)}]`]) {
      const storage = new MemoryStorage();
      storage.setItem(`${prefix}list`, text);
      const kept = createKeptValue(createStorageLayer(storage, prefix), 'snapshots', 'list', numbers);
      expect(kept.getState()).toMatchObject({ value: [], damaged: true });
      expect(storage.getItem(`${prefix}list:backup`)).toBe(text);
    }
  });
});
