/**
 * The scan's answers in this browser: read and checked once at start, saved at every change,
 * kept in step with other tabs. Its keys are read and written only through the storage layer's rule
 * (`storage-layer.ts`): back up what cannot be read, never overwrite it, keep working in memory when storage fails.
 *
 * - Saved in localStorage as an answers file (the same format as export and the CLI). The day the scan was made
 *   (`scannedAt`) is set at the first change of a scan that has none.
 * - A scan saved with an older version of the questionnaire is migrated when it is read (the same
 *   migration as the CLI uses); the original is kept in the backup key, and the user is told which
 *   answers to check.
 * - A saved scan that cannot be read (damaged, too deep, foreign) is copied to a backup key before anything else is
 *   written, and the user chooses: continue with what could be read, or start afresh. It never locks the app.
 * - Each change is merged into the latest saved version, and a change in another tab is taken over
 *   at once, so two tabs never silently overwrite each other's answers.
 * - When another tab saves a scan this tab cannot read (made by a newer version of the app, after an
 *   update), this tab stops saving and asks for a reload: it never overwrites the newer scan.
 */
import {
  createAnswersFile,
  MAX_EVIDENCE_WHERE_LENGTH,
  MAX_DRAFT_LENGTH,
  MAX_NOTE_LENGTH,
  parseAnswersFile,
  salvageAnswersFile,
  type AnswersFile,
  type EvidenceEntry,
  type SalvagedAnswers,
} from '../../questionnaire/answers-file.ts';
import type { MigrationResult } from '../../questionnaire/migrations/answer-migration.ts';
import type { ApplicationQuestionId } from '../../questionnaire/ids.ts';
import type { Questionnaire, ThemeId } from '../../questionnaire/schema.ts';
import { localDate } from '../../templates/local-date.ts';
import { parseStoredJson, storagePrefix, type StorageLayer } from './storage-layer.ts';

export { storagePrefix };

export interface LoadProblem {
  reason: 'not-json' | 'invalid';
  /** The first technical issue, for support. */
  detail: string;
  /** What could be read, if anything. */
  salvaged: SalvagedAnswers | undefined;
}

export interface ScanState {
  file: AnswersFile;
  /** A saved scan that could not be read and awaits the user's choice; null when all is well. */
  problem: LoadProblem | null;
  /** The last save failed (storage blocked or full): answers live in memory only. */
  saveFailed: boolean;
  /** The answers were just updated by another tab. */
  updatedElsewhere: boolean;
  /** The user has just cleared the data. */
  cleared: boolean;
  /** The saved scan was made with an older version of the questionnaire and has just been migrated. */
  migration: MigrationResult | null;
  /**
   * Another tab saved a scan this tab cannot read (a newer version of the app): this tab no longer
   * saves, so the newer scan is never overwritten, and asks the user to reload.
   */
  heldElsewhere: boolean;
  /** A file was just imported in place of the answers; the migration, if any, is in `migration`. */
  imported: boolean;
  /** A new scan has just started from the previous one ("Nieuwe scan"); until the next change. */
  startedNew: boolean;
}

export interface ScanStore {
  getState: () => ScanState;
  subscribe: (listener: () => void) => () => void;
  setAnswer: (questionId: string, optionId: string | null) => void;
  setOrganisationName: (name: string) => void;
  /** The organisation's own words for a theme, kept as typed (cut at the limit); empty text removes it. */
  setNote: (themeId: ThemeId, text: string) => void;
  /**
   * The organisation's own draft for an open question of the application, kept as typed (cut at the limit), also
   * when empty; `null` removes it, so that the report suggests a text again.
   */
  setDraft: (questionId: ApplicationQuestionId, text: string | null) => void;
  /** Whether the organisation has a piece of evidence and where; "no and nowhere" removes the entry. */
  setEvidence: (questionId: string, entry: EvidenceEntry) => void;
  /** Replaces the whole scan by a file that has been parsed with `parseAnswersFile` (import, consensus). */
  replaceFile: (file: AnswersFile, migration?: MigrationResult | null) => void;
  /**
   * A new scan that starts from this one: answers, notes, evidence and drafts carried, made on `day` (YYYY-MM-DD).
   * Keep the current scan first (a snapshot): this only changes the scan in place.
   */
  startNewScan: (day: string) => void;
  /** The day this scan was made (YYYY-MM-DD), for a scan made earlier than the app recorded. */
  setScanDay: (day: string) => void;
  dismissImported: () => void;
  resolveProblem: (choice: 'keep' | 'fresh') => void;
  /** "Wis mijn gegevens": everything this app keeps for the questionnaire, through the storage layer. */
  clear: () => void;
  dismissUpdatedElsewhere: () => void;
  dismissMigration: () => void;
  /** Call with every `storage` event of the window. */
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

export function answersStorageKey(questionnaire: Questionnaire): string {
  return `quickscan:${questionnaire.id}:answers`;
}

export function backupStorageKey(questionnaire: Questionnaire): string {
  return `${answersStorageKey(questionnaire)}:backup`;
}

type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; file: AnswersFile; migration: MigrationResult | null }
  | { kind: 'problem'; problem: LoadProblem };

/**
 * @param layer the storage layer of this questionnaire (`createStorageLayer`)
 * @param now the current time as ISO 8601, for `updatedAt` and the scan day
 */
export function createScanStore(
  questionnaire: Questionnaire,
  layer: StorageLayer,
  now: () => string = () => new Date().toISOString(),
): ScanStore {
  const slot = layer.slot('answers', 'answers');
  const key = slot.key;
  const listeners = new Set<() => void>();
  const emptyFile = () => createAnswersFile(questionnaire, {});

  function readRaw(): string | null {
    const result = slot.read();
    return result.kind === 'text' ? result.text : null;
  }

  function read(): ReadResult {
    const raw = readRaw();
    if (raw === null) return { kind: 'empty' };
    const json = parseStoredJson(raw);
    if (!json.ok) {
      return { kind: 'problem', problem: { reason: 'not-json', detail: json.detail, salvaged: undefined } };
    }
    try {
      const parsed = parseAnswersFile(questionnaire, json.data);
      if (parsed.ok) return { kind: 'ok', file: parsed.value, migration: parsed.migration };
      return {
        kind: 'problem',
        problem: {
          reason: 'invalid',
          detail: parsed.issues[0] ?? 'invalid',
          salvaged: salvageAnswersFile(questionnaire, json.data),
        },
      };
    } catch (error) {
      // The boundary never throws; should it all the same, the app must not be locked by what it kept.
      const detail = error instanceof Error ? error.message : 'unreadable';
      return { kind: 'problem', problem: { reason: 'invalid', detail, salvaged: undefined } };
    }
  }

  function write(file: AnswersFile): boolean {
    return slot.write(JSON.stringify(file));
  }

  /** Copies what is saved now to a backup key of its own, before anything can overwrite it. */
  function backUp() {
    const raw = readRaw();
    if (raw !== null) slot.backUp(raw);
  }

  /** The scan day for a file that has answers and none yet: today on the user's clock. */
  function withScanDay(file: AnswersFile): AnswersFile {
    if (file.scannedAt || Object.keys(file.answers).length === 0) return file;
    return { ...file, scannedAt: localDate(new Date(now())) };
  }

  /** A state without notices or problems for this file; `extra` sets what differs. */
  const fresh = (file: AnswersFile, extra: Partial<ScanState> = {}): ScanState => ({
    file,
    problem: null,
    saveFailed: false,
    updatedElsewhere: false,
    cleared: false,
    migration: null,
    heldElsewhere: false,
    imported: false,
    startedNew: false,
    ...extra,
  });

  function initialState(): ScanState {
    const result = read();
    if (result.kind === 'ok' && result.migration) {
      // Keep the original, then save the migrated scan so that the app and other tabs use the new version.
      backUp();
      return fresh(result.file, { saveFailed: !write(result.file), migration: result.migration });
    }
    if (result.kind === 'ok') return fresh(result.file);
    if (result.kind === 'problem') {
      backUp();
      return fresh(emptyFile(), { problem: result.problem });
    }
    return fresh(emptyFile(), { saveFailed: slot.read().kind === 'blocked' });
  }

  let state = initialState();

  layer.onClear(() => setState(fresh(emptyFile(), { cleared: true })));

  function setState(next: ScanState) {
    state = next;
    for (const listener of listeners) listener();
  }

  /**
   * Applies a change to the latest saved version (another tab may have saved since), then saves. When the last save
   * failed, memory is ahead of storage: the change applies to memory, so nothing typed is lost.
   */
  function update(change: (file: AnswersFile) => AnswersFile) {
    const latest = state.problem === null && !state.saveFailed ? read() : ({ kind: 'empty' } as const);
    if (latest.kind === 'problem' || state.heldElsewhere) {
      // Another tab saved what this one cannot read: keep it, change only the screen, and say so.
      setState({ ...state, file: change(state.file), heldElsewhere: true });
      return;
    }
    const base = latest.kind === 'ok' ? latest.file : state.file;
    const next = { ...withScanDay(change(base)), updatedAt: now() };
    const saved = write(next);
    setState({
      ...state,
      file: next,
      saveFailed: !saved,
      updatedElsewhere: false,
      cleared: false,
      imported: false,
      startedNew: false,
    });
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer(questionId, optionId) {
      update((file) => {
        const answers = { ...file.answers };
        if (optionId === null) delete answers[questionId];
        else answers[questionId] = optionId;
        return { ...file, answers };
      });
    },
    setOrganisationName(name) {
      update((file) => {
        const { organisationName: _previous, ...rest } = file; // dropped, then set again below if given
        // Kept as typed (the file format trims when it is read back), so typing is never disturbed.
        return name.trim() === '' ? rest : { ...rest, organisationName: name };
      });
    },
    setNote(themeId, text) {
      update((file) => {
        const notes = { ...file.notes };
        if (text === '') delete notes[themeId];
        else notes[themeId] = text.slice(0, MAX_NOTE_LENGTH);
        const { notes: _previous, ...rest } = file;
        return Object.keys(notes).length === 0 ? rest : { ...rest, notes };
      });
    },
    setDraft(questionId, text) {
      update((file) => {
        const drafts = { ...file.drafts };
        if (text === null) delete drafts[questionId];
        else drafts[questionId] = text.slice(0, MAX_DRAFT_LENGTH);
        const { drafts: _previous, ...rest } = file;
        return Object.keys(drafts).length === 0 ? rest : { ...rest, drafts };
      });
    },
    setEvidence(questionId, entry) {
      update((file) => {
        const evidence = { ...file.evidence };
        if (!entry.have && entry.where === '') delete evidence[questionId];
        else
          evidence[questionId] = {
            have: entry.have,
            where: entry.where.slice(0, MAX_EVIDENCE_WHERE_LENGTH),
          };
        const { evidence: _previous, ...rest } = file;
        return Object.keys(evidence).length === 0 ? rest : { ...rest, evidence };
      });
    },
    replaceFile(file, migration = null) {
      if (state.heldElsewhere || (!state.saveFailed && read().kind === 'problem')) {
        setState({ ...state, heldElsewhere: true });
        return;
      }
      // The caller keeps the replaced scan where it matters (a snapshot, a workshop participant). A file that does
      // not say when it was made keeps the day its answers were last changed, before `updatedAt` becomes now.
      const day = file.scannedAt ?? (file.updatedAt ? localDate(new Date(file.updatedAt)) : undefined);
      const next = { ...file, ...(day ? { scannedAt: day } : {}), updatedAt: now() };
      const saved = write(next);
      setState(fresh(next, { saveFailed: !saved, migration, imported: true }));
    },
    dismissImported() {
      setState({ ...state, imported: false });
    },
    resolveProblem(choice) {
      const file = choice === 'keep' && state.problem?.salvaged ? state.problem.salvaged.file : emptyFile();
      const next = { ...file, updatedAt: now() };
      const saved = write(next);
      setState(fresh(next, { saveFailed: !saved }));
    },
    startNewScan(day) {
      update((file) => ({ ...file, scannedAt: day }));
      setState({ ...state, startedNew: true });
    },
    setScanDay(day) {
      update((file) => ({ ...file, scannedAt: day }));
    },
    clear() {
      // Everything this app keeps for the questionnaire: the layer tells every store, this one included.
      layer.clearAll();
    },
    dismissUpdatedElsewhere() {
      setState({ ...state, updatedElsewhere: false });
    },
    dismissMigration() {
      setState({ ...state, migration: null });
    },
    handleStorageEvent(event) {
      // key null: another tab cleared all storage.
      if (event.key !== key && event.key !== null) return;
      if (state.problem !== null) return;
      const result = read();
      if (result.kind === 'ok') {
        // A tab of an older version can save again once the newer tab's scan is readable here.
        setState({ ...state, file: result.file, updatedElsewhere: true, heldElsewhere: false });
      } else if (result.kind === 'empty') {
        setState({ ...state, file: emptyFile(), updatedElsewhere: true, heldElsewhere: false });
      } else setState({ ...state, heldElsewhere: true });
    },
  };
}
