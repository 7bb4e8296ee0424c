/**
 * The workshop in this browser: the participants' scans an advisor has collected (imported files, or
 * scans filled in one after another on this device) and the answers the group has settled.
 *
 * Kept in localStorage under `quickscan:<questionnaire>:workshop`. Every participant is an answers file
 * (read with `parseAnswersFile`, so older versions are migrated); a participant that cannot be read is
 * kept in storage as it is and counted, never dropped.
 */
import '../../questionnaire/zod-config.ts';
import * as z from 'zod/mini';
import { parseAnswersFile, type AnswersFile, type Participant } from '../../questionnaire/answers-file.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { storagePrefix } from './scan-store.ts';

export interface WorkshopParticipant {
  id: string;
  source: 'file' | 'device';
  fileName?: string;
  file: AnswersFile;
}

export interface WorkshopState {
  participants: WorkshopParticipant[];
  /** The advisor's settled answer per question: an option id, or null to leave it open. */
  settled: Record<string, string | null>;
  unreadable: number;
  saveFailed: boolean;
}

export interface WorkshopStore {
  getState: () => WorkshopState;
  subscribe: (listener: () => void) => () => void;
  addParticipants: (entries: { file: AnswersFile; source: 'file' | 'device'; fileName?: string }[]) => void;
  updateParticipant: (id: string, participant: Participant) => void;
  removeParticipant: (id: string) => void;
  settle: (questionId: string, optionId: string | null) => void;
  /** Back to the suggestion for this question (or for every question when no id is given). */
  unsettle: (questionId?: string) => void;
  clear: () => void;
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

const StoredSchema = z.object({
  participants: z.array(z.unknown()),
  settled: z.catch(z.record(z.string(), z.nullable(z.string())), {}),
});

const ParticipantEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  source: z.enum(['file', 'device']),
  fileName: z.optional(z.string().check(z.maxLength(300))),
  file: z.unknown(),
});

export function workshopStorageKey(questionnaire: Questionnaire): string {
  return `${storagePrefix(questionnaire)}workshop`;
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function createWorkshopStore(questionnaire: Questionnaire, storage: Storage | null): WorkshopStore {
  const key = workshopStorageKey(questionnaire);
  const listeners = new Set<() => void>();
  let rawParticipants: unknown[] = [];
  let state: WorkshopState = { participants: [], settled: {}, unreadable: 0, saveFailed: false };

  function load() {
    let data: unknown;
    try {
      const text = storage?.getItem(key) ?? null;
      data = text === null ? null : JSON.parse(text);
    } catch {
      data = null;
    }
    const stored = StoredSchema.safeParse(data);
    rawParticipants = stored.success ? stored.data.participants : [];
    const participants: WorkshopParticipant[] = [];
    let unreadable = 0;
    for (const entry of rawParticipants) {
      const parsed = ParticipantEntrySchema.safeParse(entry);
      const file = parsed.success ? parseAnswersFile(questionnaire, parsed.data.file) : null;
      if (!parsed.success || !file?.ok) {
        unreadable += 1;
        continue;
      }
      const { id, source, fileName } = parsed.data;
      participants.push({ id, source, ...(fileName ? { fileName } : {}), file: file.value });
    }
    const settled = stored.success ? stored.data.settled : {};
    state = { participants, settled, unreadable, saveFailed: state.saveFailed };
  }

  function save(participants: unknown[], settled: Record<string, string | null>) {
    let saved: boolean;
    try {
      storage?.setItem(key, JSON.stringify({ participants, settled }));
      saved = storage !== null;
    } catch {
      saved = false;
    }
    if (saved) {
      load();
      state = { ...state, saveFailed: false };
    } else {
      // Not saved (storage blocked or full): the change lives in memory for this visit, and the user is told.
      const readable = participants.flatMap((entry) => {
        const parsed = ParticipantEntrySchema.safeParse(entry);
        const file = parsed.success ? parseAnswersFile(questionnaire, parsed.data.file) : null;
        return parsed.success && file?.ok
          ? [{ ...parsed.data, file: file.value } satisfies WorkshopParticipant]
          : [];
      });
      rawParticipants = participants;
      state = { ...state, participants: readable, settled, saveFailed: true };
    }
    for (const listener of listeners) listener();
  }

  /** Changes one participant entry as stored (unreadable entries are passed through unchanged). */
  function mapEntries(change: (entry: WorkshopParticipant) => WorkshopParticipant | null): unknown[] {
    return rawParticipants.flatMap((entry) => {
      const parsed = ParticipantEntrySchema.safeParse(entry);
      if (!parsed.success) return [entry];
      const current = state.participants.find((p) => p.id === parsed.data.id);
      if (!current) return [entry];
      const next = change(current);
      return next ? [next] : [];
    });
  }

  load();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addParticipants(entries) {
      load();
      const added = entries.map((entry) => ({
        id: newId(),
        source: entry.source,
        ...(entry.fileName ? { fileName: entry.fileName } : {}),
        file: entry.file,
      }));
      save([...rawParticipants, ...added], state.settled);
    },
    updateParticipant(id, participant) {
      load();
      const clean: Participant = {
        ...(participant.name?.trim() ? { name: participant.name.trim() } : {}),
        ...(participant.role ? { role: participant.role } : {}),
      };
      save(
        mapEntries((entry) =>
          entry.id === id ? { ...entry, file: { ...entry.file, participant: clean } } : entry,
        ),
        state.settled,
      );
    },
    removeParticipant(id) {
      load();
      save(
        mapEntries((entry) => (entry.id === id ? null : entry)),
        state.settled,
      );
    },
    settle(questionId, optionId) {
      load();
      save(rawParticipants, { ...state.settled, [questionId]: optionId });
    },
    unsettle(questionId) {
      load();
      if (questionId === undefined) {
        save(rawParticipants, {});
        return;
      }
      const settled = Object.fromEntries(Object.entries(state.settled).filter(([id]) => id !== questionId));
      save(rawParticipants, settled);
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Storage refused; cleared in memory all the same.
      }
      rawParticipants = [];
      state = { participants: [], settled: {}, unreadable: 0, saveFailed: false };
      for (const listener of listeners) listener();
    },
    handleStorageEvent(event) {
      if (event.key !== key && event.key !== null) return;
      load();
      for (const listener of listeners) listener();
    },
  };
}
