import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { createStorageLayer, storagePrefix } from './storage-layer.ts';
import { createWorkshopStore, workshopStorageKey } from './workshop-store.ts';

const mini = loadMiniQuestionnaire();
const key = workshopStorageKey(mini);
const layerFor = (storage: Storage | null) => createStorageLayer(storage, storagePrefix(mini));

const memoryStorage = () => new MemoryStorage();

describe('the workshop store', () => {
  it('keeps participants and settled answers across visits', () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(mini, layerFor(storage));
    store.addParticipants([
      {
        file: createAnswersFile(mini, { o1: 'no' }, { participant: { role: 'hr' } }),
        source: 'file',
        fileName: 'a.json',
      },
      { file: createAnswersFile(mini, { o1: 'arranged' }), source: 'device' },
    ]);
    store.settle('o1', 'partly');
    const again = createWorkshopStore(mini, layerFor(storage)).getState();
    expect(again.participants.map((p) => [p.source, p.fileName, p.file.answers.o1])).toEqual([
      ['file', 'a.json', 'no'],
      ['device', undefined, 'arranged'],
    ]);
    expect(again.settled).toEqual({ o1: 'partly' });
  });

  it('changes a name and role, removes a participant, and goes back to the suggestion', () => {
    const store = createWorkshopStore(mini, layerFor(memoryStorage()));
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
    const store = createWorkshopStore(mini, layerFor(storage));
    expect(store.getState()).toMatchObject({ participants: [], unreadable: 1 });
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    const stored = JSON.parse(storage.getItem(key) ?? '{}') as { participants: unknown[] };
    expect(stored.participants[0]).toEqual(broken);
    expect(stored.participants).toHaveLength(2);
  });

  it('works in memory when storage is blocked, and says so', () => {
    const store = createWorkshopStore(mini, layerFor(null));
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    expect(store.getState()).toMatchObject({ saveFailed: true });
    expect(store.getState().participants).toHaveLength(1);
    store.clear();
    expect(store.getState().participants).toEqual([]);
  });

  it('keeps every participant added one after another when storage is blocked, and after a settle', () => {
    const layer = layerFor(null);
    const store = createWorkshopStore(mini, layer);
    for (const o1 of ['no', 'partly', 'arranged', 'no']) {
      expect(store.addParticipants([{ file: createAnswersFile(mini, { o1 }), source: 'device' }])).toBe(
        false,
      );
    }
    store.settle('o1', 'partly');
    expect(store.getState().participants.map((p) => p.file.answers.o1)).toEqual([
      'no',
      'partly',
      'arranged',
      'no',
    ]);
    expect(store.getState().settled).toEqual({ o1: 'partly' });
    expect(layer.getStatus()).toMatchObject({ health: 'blocked', unsaved: ['workshop'] });
  });

  it('keeps every participant in memory when storage becomes full, and saves them all once it has room', () => {
    const storage = memoryStorage();
    const layer = layerFor(storage);
    const store = createWorkshopStore(mini, layer);
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    storage.isFull = true;
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'partly' }), source: 'device' }]);
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'arranged' }), source: 'device' }]);
    expect(store.getState().participants).toHaveLength(3);
    expect(layer.getStatus()).toMatchObject({ health: 'full', unsaved: ['workshop'] });
    storage.isFull = false;
    store.settle('o1', 'no');
    expect(layer.getStatus()).toMatchObject({ health: 'ok', unsaved: [] });
    expect(createWorkshopStore(mini, layerFor(storage)).getState().participants).toHaveLength(3);
  });

  it('backs up a workshop it cannot read before the next save, and never overwrites that backup', () => {
    const storage = memoryStorage();
    storage.setItem(key, '{"participants": [oops');
    storage.setItem(`${key}:backup`, 'an older backup');
    const store = createWorkshopStore(mini, layerFor(storage));
    expect(store.getState()).toMatchObject({ participants: [], backupKey: `${key}:backup:2` });
    store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }]);
    expect(storage.getItem(`${key}:backup`)).toBe('an older backup');
    expect(storage.getItem(`${key}:backup:2`)).toBe('{"participants": [oops');
  });

  it('backs up a workshop with a participant it cannot read, and keeps that participant in place', () => {
    const storage = memoryStorage();
    const text = JSON.stringify({
      participants: [{ id: 'x', source: 'file', file: { answers: 1 } }],
      settled: {},
    });
    storage.setItem(key, text);
    const store = createWorkshopStore(mini, layerFor(storage));
    expect(store.getState()).toMatchObject({ unreadable: 1, backupKey: `${key}:backup` });
    expect(storage.getItem(`${key}:backup`)).toBe(text);
  });

  it('never writes over a workshop it could neither read nor back up', () => {
    const storage = memoryStorage();
    storage.setItem(key, 'not json');
    storage.isFull = true;
    const store = createWorkshopStore(mini, layerFor(storage));
    expect(store.getState().backupKey).toBeNull();
    storage.isFull = false;
    expect(store.addParticipants([{ file: createAnswersFile(mini, { o1: 'no' }), source: 'device' }])).toBe(
      false,
    );
    expect(storage.getItem(key)).toBe('not json');
    expect(store.getState().participants).toHaveLength(1);
  });
});

describe('the workshop store recognises a participant it already has', () => {
  const fromPhone = (id: string, o1: string, name?: string) =>
    createAnswersFile(
      mini,
      { o1 },
      { participant: { id, workshop: 'Workshop0001', role: 'hr', ...(name ? { name } : {}) } },
    );

  it('counts the same participant handed over twice once, and takes their changed answers', () => {
    const store = createWorkshopStore(mini, layerFor(memoryStorage()));
    const first = store.receiveParticipants([
      { file: fromPhone('Participant1', 'no'), source: 'room' },
      { file: fromPhone('Participant2', 'partly'), source: 'room' },
    ]);
    expect(first.received).toEqual([
      { kind: 'added', number: 1 },
      { kind: 'added', number: 2 },
    ]);
    const again = store.receiveParticipants([
      { file: { ...fromPhone('Participant1', 'no'), updatedAt: '2026-12-07T10:00:00Z' }, source: 'room' },
      { file: fromPhone('Participant2', 'arranged'), source: 'room' },
    ]);
    expect(again.received).toEqual([
      { kind: 'duplicate', number: 1 },
      { kind: 'updated', number: 2 },
    ]);
    expect(store.getState().participants.map((p) => p.file.answers.o1)).toEqual(['no', 'arranged']);
  });

  it('counts the same file opened twice once, and two different files without ids twice', () => {
    const store = createWorkshopStore(mini, layerFor(memoryStorage()));
    const updatedAt = '2026-12-01T10:00:00.000Z';
    const file = createAnswersFile(mini, { o1: 'no' }, { updatedAt });
    expect(store.addParticipants([{ file, source: 'file', fileName: 'a.json' }])).toBe(true);
    const result = store.receiveParticipants([
      { file: { ...file }, source: 'file', fileName: 'a (1).json' },
      {
        file: createAnswersFile(mini, { o1: 'no' }, { updatedAt: '2026-12-01T10:05:00.000Z' }),
        source: 'file',
      },
      { file: createAnswersFile(mini, { o1: 'no' }), source: 'file' },
      { file: createAnswersFile(mini, { o1: 'no' }), source: 'file' },
    ]);
    // Another file with the same answers is another person; so are two files that never say when they were made.
    expect(result.received.map((r) => r.kind)).toEqual(['duplicate', 'added', 'added', 'added']);
    expect(store.getState().participants).toHaveLength(4);
  });

  it('keeps the participant and workshop ids when the advisor corrects a name or role', () => {
    const store = createWorkshopStore(mini, layerFor(memoryStorage()));
    store.receiveParticipants([{ file: fromPhone('Participant1', 'no', 'Sam'), source: 'room' }]);
    const id = store.getState().participants[0]?.id ?? '';
    store.updateParticipant(id, { role: 'carer' });
    expect(store.getState().participants[0]?.file.participant).toEqual({
      role: 'carer',
      id: 'Participant1',
      workshop: 'Workshop0001',
    });
    expect(
      store.receiveParticipants([{ file: fromPhone('Participant1', 'partly'), source: 'room' }]).received,
    ).toEqual([{ kind: 'updated', number: 1 }]);
  });

  it('reads each participant once: a new arrival or a reveal leaves the participants already read as they were', () => {
    const store = createWorkshopStore(mini, layerFor(memoryStorage()));
    store.receiveParticipants([{ file: fromPhone('Participant1', 'no'), source: 'room' }]);
    const [first] = store.getState().participants;
    store.receiveParticipants([{ file: fromPhone('Participant2', 'partly'), source: 'room' }]);
    const afterArrival = store.getState().participants;
    expect(afterArrival).toHaveLength(2);
    expect(afterArrival[0]).toBe(first);
    // What the page computes from the participants (the comparison) need not be computed again for a reveal.
    store.setRevealed(true);
    store.settle('o1', 'no');
    expect(store.getState().participants).toBe(afterArrival);
    // A changed participant is read anew.
    store.receiveParticipants([{ file: fromPhone('Participant1', 'arranged'), source: 'room' }]);
    expect(store.getState().participants[0]?.file.answers.o1).toBe('arranged');
    expect(store.getState().participants[1]).toBe(afterArrival[1]);
  });

  it('keeps the room, the reveal and the single-role choice across visits, and clears them with the workshop', () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(mini, layerFor(storage));
    const room = {
      workshopId: 'Workshop0001',
      organisationName: 'Zorg & Co',
      intake: { o1: 'no' },
      startedAt: '2026-12-07T09:00:00Z',
    };
    store.startRoom(room);
    store.setRevealed(true);
    store.setShowSingleRoles(true);
    const again = createWorkshopStore(mini, layerFor(storage)).getState();
    expect(again).toMatchObject({ room, revealed: true, showSingleRoles: true });
    store.clear();
    expect(createWorkshopStore(mini, layerFor(storage)).getState()).toMatchObject({
      room: null,
      revealed: false,
      showSingleRoles: false,
    });
  });
});
