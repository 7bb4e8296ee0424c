/**
 * The scan's answers in this browser: read and checked once at start, saved at every change,
 * kept in step with other tabs. The one place where saved data is repaired or rejected.
 *
 * - Saved in localStorage as an answers file (the same format as export and the CLI).
 * - A scan saved with an older version of the questionnaire is migrated when it is read (the same
 *   migration as the CLI uses); the original is kept in the backup key, and the user is told which
 *   answers to check.
 * - A saved scan that cannot be read is copied to a backup key before anything else is written,
 *   and the user chooses: continue with what could be read, or start afresh.
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
  dismissImported: () => void;
  resolveProblem: (choice: 'keep' | 'fresh') => void;
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

/** Every key this app keeps for a questionnaire starts with this: the scan, its backup, snapshots, the workshop. */
export function storagePrefix(questionnaire: Questionnaire): string {
  return `quickscan:${questionnaire.id}:`;
}

type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; file: AnswersFile; migration: MigrationResult | null }
  | { kind: 'problem'; problem: LoadProblem };

/**
 * @param storage the browser's localStorage, or null when it cannot be used
 * @param now the current time as ISO 8601, for `updatedAt`
 */
export function createScanStore(
  questionnaire: Questionnaire,
  storage: Storage | null,
  now: () => string = () => new Date().toISOString(),
): ScanStore {
  const key = answersStorageKey(questionnaire);
  const listeners = new Set<() => void>();
  const emptyFile = () => createAnswersFile(questionnaire, {});

  function readRaw(): string | null {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  function read(): ReadResult {
    const raw = readRaw();
    if (raw === null) return { kind: 'empty' };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      const detail = error instanceof Error ? error.message : 'not JSON';
      return { kind: 'problem', problem: { reason: 'not-json', detail, salvaged: undefined } };
    }
    const parsed = parseAnswersFile(questionnaire, data);
    if (parsed.ok) return { kind: 'ok', file: parsed.value, migration: parsed.migration };
    return {
      kind: 'problem',
      problem: {
        reason: 'invalid',
        detail: parsed.issues[0] ?? 'invalid',
        salvaged: salvageAnswersFile(questionnaire, data),
      },
    };
  }

  function write(file: AnswersFile): boolean {
    if (!storage) return false;
    try {
      storage.setItem(key, JSON.stringify(file));
      return true;
    } catch {
      return false;
    }
  }

  /** Copies what is saved now to the backup key, before anything can overwrite it. */
  function backUp() {
    try {
      const raw = readRaw();
      if (raw !== null) storage?.setItem(backupStorageKey(questionnaire), raw);
    } catch {
      // Nothing more can be done when storage refuses; the data itself is still there.
    }
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
    return fresh(emptyFile(), { saveFailed: storage === null });
  }

  let state = initialState();

  function setState(next: ScanState) {
    state = next;
    for (const listener of listeners) listener();
  }

  /** Applies a change to the latest saved version (another tab may have saved since), then saves. */
  function update(change: (file: AnswersFile) => AnswersFile) {
    const latest = state.problem === null ? read() : ({ kind: 'empty' } as const);
    if (latest.kind === 'problem' || state.heldElsewhere) {
      // Another tab saved what this one cannot read: keep it, change only the screen, and say so.
      setState({ ...state, file: change(state.file), heldElsewhere: true });
      return;
    }
    const base = latest.kind === 'ok' ? latest.file : state.file;
    const next = { ...change(base), updatedAt: now() };
    const saved = write(next);
    setState({
      ...state,
      file: next,
      saveFailed: !saved,
      updatedElsewhere: false,
      cleared: false,
      imported: false,
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
      if (state.heldElsewhere || read().kind === 'problem') {
        setState({ ...state, heldElsewhere: true });
        return;
      }
      // The replaced scan stays in the backup key until the next replacement or "clear my data".
      backUp();
      const next = { ...file, updatedAt: now() };
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
    clear() {
      // Everything this app keeps for the questionnaire: the scan, its backup, snapshots and the workshop.
      try {
        const prefix = storagePrefix(questionnaire);
        const keys: string[] = [];
        for (let i = 0; i < (storage?.length ?? 0); i += 1) {
          const name = storage?.key(i);
          if (name?.startsWith(prefix)) keys.push(name);
        }
        for (const name of keys) storage?.removeItem(name);
      } catch {
        // Storage refused; the in-memory scan is cleared all the same.
      }
      setState(fresh(emptyFile(), { cleared: true }));
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
