import { describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT_VERSION, createAnswersFile } from '../../questionnaire/answers-file.ts';
import { MemoryStorage } from '../../tests/fixtures/memory-storage.ts';
import { loadMiniQuestionnaire } from '../../tests/fixtures/mini-questionnaire.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { localDate } from '../../templates/local-date.ts';
import { answersStorageKey, backupStorageKey, createScanStore } from './scan-store.ts';
import { createStorageLayer, storagePrefix } from './storage-layer.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';

const layerFor = (questionnaire: Questionnaire, storage: Storage | null) =>
  createStorageLayer(storage, storagePrefix(questionnaire));

const mini = loadMiniQuestionnaire();
const key = answersStorageKey(mini);
const clock = () => '2026-11-22T10:00:00.000Z';

const saved = (storage: Storage) => JSON.parse(storage.getItem(key) ?? 'null');

describe('the scan store', () => {
  it('saves every answer at once as an answers file with the questionnaire id and version', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setAnswer('intake-size', 'fewer-than-10');
    store.setAnswer('o1', 'partly');
    expect(saved(storage)).toEqual({
      ...createAnswersFile(mini, { 'intake-size': 'fewer-than-10', o1: 'partly' }),
      scannedAt: localDate(new Date(clock())),
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(createScanStore(mini, layerFor(mini, storage)).getState().file.answers).toEqual({
      'intake-size': 'fewer-than-10',
      o1: 'partly',
    });
  });

  it('saves notes as typed and evidence at once, and reads them back after a reload', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    const note = ' Lunchlezing <b>"Werk & zorg"</b>;\nmaart ';
    store.setNote('openness', note);
    store.setEvidence('o1', { have: true, where: 'HR-handboek §4.2' });
    store.setEvidence('e1', { have: false, where: 'intranet' });
    expect(saved(storage).notes).toEqual({ openness: note });
    const reloaded = createScanStore(mini, layerFor(mini, storage)).getState().file;
    expect(reloaded.notes).toEqual({ openness: note });
    expect(reloaded.evidence).toEqual({
      o1: { have: true, where: 'HR-handboek §4.2' },
      e1: { have: false, where: 'intranet' },
    });
  });

  it('removes an emptied note and an unticked entry without a place, and cuts text at the limit', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setNote('openness', 'x');
    store.setNote('openness', '');
    store.setEvidence('o1', { have: true, where: '' });
    store.setEvidence('o1', { have: false, where: '' });
    expect(saved(storage)).not.toHaveProperty('notes');
    expect(saved(storage)).not.toHaveProperty('evidence');
    store.setNote('tailored', 'y'.repeat(2500));
    expect(saved(storage).notes.tailored).toHaveLength(2000);
    expect(createScanStore(mini, layerFor(mini, storage)).getState().problem).toBeNull();
  });

  it('saves an application draft as typed, also emptied, and removes it when the suggestion is put back', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    const draft = ' Wij <b>praten</b> elk jaar;\n\n"Werk & zorg" ';
    store.setDraft('dialogue', draft);
    store.setDraft('embedding', '');
    expect(saved(storage).drafts).toEqual({ dialogue: draft, embedding: '' });
    expect(createScanStore(mini, layerFor(mini, storage)).getState().file.drafts).toEqual({
      dialogue: draft,
      embedding: '',
    });
    store.setDraft('awareness', 'z'.repeat(12_000));
    expect(saved(storage).drafts.awareness).toHaveLength(10_000);
    store.setDraft('dialogue', null);
    store.setDraft('embedding', null);
    store.setDraft('awareness', null);
    expect(saved(storage)).not.toHaveProperty('drafts');
    expect(createScanStore(mini, layerFor(mini, storage)).getState().problem).toBeNull();
  });

  it('reports a saved scan that is not JSON, keeps a backup, and starts afresh only when asked', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, '{"answers": {"o1": "par');
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    expect(store.getState().problem).toMatchObject({ reason: 'not-json', salvaged: undefined });
    expect(storage.getItem(backupStorageKey(mini))).toBe('{"answers": {"o1": "par');
    store.resolveProblem('fresh');
    expect(store.getState().problem).toBeNull();
    expect(saved(storage).answers).toEqual({});
    expect(storage.getItem(backupStorageKey(mini))).toBe('{"answers": {"o1": "par');
  });

  it('keeps what can be read of a scan saved with another version, when the user chooses so', () => {
    const storage = new MemoryStorage();
    const old = {
      ...createAnswersFile(mini, { o1: 'partly', o2: 'gone-option', removed: 'no' }),
      questionnaire: { id: 'mini', version: '0.9.0' },
    };
    storage.setItem(key, JSON.stringify(old));
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    expect(store.getState().problem).toMatchObject({ reason: 'invalid', salvaged: { kept: 1, dropped: 2 } });
    expect(store.getState().problem?.detail).toMatch(/version 0\.9\.0/);
    store.resolveProblem('keep');
    expect(saved(storage).answers).toEqual({ o1: 'partly' });
    expect(saved(storage).questionnaire).toEqual({ id: 'mini', version: '1.0.0' });
  });

  it('migrates a scan saved with an older version of the shipped questionnaire, keeps the original, and says so', () => {
    const shipped = loadShipped();
    const storage = new MemoryStorage();
    const original = JSON.stringify({
      format: 'quickscan-answers',
      formatVersion: 1,
      questionnaire: { id: shipped.id, version: '1.0.0' },
      organisationName: 'Bakkerij ’t Hoekje',
      answers: {
        'intake-size': 'fewer-than-10',
        'tailored-leave-saving': 'arranged',
        'legal-uptake-known': 'no',
      },
    });
    storage.setItem(answersStorageKey(shipped), original);
    const store = createScanStore(shipped, layerFor(shipped, storage), clock);
    const state = store.getState();
    expect(state.problem).toBeNull();
    expect(state.migration).toMatchObject({ from: '1.0.0', to: shipped.version });
    expect(state.migration?.notes.map((n) => [n.questionId, n.kind])).toEqual([
      ['tailored-leave-saving', 'split'],
      ['tailored-leave-donating', 'split'],
      ['legal-uptake-known', 'dropped'],
    ]);
    const stored = JSON.parse(storage.getItem(answersStorageKey(shipped)) ?? 'null');
    expect(stored.questionnaire.version).toBe(shipped.version);
    expect(stored.organisationName).toBe('Bakkerij ’t Hoekje');
    expect(stored.answers).toEqual({
      'intake-size': 'fewer-than-10',
      'tailored-leave-saving': 'arranged',
      'tailored-leave-donating': 'arranged',
    });
    expect(storage.getItem(backupStorageKey(shipped))).toBe(original);
    // Read again, the scan is current: nothing more to migrate.
    expect(createScanStore(shipped, layerFor(shipped, storage), clock).getState().migration).toBeNull();
    store.dismissMigration();
    expect(store.getState().migration).toBeNull();
  });

  it('does not let two tabs overwrite each other: each change is merged into the latest saved answers', () => {
    const storage = new MemoryStorage();
    const tabA = createScanStore(mini, layerFor(mini, storage), clock);
    const tabB = createScanStore(mini, layerFor(mini, storage), clock);
    tabA.setAnswer('o1', 'partly');
    tabB.setAnswer('o2', 'arranged'); // tab B has not heard of tab A's answer yet
    expect(saved(storage).answers).toEqual({ o1: 'partly', o2: 'arranged' });
    tabA.handleStorageEvent({ key });
    expect(tabA.getState().file.answers).toEqual({ o1: 'partly', o2: 'arranged' });
    expect(tabA.getState().updatedElsewhere).toBe(true);
  });

  it('never overwrites a scan that a tab with a newer questionnaire version saved, and asks for a reload', () => {
    const storage = new MemoryStorage();
    const olderTab = createScanStore(mini, layerFor(mini, storage), clock);
    olderTab.setAnswer('o1', 'partly');
    // A tab running a newer version of the app saves its scan (migrated to its newer questionnaire).
    const newer = JSON.stringify({
      ...createAnswersFile(mini, { o1: 'arranged', 'o-new': 'yes' }),
      questionnaire: { id: 'mini', version: '2.0.0' },
    });
    storage.setItem(key, newer);
    olderTab.handleStorageEvent({ key });
    expect(olderTab.getState().heldElsewhere).toBe(true);
    // A change in the older tab shows on its screen but is not saved over the newer scan.
    olderTab.setAnswer('o2', 'no');
    expect(storage.getItem(key)).toBe(newer);
    expect(olderTab.getState().file.answers).toMatchObject({ o2: 'no' });
    olderTab.replaceFile(createAnswersFile(mini, { o1: 'no' }));
    expect(storage.getItem(key)).toBe(newer);
  });

  it('also refuses to save when the newer scan appeared without a storage event', () => {
    const storage = new MemoryStorage();
    const olderTab = createScanStore(mini, layerFor(mini, storage), clock);
    const newer = JSON.stringify({
      ...createAnswersFile(mini, {}),
      formatVersion: ANSWERS_FORMAT_VERSION + 1,
    });
    storage.setItem(key, newer);
    olderTab.setAnswer('o1', 'partly');
    expect(storage.getItem(key)).toBe(newer);
    expect(olderTab.getState().heldElsewhere).toBe(true);
  });

  it('replaces the scan by an imported file, which keeps the day it was made', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setAnswer('o1', 'partly');
    store.replaceFile(
      createAnswersFile(
        mini,
        { o1: 'arranged', o2: 'no' },
        { organisationName: 'Bakkerij', updatedAt: '2025-03-04T10:00:00.000Z' },
      ),
    );
    expect(saved(storage)).toMatchObject({ scannedAt: '2025-03-04', updatedAt: clock() });
    store.replaceFile(createAnswersFile(mini, { o1: 'no' }, { scannedAt: '2024-01-02' }));
    expect(saved(storage)).toMatchObject({ scannedAt: '2024-01-02' });
    store.replaceFile(
      createAnswersFile(mini, { o1: 'arranged', o2: 'no' }, { organisationName: 'Bakkerij' }),
    );
    expect(saved(storage)).toMatchObject({
      answers: { o1: 'arranged', o2: 'no' },
      organisationName: 'Bakkerij',
    });
    expect(storage.getItem(backupStorageKey(mini))).toBeNull();
    expect(store.getState()).toMatchObject({ imported: true, migration: null, cleared: false });
  });

  it('clears everything the app keeps for the questionnaire, and nothing else', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setAnswer('o1', 'partly');
    storage.setItem('quickscan:mini:snapshots', '[]');
    storage.setItem('quickscan:mini:workshop', '{}');
    storage.setItem('quickscan:language', 'en');
    store.clear();
    expect(storage.length).toBe(1);
    expect(storage.getItem('quickscan:language')).toBe('en');
  });

  it('ignores storage events for other keys', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.handleStorageEvent({ key: 'quickscan:language' });
    expect(store.getState().updatedElsewhere).toBe(false);
  });

  it('keeps answers in memory and says so when the browser refuses to save', () => {
    const storage = new MemoryStorage();
    storage.isFull = true;
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setAnswer('o1', 'arranged');
    expect(store.getState()).toMatchObject({ saveFailed: true, file: { answers: { o1: 'arranged' } } });
    storage.isFull = false;
    store.setAnswer('o2', 'no');
    expect(store.getState().saveFailed).toBe(false);
    expect(saved(storage).answers).toEqual({ o1: 'arranged', o2: 'no' });
  });

  it('works without storage at all, and says that answers are not kept', () => {
    const store = createScanStore(mini, layerFor(mini, null), clock);
    expect(store.getState().saveFailed).toBe(true);
    store.setAnswer('o1', 'no');
    expect(store.getState().file.answers).toEqual({ o1: 'no' });
  });

  it('clears the answers and the backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(key, 'garbage');
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.resolveProblem('fresh');
    store.setOrganisationName('Bakkerij ’t Hoekje ');
    store.clear();
    expect(storage.getItem(key)).toBeNull();
    expect(storage.getItem(backupStorageKey(mini))).toBeNull();
    expect(store.getState()).toMatchObject({ cleared: true, file: { answers: {} } });
    expect(store.getState().file.organisationName).toBeUndefined();
  });

  it('notifies subscribers of every change', () => {
    const store = createScanStore(mini, layerFor(mini, new MemoryStorage()), clock);
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.setAnswer('o1', 'no');
    store.setAnswer('o1', null);
    unsubscribe();
    store.setAnswer('o1', 'partly');
    expect(calls).toBe(2);
  });
});

describe('the scan store in the storage layer', () => {
  it('keeps every change in memory when storage is full, and never goes back to the older saved version', () => {
    const storage = new MemoryStorage();
    const layer = layerFor(mini, storage);
    const store = createScanStore(mini, layer, clock);
    store.setAnswer('o1', 'partly');
    storage.isFull = true;
    store.setAnswer('o2', 'no');
    store.setNote('openness', 'Lunchlezing');
    expect(store.getState().file.answers).toEqual({ o1: 'partly', o2: 'no' });
    expect(store.getState().file.notes).toEqual({ openness: 'Lunchlezing' });
    expect(layer.getStatus()).toMatchObject({ health: 'full', unsaved: ['answers'] });
    storage.isFull = false;
    store.setAnswer('f1', 'no');
    expect(saved(storage).answers).toEqual({ o1: 'partly', o2: 'no', f1: 'no' });
    expect(layer.getStatus()).toMatchObject({ health: 'ok', unsaved: [] });
  });

  it('starts a new scan from the previous one: everything carried, a new scan day', () => {
    const storage = new MemoryStorage();
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    store.setAnswer('o1', 'partly');
    store.setNote('openness', 'Lunchlezing');
    store.setEvidence('o1', { have: true, where: 'map' });
    store.setScanDay('2025-11-20');
    expect(saved(storage).scannedAt).toBe('2025-11-20');
    store.startNewScan('2026-11-22');
    expect(saved(storage)).toMatchObject({
      scannedAt: '2026-11-22',
      answers: { o1: 'partly' },
      notes: { openness: 'Lunchlezing' },
      evidence: { o1: { have: true, where: 'map' } },
    });
  });

  it('backs up a saved scan nested too deep to read and offers the usual choice, never a locked app', () => {
    const storage = new MemoryStorage();
    const deep = `{"answers":${'['.repeat(8000)}${']'.repeat(8000)}}`;
    storage.setItem(key, deep);
    const store = createScanStore(mini, layerFor(mini, storage), clock);
    expect(store.getState().problem).not.toBeNull();
    expect(storage.getItem(backupStorageKey(mini))).toBe(deep);
    store.resolveProblem('fresh');
    store.setAnswer('o1', 'no');
    expect(saved(storage).answers).toEqual({ o1: 'no' });
    expect(storage.getItem(backupStorageKey(mini))).toBe(deep);
  });

  it('clears every store of the layer at once', () => {
    const storage = new MemoryStorage();
    const layer = layerFor(mini, storage);
    const store = createScanStore(mini, layer, clock);
    store.setAnswer('o1', 'partly');
    const other = layer.slot('snapshots', 'snapshots');
    other.write('[]');
    storage.setItem(`${key}:backup:2`, 'old');
    store.clear();
    expect(storage.length).toBe(0);
    expect(store.getState()).toMatchObject({ cleared: true, file: { answers: {} } });
  });
});
