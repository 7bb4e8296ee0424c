/**
 * The one storage rule for everything the app keeps in this browser: the scan (with its notes, evidence and
 * application drafts), the snapshots, the workshop and the note of when a copy was last saved.
 *
 * - Read once when the app starts; after that the app works from memory, and storage only follows it. A change is
 *   never preceded by a re-read that could drop what is held in memory only.
 * - What can be read is repaired by its store; what cannot be read is first copied to a backup key of its own
 *   (`<key>:backup`, `<key>:backup:2`, …; an existing backup is never overwritten, the same text is kept once).
 * - When a backup cannot be made (storage full), the damaged text stays where it is: this layer then refuses to
 *   write that key, so it is never overwritten, and the app keeps working in memory.
 * - A write that fails (storage blocked, as in some private windows, or full) leaves the change in memory. The layer
 *   keeps one status for all kept things, so the app says it once, with "save as file" as the way out.
 * - `clearAll` is the one way to delete: every key of this questionnaire, backups included, and every store is told.
 */
import { parseJsonText } from '../../questionnaire/json-text.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';

/** Every key this app keeps for a questionnaire starts with this: the scan, its backups, snapshots, the workshop. */
export function storagePrefix(questionnaire: Questionnaire): string {
  return `quickscan:${questionnaire.id}:`;
}

export type StorageHealth = 'ok' | 'blocked' | 'full';

/** What a kept thing is, for the status message: which of them are in memory only. */
export type KeptThing = 'answers' | 'snapshots' | 'workshop' | 'copies';

export interface StorageStatus {
  /** `blocked`: this browser keeps nothing; `full`: its storage is full. `ok` when every last write succeeded. */
  health: StorageHealth;
  /** The kept things whose last change is in memory only, in a fixed order. */
  unsaved: KeptThing[];
  /** Keys of backups made in this visit of data that could not be read. */
  backups: string[];
}

export type SlotRead = { kind: 'absent' } | { kind: 'text'; text: string } | { kind: 'blocked' };

/** One key in storage, read and written only through the rule above. */
export interface StorageSlot {
  readonly key: string;
  read: () => SlotRead;
  /** Saves the text; false when it stays in memory only (the layer's status says why). */
  write: (text: string) => boolean;
  /** Copies text that cannot be read to a backup key of its own; returns that key, or null when it failed. */
  backUp: (text: string) => string | null;
}

export interface StorageLayer {
  slot: (thing: KeptThing, name: string) => StorageSlot;
  getStatus: () => StorageStatus;
  subscribe: (listener: () => void) => () => void;
  /** Deletes every key of this questionnaire (backups too) and tells every store through `onClear`. */
  clearAll: () => void;
  onClear: (listener: () => void) => () => void;
}

const THING_ORDER: KeptThing[] = ['answers', 'snapshots', 'workshop', 'copies'];

/** Whether a failed write means the storage is full (rather than blocked). */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22
  );
}

/**
 * @param storage the browser's localStorage, or null when it cannot be used at all
 * @param prefix every key this layer keeps starts with it, e.g. `quickscan:<questionnaire id>:`
 */
export function createStorageLayer(storage: Storage | null, prefix: string): StorageLayer {
  const listeners = new Set<() => void>();
  const clearListeners = new Set<() => void>();
  /** Per key, how its last write went. */
  const lastWrite = new Map<string, { thing: KeptThing; health: StorageHealth }>();
  /** Keys holding text that could not be read and could not be backed up: never written. */
  const guarded = new Set<string>();
  const backups: string[] = [];
  let status: StorageStatus = { health: storage === null ? 'blocked' : 'ok', unsaved: [], backups: [] };

  function refresh() {
    const failed = [...lastWrite.values()].filter((entry) => entry.health !== 'ok');
    const health: StorageHealth =
      storage === null || failed.some((entry) => entry.health === 'blocked')
        ? 'blocked'
        : failed.length > 0
          ? 'full'
          : 'ok';
    const unsaved = THING_ORDER.filter((thing) => failed.some((entry) => entry.thing === thing));
    const next: StorageStatus = { health, unsaved, backups: [...backups] };
    if (
      next.health === status.health &&
      next.unsaved.join() === status.unsaved.join() &&
      next.backups.join() === status.backups.join()
    )
      return;
    status = next;
    for (const listener of listeners) listener();
  }

  function record(key: string, thing: KeptThing, health: StorageHealth) {
    lastWrite.set(key, { thing, health });
    refresh();
  }

  function readKey(key: string): SlotRead {
    if (!storage) return { kind: 'blocked' };
    try {
      const text = storage.getItem(key);
      return text === null ? { kind: 'absent' } : { kind: 'text', text };
    } catch {
      return { kind: 'blocked' };
    }
  }

  function trySet(key: string, text: string): StorageHealth {
    if (!storage) return 'blocked';
    try {
      storage.setItem(key, text);
      return 'ok';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'blocked';
    }
  }

  function backUp(key: string, text: string): string | null {
    const candidates = Array.from({ length: 50 }, (_, index) =>
      index === 0 ? `${key}:backup` : `${key}:backup:${index + 1}`,
    );
    for (const candidate of candidates) {
      const existing = readKey(candidate);
      if (existing.kind === 'blocked') return null;
      if (existing.kind === 'text' && existing.text === text) return candidate;
      if (existing.kind === 'text') continue;
      if (trySet(candidate, text) !== 'ok') return null;
      backups.push(candidate);
      refresh();
      return candidate;
    }
    return null;
  }

  return {
    slot(thing, name) {
      const key = `${prefix}${name}`;
      return {
        key,
        read: () => readKey(key),
        write(text) {
          if (guarded.has(key)) {
            record(key, thing, 'full');
            return false;
          }
          const health = trySet(key, text);
          record(key, thing, health);
          return health === 'ok';
        },
        backUp(text) {
          const made = backUp(key, text);
          if (made === null) guarded.add(key);
          else guarded.delete(key);
          return made;
        },
      };
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearAll() {
      try {
        const keys: string[] = [];
        for (let i = 0; i < (storage?.length ?? 0); i += 1) {
          const name = storage?.key(i);
          if (name?.startsWith(prefix)) keys.push(name);
        }
        for (const name of keys) storage?.removeItem(name);
      } catch {
        // Storage refused; every store is cleared in memory all the same.
      }
      guarded.clear();
      lastWrite.clear();
      backups.length = 0;
      refresh();
      for (const listener of clearListeners) listener();
    },
    onClear(listener) {
      clearListeners.add(listener);
      return () => clearListeners.delete(listener);
    },
  };
}

/**
 * Parses stored text as JSON through the same boundary as a file (`parseJsonText`: nesting too deep and duplicate
 * keys are refused, without recursion); never throws.
 */
export function parseStoredJson(text: string): { ok: true; data: unknown } | { ok: false; detail: string } {
  const parsed = parseJsonText(text);
  return parsed.ok ? { ok: true, data: parsed.data } : { ok: false, detail: parsed.issue };
}

export interface KeptValueState<T> {
  value: T;
  /** Something stored could not be read; it was copied to `backupKey` (null when even that failed). */
  damaged: boolean;
  backupKey: string | null;
  /** The last change is in memory only. */
  saveFailed: boolean;
}

export interface KeptValue<T> {
  getState: () => KeptValueState<T>;
  subscribe: (listener: () => void) => () => void;
  /** Applies a change in memory, then saves it; returns whether it was saved. */
  update: (change: (value: T) => T) => boolean;
  /** Call with every `storage` event of the window: takes over what another tab saved. */
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

/**
 * A kept thing whose whole value is one JSON text under one key (snapshots, workshop, copies), read once. `decode`
 * turns parsed data into the value and says whether part of it could not be read (a store may keep such parts as
 * they are inside the value); it may throw, which counts as unreadable. Unreadable text is backed up before the
 * first write.
 */
export function createKeptValue<T>(
  layer: StorageLayer,
  thing: KeptThing,
  name: string,
  options: {
    decode: (data: unknown) => { value: T; damaged: boolean };
    encode: (value: T) => unknown;
    empty: () => T;
  },
): KeptValue<T> {
  const slot = layer.slot(thing, name);
  const listeners = new Set<() => void>();

  function load(): { value: T; damaged: boolean; backupKey: string | null } {
    const read = slot.read();
    if (read.kind !== 'text') return { value: options.empty(), damaged: false, backupKey: null };
    const parsed = parseStoredJson(read.text);
    let decoded: { value: T; damaged: boolean } | null = null;
    if (parsed.ok) {
      try {
        decoded = options.decode(parsed.data);
      } catch {
        decoded = null;
      }
    }
    if (decoded && !decoded.damaged) return { value: decoded.value, damaged: false, backupKey: null };
    return {
      value: decoded?.value ?? options.empty(),
      damaged: true,
      backupKey: slot.backUp(read.text),
    };
  }

  let state: KeptValueState<T> = { ...load(), saveFailed: false };

  function emit() {
    for (const listener of listeners) listener();
  }

  layer.onClear(() => {
    state = { value: options.empty(), damaged: false, backupKey: null, saveFailed: false };
    emit();
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const value = change(state.value);
      const saved = slot.write(JSON.stringify(options.encode(value)));
      state = { ...state, value, saveFailed: !saved };
      emit();
      return saved;
    },
    handleStorageEvent(event) {
      if (event.key !== slot.key && event.key !== null) return;
      // Only another tab writes here; what it saved is taken over (a damaged value is backed up first).
      const loaded = load();
      state = { ...state, ...loaded, damaged: state.damaged || loaded.damaged };
      emit();
    },
  };
}
