/**
 * Dated snapshots of scans in this browser, to compare an earlier scan with a later one (progress).
 *
 * Kept in localStorage under `quickscan:<questionnaire>:snapshots` as a list of answers files with a
 * date and where they came from. Each snapshot is read with `parseAnswersFile`, so a snapshot of an
 * older questionnaire version is migrated like any file; an entry that cannot be read is kept as it
 * is (never dropped) and counted, so that nothing is lost.
 */
import '../../questionnaire/zod-config.ts';
import * as z from 'zod/mini';
import { parseAnswersFile, type AnswersFile } from '../../questionnaire/answers-file.ts';
import type { Answers } from '../../questionnaire/questions.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { storagePrefix } from './scan-store.ts';

export type SnapshotSource = 'manual' | 'auto' | 'file';

export interface Snapshot {
  id: string;
  /** ISO 8601: when the snapshot was kept (for a file: when the answers were last changed, if known). */
  savedAt: string;
  source: SnapshotSource;
  /** The file name, for a snapshot loaded from a file. */
  fileName?: string;
  file: AnswersFile;
}

export interface SnapshotState {
  snapshots: Snapshot[];
  /** Entries in storage that could not be read; kept as they are. */
  unreadable: number;
  saveFailed: boolean;
}

export interface SnapshotStore {
  getState: () => SnapshotState;
  subscribe: (listener: () => void) => () => void;
  /** Keeps a snapshot of this file; an automatic one only when no snapshot has the same answers. Returns it, or null. */
  add: (file: AnswersFile, source: SnapshotSource, fileName?: string) => Snapshot | null;
  remove: (id: string) => void;
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

/** At most this many automatic snapshots are kept; the oldest automatic one goes first. */
export const MAX_AUTO_SNAPSHOTS = 10;

const EntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  savedAt: z.string().check(z.minLength(1)),
  source: z.enum(['manual', 'auto', 'file']),
  fileName: z.optional(z.string().check(z.maxLength(300))),
  file: z.unknown(),
});

export function snapshotsStorageKey(questionnaire: Questionnaire): string {
  return `${storagePrefix(questionnaire)}snapshots`;
}

/** Whether two answer sets are the same (same questions, same options). */
export function isSameAnswers(a: Answers, b: Answers): boolean {
  const keysA = Object.keys(a);
  return keysA.length === Object.keys(b).length && keysA.every((key) => b[key] === a[key]);
}

export function createSnapshotStore(
  questionnaire: Questionnaire,
  storage: Storage | null,
  now: () => string = () => new Date().toISOString(),
): SnapshotStore {
  const key = snapshotsStorageKey(questionnaire);
  const listeners = new Set<() => void>();
  /** Raw entries as stored, readable or not, in order. */
  let raw: unknown[] = [];
  let state: SnapshotState = { snapshots: [], unreadable: 0, saveFailed: false };

  function load() {
    let data: unknown;
    try {
      const text = storage?.getItem(key) ?? null;
      data = text === null ? [] : JSON.parse(text);
    } catch {
      data = [];
    }
    raw = Array.isArray(data) ? data : [];
    const snapshots: Snapshot[] = [];
    let unreadable = 0;
    for (const entry of raw) {
      const parsed = EntrySchema.safeParse(entry);
      const file = parsed.success ? parseAnswersFile(questionnaire, parsed.data.file) : null;
      if (!parsed.success || !file?.ok) {
        unreadable += 1;
        continue;
      }
      const { id, savedAt, source, fileName } = parsed.data;
      snapshots.push({ id, savedAt, source, ...(fileName ? { fileName } : {}), file: file.value });
    }
    snapshots.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    state = { snapshots, unreadable, saveFailed: state.saveFailed };
  }

  function save(entries: unknown[]): boolean {
    try {
      storage?.setItem(key, JSON.stringify(entries));
      return storage !== null;
    } catch {
      return false;
    }
  }

  function emit() {
    for (const listener of listeners) listener();
  }

  load();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(file, source, fileName) {
      load();
      if (source === 'auto' && state.snapshots.some((s) => isSameAnswers(s.file.answers, file.answers))) {
        return null;
      }
      const savedAt = source === 'file' && file.updatedAt ? file.updatedAt : now();
      const snapshot: Snapshot = {
        id: `${Date.parse(now()).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        savedAt,
        source,
        ...(fileName ? { fileName } : {}),
        file,
      };
      let entries = [...raw, snapshot];
      const autoIds = state.snapshots.filter((s) => s.source === 'auto').map((s) => s.id);
      if (source === 'auto' && autoIds.length >= MAX_AUTO_SNAPSHOTS) {
        const oldest = new Set(autoIds.slice(0, autoIds.length - MAX_AUTO_SNAPSHOTS + 1));
        entries = entries.filter((entry) => {
          const parsed = EntrySchema.safeParse(entry);
          return !parsed.success || !oldest.has(parsed.data.id);
        });
      }
      const saved = save(entries);
      load();
      if (!saved) {
        // Kept in memory for this visit, and the user is told it was not saved.
        state = { ...state, snapshots: [...state.snapshots, snapshot], saveFailed: true };
      } else state = { ...state, saveFailed: false };
      emit();
      return snapshot;
    },
    remove(id) {
      load();
      const entries = raw.filter((entry) => {
        const parsed = EntrySchema.safeParse(entry);
        return !parsed.success || parsed.data.id !== id;
      });
      const saved = save(entries);
      load();
      state = { ...state, saveFailed: !saved };
      emit();
    },
    handleStorageEvent(event) {
      if (event.key !== key && event.key !== null) return;
      load();
      emit();
    },
  };
}
