/**
 * Copies the user keeps outside this browser: when the answers file was last saved, and whether the browser has
 * promised to keep its storage (`navigator.storage.persist()`). Everything typed lives only in this browser, so the
 * app reminds the user to keep a copy and says when the last one was made.
 *
 * Kept under `quickscan:<questionnaire>:copies` through the storage layer's rule, like every kept thing.
 */
import '../../questionnaire/zod-config.ts';
import * as z from 'zod/mini';
import type { AnswersFile } from '../../questionnaire/answers-file.ts';
import { createKeptValue, type StorageLayer } from './storage-layer.ts';

/**
 * What the browser said when asked to keep its storage: `granted` (kept until the user clears it), `denied` (it may
 * clear the storage when space runs out), `unsupported` (this browser cannot be asked), `unknown` (not asked yet).
 */
export type Persistence = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface CopyState {
  /** ISO 8601: when the answers file was last saved in this browser, or null. */
  lastCopyAt: string | null;
  /** The scan's `updatedAt` at that moment: a later change is not in the copy. */
  copyOf: string | null;
  persistence: Persistence;
}

export interface CopyStore {
  getState: () => CopyState;
  subscribe: (listener: () => void) => () => void;
  /** Call when the answers file of this scan has been saved. */
  recordCopy: (file: AnswersFile) => void;
  /** Asks the browser to keep this site's storage; the answer is in `persistence`. */
  requestPersistence: () => Promise<Persistence>;
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

const KeptSchema = z.object({
  lastCopyAt: z.optional(z.string()),
  copyOf: z.optional(z.string()),
});
type Kept = z.infer<typeof KeptSchema>;

/** The part of `navigator.storage` this store uses; absent in old browsers and some private windows. */
export interface PersistApi {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export function createCopyStore(
  layer: StorageLayer,
  now: () => string = () => new Date().toISOString(),
  api: PersistApi | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
): CopyStore {
  const kept = createKeptValue<Kept>(layer, 'copies', 'copies', {
    decode(data) {
      const parsed = KeptSchema.safeParse(data);
      return parsed.success ? { value: parsed.data, damaged: false } : { value: {}, damaged: true };
    },
    encode: (value) => value,
    empty: () => ({}),
  });
  const listeners = new Set<() => void>();
  let persistence: Persistence = api?.persist ? 'unknown' : 'unsupported';
  let cachedFrom: ReturnType<typeof kept.getState> | null = null;
  let cachedPersistence: Persistence = persistence;
  let state: CopyState = derive();

  function derive(): CopyState {
    const current = kept.getState();
    cachedFrom = current;
    cachedPersistence = persistence;
    return {
      lastCopyAt: current.value.lastCopyAt ?? null,
      copyOf: current.value.copyOf ?? null,
      persistence,
    };
  }

  function emit() {
    for (const listener of listeners) listener();
  }
  kept.subscribe(emit);

  // Already granted in an earlier visit: say so without asking again.
  void api
    ?.persisted?.()
    .then((isPersisted) => {
      if (isPersisted) {
        persistence = 'granted';
        emit();
      }
    })
    .catch(() => undefined);

  return {
    getState() {
      if (cachedFrom !== kept.getState() || cachedPersistence !== persistence) state = derive();
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recordCopy(file) {
      kept.update(() => ({ lastCopyAt: now(), ...(file.updatedAt ? { copyOf: file.updatedAt } : {}) }));
    },
    async requestPersistence() {
      if (!api?.persist) {
        persistence = 'unsupported';
      } else {
        try {
          persistence = (await api.persist()) ? 'granted' : 'denied';
        } catch {
          persistence = 'denied';
        }
      }
      emit();
      return persistence;
    },
    handleStorageEvent: kept.handleStorageEvent,
  };
}
