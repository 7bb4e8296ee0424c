/**
 * The workshop in this browser: the participants' scans an advisor has collected (imported files, or
 * scans filled in one after another on this device) and the answers the group has settled.
 *
 * Kept under `quickscan:<questionnaire>:workshop` through the storage layer's rule (read once, back up what cannot
 * be read, keep working in memory when storage fails). Every participant is an answers file (read with
 * `parseAnswersFile`, so older versions are migrated); a participant that cannot be read is kept as it is and
 * counted, never dropped.
 */
import '../../questionnaire/zod-config.ts';
import * as z from 'zod/mini';
import { parseAnswersFile, type AnswersFile, type Participant } from '../../questionnaire/answers-file.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { canonical } from './snapshot-store.ts';
import { createKeptValue, storagePrefix, type StorageLayer } from './storage-layer.ts';

export interface WorkshopParticipant {
  id: string;
  /** Where the scan came from: a file, this device, or a participant's phone in the room (QR code or link). */
  source: ParticipantSource;
  fileName?: string;
  file: AnswersFile;
}

export type ParticipantSource = 'file' | 'device' | 'room';

/** What became of one participant handed to the workshop. */
export interface ReceivedParticipant {
  /**
   * - `added`: a new participant;
   * - `updated`: the same participant (same participant id) again with other answers: their entry is replaced;
   * - `duplicate`: the same participant with the same answers, or the same file opened again: nothing changes.
   */
  kind: 'added' | 'updated' | 'duplicate';
  /** Their number in the workshop, from 1 (their place in the list). */
  number: number;
}

export interface WorkshopState {
  participants: WorkshopParticipant[];
  /** The advisor's settled answer per question: an option id, or null to leave it open. */
  settled: Record<string, string | null>;
  /** The workshop in the room, once the advisor has started one (see `startRoom`). */
  room: WorkshopRoom | null;
  /** Whether the advisor has shown the group the spread (hidden until then, so early answers do not sway the rest). */
  revealed: boolean;
  /** Whether a role held by one participant is shown apart in the group report (off by default: privacy). */
  showSingleRoles: boolean;
  /** Participant entries in storage that could not be read; kept as they are, and counted. */
  unreadable: number;
  /** The last change is in memory only (storage blocked or full). */
  saveFailed: boolean;
  /** What was stored could not be read and was copied to this backup key (null when it failed or nothing did). */
  backupKey: string | null;
}

/** A workshop in a room: participants join on their own phones with the invitation (see answers-code.ts). */
export interface WorkshopRoom {
  /** Random, in every invitation and every participant's code, so that codes of another workshop are refused. */
  workshopId: string;
  organisationName: string;
  /** The organisation's intake, answered once by the advisor: question id to option id. */
  intake: Record<string, string>;
  /** When the advisor started it (ISO 8601). */
  startedAt: string;
}

export interface WorkshopStore {
  getState: () => WorkshopState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Adds participants (kept in memory when storage fails); returns whether they were saved. The same participant
   * twice counts once (see `receiveParticipants`).
   */
  addParticipants: (entries: ParticipantEntry[]) => boolean;
  /**
   * Adds participants, recognising one already there: by participant id (a participant's phone hands over twice:
   * replaced when the answers changed) or, without one, by the same contents (the same file opened twice).
   */
  receiveParticipants: (entries: ParticipantEntry[]) => { received: ReceivedParticipant[]; saved: boolean };
  updateParticipant: (id: string, participant: Participant) => void;
  removeParticipant: (id: string) => void;
  settle: (questionId: string, optionId: string | null) => void;
  /** Back to the suggestion for this question (or for every question when no id is given). */
  unsettle: (questionId?: string) => void;
  startRoom: (room: WorkshopRoom) => void;
  setRevealed: (revealed: boolean) => void;
  setShowSingleRoles: (show: boolean) => void;
  /** Empties the workshop (participants, settled answers and the room); the scan and snapshots stay. */
  clear: () => void;
  handleStorageEvent: (event: Pick<StorageEvent, 'key'>) => void;
}

export interface ParticipantEntry {
  file: AnswersFile;
  source: ParticipantSource;
  fileName?: string;
}

interface Stored {
  participants: unknown[];
  settled: Record<string, string | null>;
  room?: WorkshopRoom | null;
  revealed?: boolean;
  showSingleRoles?: boolean;
}

const RoomSchema = z.object({
  workshopId: z.string().check(z.minLength(1), z.maxLength(100)),
  organisationName: z.string().check(z.maxLength(200)),
  intake: z.record(z.string(), z.string()),
  startedAt: z.string(),
});

const StoredSchema = z.object({
  participants: z.array(z.unknown()),
  settled: z.catch(z.record(z.string(), z.nullable(z.string())), {}),
  room: z.catch(z.nullable(z.optional(RoomSchema)), null),
  revealed: z.catch(z.optional(z.boolean()), false),
  showSingleRoles: z.catch(z.optional(z.boolean()), false),
});

const ParticipantEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  source: z.enum(['file', 'device', 'room']),
  fileName: z.optional(z.string().check(z.maxLength(300))),
  file: z.unknown(),
});

/** A participant's number: their place among the readable participants, from 1. */
function numberOf(readable: readonly (WorkshopParticipant | null)[], index: number): number {
  return readable.slice(0, index + 1).filter((entry) => entry !== null).length;
}

/**
 * Whether a participant without a participant id is the same file opened again: both from files, with the same
 * contents down to when their answers were last changed. Two people may well give the same answers, so scans filled
 * in on this device, or files that never say when they were changed, are never taken for one another.
 */
function isSameFile(other: WorkshopParticipant, entry: ParticipantEntry): boolean {
  return (
    other.source === 'file' &&
    entry.source === 'file' &&
    entry.file.updatedAt !== undefined &&
    canonical(other.file) === canonical(entry.file)
  );
}

/** The file without when it was last changed: handing over the same answers again is not a change. */
function withoutTimes(file: AnswersFile): Omit<AnswersFile, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = file;
  return rest;
}

export function workshopStorageKey(questionnaire: Questionnaire): string {
  return `${storagePrefix(questionnaire)}workshop`;
}

let counter = 0;
function newId(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function createWorkshopStore(questionnaire: Questionnaire, layer: StorageLayer): WorkshopStore {
  /**
   * Each stored entry read once: entries are never changed in place (every change makes a new entry), so an entry
   * read before gives the same participant. Without it every received code read every participant again, twice (to
   * find the same one, and to derive the state): 30 codes pasted at once took about 900 reads, and the one task of
   * receiving them about 215 ms of main-thread time in chromium instead of about 105 ms (npm run bench:room).
   */
  const readEntries = new WeakMap<object, WorkshopParticipant | null>();

  /** As stored: every participant entry, readable or not, and the settled answers. */
  const kept = createKeptValue<Stored>(layer, 'workshop', 'workshop', {
    decode(data) {
      const stored = StoredSchema.safeParse(data);
      if (!stored.success) throw new Error('not a workshop');
      const value: Stored = {
        participants: stored.data.participants,
        settled: stored.data.settled,
        room: stored.data.room ?? null,
        revealed: stored.data.revealed ?? false,
        showSingleRoles: stored.data.showSingleRoles ?? false,
      };
      return { value, damaged: value.participants.some((entry) => readEntry(entry) === null) };
    },
    encode: (value) => value,
    empty: () => ({ participants: [], settled: {} }),
  });

  function readEntry(entry: unknown): WorkshopParticipant | null {
    if (typeof entry !== 'object' || entry === null) return parseEntry(entry);
    const known = readEntries.get(entry);
    if (known !== undefined) return known;
    const participant = parseEntry(entry);
    readEntries.set(entry, participant);
    return participant;
  }

  function parseEntry(entry: unknown): WorkshopParticipant | null {
    const parsed = ParticipantEntrySchema.safeParse(entry);
    if (!parsed.success) return null;
    const file = parseAnswersFile(questionnaire, parsed.data.file);
    if (!file.ok) return null;
    const { id, source, fileName } = parsed.data;
    return { id, source, ...(fileName ? { fileName } : {}), file: file.value };
  }

  let cachedFrom: ReturnType<typeof kept.getState> | null = null;
  /** The participants as last derived, and the stored list they came from. */
  let readFrom: unknown[] | null = null;
  let read: { participants: WorkshopParticipant[]; unreadable: number } = { participants: [], unreadable: 0 };
  let state: WorkshopState = derive();

  function derive(): WorkshopState {
    const current = kept.getState();
    cachedFrom = current;
    // A change that leaves the participants alone (reveal, a settled answer) keeps the same list, so that what the
    // page computes from the participants (the comparison) is not computed again.
    if (current.value.participants !== readFrom) {
      readFrom = current.value.participants;
      const participants: WorkshopParticipant[] = [];
      let unreadable = 0;
      for (const entry of current.value.participants) {
        const participant = readEntry(entry);
        if (participant) participants.push(participant);
        else unreadable += 1;
      }
      read = { participants, unreadable };
    }
    return {
      participants: read.participants,
      settled: current.value.settled,
      room: current.value.room ?? null,
      revealed: current.value.revealed ?? false,
      showSingleRoles: current.value.showSingleRoles ?? false,
      unreadable: read.unreadable,
      saveFailed: current.saveFailed,
      backupKey: current.backupKey,
    };
  }

  function getState(): WorkshopState {
    if (cachedFrom !== kept.getState()) state = derive();
    return state;
  }

  /** Changes the readable participant with this id (unreadable entries pass through unchanged); null removes it. */
  function mapParticipant(id: string, change: (entry: WorkshopParticipant) => WorkshopParticipant | null) {
    kept.update((value) => ({
      ...value,
      participants: value.participants.flatMap((entry) => {
        const participant = readEntry(entry);
        if (!participant || participant.id !== id) return [entry];
        const next = change(participant);
        return next ? [next] : [];
      }),
    }));
  }

  function receiveParticipants(entries: ParticipantEntry[]) {
    const received: ReceivedParticipant[] = [];
    const saved = kept.update((value) => {
      const list = [...value.participants];
      for (const entry of entries) {
        const readable = list.map((stored) => readEntry(stored));
        const participantId = entry.file.participant?.id;
        const index = readable.findIndex((other) =>
          other === null
            ? false
            : participantId !== undefined
              ? other.file.participant?.id === participantId
              : isSameFile(other, entry),
        );
        const existing = index >= 0 ? readable[index] : null;
        if (existing) {
          const same = canonical(withoutTimes(existing.file)) === canonical(withoutTimes(entry.file));
          if (!same) list[index] = { ...existing, source: entry.source, file: entry.file };
          received.push({ kind: same ? 'duplicate' : 'updated', number: numberOf(readable, index) });
          continue;
        }
        list.push({
          id: newId(),
          source: entry.source,
          ...(entry.fileName ? { fileName: entry.fileName } : {}),
          file: entry.file,
        });
        received.push({ kind: 'added', number: readable.filter((other) => other !== null).length + 1 });
      }
      return { ...value, participants: list };
    });
    return { received, saved };
  }

  return {
    getState,
    subscribe: kept.subscribe,
    addParticipants(entries) {
      return receiveParticipants(entries).saved;
    },
    receiveParticipants,
    updateParticipant(id, participant) {
      mapParticipant(id, (entry) => {
        const kept = entry.file.participant;
        const clean: Participant = {
          ...(participant.name?.trim() ? { name: participant.name.trim() } : {}),
          ...(participant.role ? { role: participant.role } : {}),
          // The participant's random ids stay: they recognise the same participant handing over again.
          ...(kept?.id ? { id: kept.id } : {}),
          ...(kept?.workshop ? { workshop: kept.workshop } : {}),
        };
        return { ...entry, file: { ...entry.file, participant: clean } };
      });
    },
    removeParticipant(id) {
      mapParticipant(id, () => null);
    },
    settle(questionId, optionId) {
      kept.update((value) => ({ ...value, settled: { ...value.settled, [questionId]: optionId } }));
    },
    unsettle(questionId) {
      kept.update((value) => ({
        ...value,
        settled:
          questionId === undefined
            ? {}
            : Object.fromEntries(Object.entries(value.settled).filter(([id]) => id !== questionId)),
      }));
    },
    startRoom(room) {
      kept.update((value) => ({ ...value, room }));
    },
    setRevealed(revealed) {
      kept.update((value) => ({ ...value, revealed }));
    },
    setShowSingleRoles(showSingleRoles) {
      kept.update((value) => ({ ...value, showSingleRoles }));
    },
    clear() {
      // Only the workshop: its participants, settled answers and room (readable or not, since the advisor asked).
      kept.update(() => ({ participants: [], settled: {} }));
    },
    handleStorageEvent: kept.handleStorageEvent,
  };
}
