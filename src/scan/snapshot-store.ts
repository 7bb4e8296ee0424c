/**
 * Dated snapshots of scans in this browser, to compare an earlier scan with a later one (progress).
 *
 * Kept under `quickscan:<questionnaire>:snapshots` as a list of answers files with when they were kept and where
 * they came from, through the storage layer's rule (read once, back up what cannot be read, keep working in memory
 * when storage fails). Each snapshot is read with `parseAnswersFile`, so a snapshot of an older questionnaire version
 * is migrated like any file; an entry that cannot be read is kept as it is (never dropped) and counted.
 */
import '../../questionnaire/zod-config.ts';
import * as z from 'zod/mini';
import { parseAnswersFile, type AnswersFile } from '../../questionnaire/answers-file.ts';
import type { Answers } from '../../questionnaire/questions.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { createKeptValue, storagePrefix, type StorageLayer } from './storage-layer.ts';

/**
 * manual: kept by the user; auto: kept when results were first shown; file: opened; rescan: the scan kept when
 * "Nieuwe scan" started the next one; replaced: the scan kept when an opened file took its place.
 */
export type SnapshotSource = 'manual' | 'auto' | 'file' | 'rescan' | 'replaced' | 'workshop';

export interface Snapshot {
  id: string;
  /** ISO 8601: when the snapshot was kept in this browser. */
  savedAt: string;
  source: SnapshotSource;
  /** The file name, for a snapshot loaded from a file. */
  fileName?: string;
  file: AnswersFile;
}

export interface SnapshotState {
  /** Oldest scan first (by the day the scan was made, see `scanDay`). */
  snapshots: Snapshot[];
  /** Entries in storage that could not be read; kept as they are. */
  unreadable: number;
  /** The last change is in memory only (storage blocked or full). */
  saveFailed: boolean;
  /** What was stored could not be read and was copied to this backup key (null when it failed or nothing did). */
  backupKey: string | null;
}

export type AddResult =
  | { kind: 'added'; snapshot: Snapshot; saved: boolean }
  /** The same scan is already kept (the same file opened twice, or unchanged answers kept automatically). */
  | { kind: 'already'; snapshot: Snapshot };

export interface SnapshotStore {
  getState: () => SnapshotState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Keeps a snapshot of this file. Nothing is added when the same scan is already kept: for a file, the same
   * contents; for an automatic snapshot, the same answers.
   */
  add: (file: AnswersFile, source: SnapshotSource, fileName?: string) => AddResult;
  /** Sets the day a kept scan was made (for an older scan whose file did not say); returns whether it was saved. */
  setScanDay: (id: string, day: string) => boolean;
  remove: (id: string) => void;
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

/** At most this many automatic snapshots are kept; the oldest automatic one goes first. */
export const MAX_AUTO_SNAPSHOTS = 10;

const EntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  savedAt: z.string().check(z.minLength(1)),
  source: z.enum(['manual', 'auto', 'file', 'rescan', 'replaced', 'workshop']),
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

/** JSON with the keys of every object sorted: two files with the same contents give the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * The day a scan was made: its own `scannedAt`, else the day its answers were last changed (a file made before the
 * app recorded the scan day), else null (unknown: the progress page asks for it).
 */
export function scanDay(file: AnswersFile): string | null {
  return file.scannedAt ?? file.updatedAt?.slice(0, 10) ?? null;
}

export function createSnapshotStore(
  questionnaire: Questionnaire,
  layer: StorageLayer,
  now: () => string = () => new Date().toISOString(),
): SnapshotStore {
  /** The entries as stored, readable or not, in order. */
  const kept = createKeptValue<unknown[]>(layer, 'snapshots', 'snapshots', {
    decode(data) {
      if (!Array.isArray(data)) throw new Error('not a list');
      return { value: data, damaged: data.some((entry) => readEntry(entry) === null) };
    },
    encode: (entries) => entries,
    empty: () => [],
  });

  function readEntry(entry: unknown): Snapshot | null {
    const parsed = EntrySchema.safeParse(entry);
    if (!parsed.success) return null;
    const file = parseAnswersFile(questionnaire, parsed.data.file);
    if (!file.ok) return null;
    const { id, savedAt, source, fileName } = parsed.data;
    return { id, savedAt, source, ...(fileName ? { fileName } : {}), file: file.value };
  }

  const order = (snapshot: Snapshot) =>
    `${scanDay(snapshot.file) ?? snapshot.savedAt.slice(0, 10)}|${snapshot.savedAt}`;

  let cachedFrom: ReturnType<typeof kept.getState> | null = null;
  let state: SnapshotState = derive();

  function derive(): SnapshotState {
    const current = kept.getState();
    cachedFrom = current;
    const snapshots: Snapshot[] = [];
    let unreadable = 0;
    for (const entry of current.value) {
      const snapshot = readEntry(entry);
      if (snapshot) snapshots.push(snapshot);
      else unreadable += 1;
    }
    snapshots.sort((a, b) => order(a).localeCompare(order(b)));
    return { snapshots, unreadable, saveFailed: current.saveFailed, backupKey: current.backupKey };
  }

  function getState(): SnapshotState {
    if (cachedFrom !== kept.getState()) state = derive();
    return state;
  }

  /** Changes the readable entry with this id (unreadable entries pass through unchanged); null removes it. */
  function mapEntry(id: string, change: (snapshot: Snapshot) => Snapshot | null) {
    return kept.update((entries) =>
      entries.flatMap((entry) => {
        const snapshot = readEntry(entry);
        if (!snapshot || snapshot.id !== id) return [entry];
        const next = change(snapshot);
        return next ? [next] : [];
      }),
    );
  }

  return {
    getState,
    subscribe: kept.subscribe,
    add(file, source, fileName) {
      const { snapshots } = getState();
      const same =
        source === 'auto'
          ? snapshots.find((s) => isSameAnswers(s.file.answers, file.answers))
          : source === 'manual'
            ? undefined
            : snapshots.find((s) => canonical(s.file) === canonical(file));
      if (same) return { kind: 'already', snapshot: same };
      const snapshot: Snapshot = {
        id: `${Date.parse(now()).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        savedAt: now(),
        source,
        ...(fileName ? { fileName } : {}),
        file,
      };
      const autoIds = snapshots.filter((s) => s.source === 'auto').map((s) => s.id);
      const oldest =
        source === 'auto' && autoIds.length >= MAX_AUTO_SNAPSHOTS
          ? new Set(autoIds.slice(0, autoIds.length - MAX_AUTO_SNAPSHOTS + 1))
          : new Set<string>();
      const saved = kept.update((entries) => [
        ...entries.filter((entry) => {
          const parsed = EntrySchema.safeParse(entry);
          return !parsed.success || !oldest.has(parsed.data.id);
        }),
        snapshot,
      ]);
      return { kind: 'added', snapshot, saved };
    },
    setScanDay(id, day) {
      return mapEntry(id, (snapshot) => ({ ...snapshot, file: { ...snapshot.file, scannedAt: day } }));
    },
    remove(id) {
      mapEntry(id, () => null);
    },
    handleStorageEvent: kept.handleStorageEvent,
  };
}
