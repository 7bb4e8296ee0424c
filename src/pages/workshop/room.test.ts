import { describe, expect, it, vi } from 'vitest';
import {
  answersLink,
  encodeAnswersCode,
  encodeInvitation,
  invitationLink,
  newParticipantId,
} from '../../../questionnaire/answers-code.ts';
import { createAnswersFile, type ParticipantRole } from '../../../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../../../questionnaire/example-answers.ts';
import { MemoryStorage } from '../../../tests/fixtures/memory-storage.ts';
import { loadShipped } from '../../../tests/fixtures/shipped.ts';
import { createStorageLayer, storagePrefix } from '../../scan/storage-layer.ts';
import { createWorkshopStore, workshopStorageKey } from '../../scan/workshop-store.ts';
import { receiveCodes } from './room.ts';

const shipped = loadShipped();
const WORKSHOP = 'Workshop0001';
const APP = 'https://example.org/quickscan/';

function link(role: ParticipantRole, workshop = WORKSHOP, id = newParticipantId()): string {
  const file = createAnswersFile(shipped, createExampleAnswers(shipped, 'mixed'), {
    participant: { id, workshop, role },
  });
  return answersLink(APP, encodeAnswersCode(shipped, file));
}

function startedWorkshop() {
  const storage = new MemoryStorage();
  const workshop = createWorkshopStore(shipped, createStorageLayer(storage, storagePrefix(shipped)));
  workshop.startRoom({ workshopId: WORKSHOP, organisationName: 'Zorg & Co', intake: {}, startedAt: '' });
  return { storage, workshop };
}

describe('receiveCodes: the codes read on the advisor device', () => {
  it('keeps every pasted participant in one save, and says what happened to each line in order', () => {
    const { storage, workshop } = startedWorkshop();
    const setItem = vi.spyOn(storage, 'setItem');
    const same = link('carer');
    const invitation = invitationLink(
      APP,
      encodeInvitation(shipped, { workshopId: WORKSHOP, organisationName: '', intake: {} }),
    );
    const outcomes = receiveCodes(shipped, workshop, [
      link('hr'),
      'https://example.org/other',
      same,
      link('manager', 'OtherWorkshop1'),
      same,
      invitation,
      `${same.slice(0, -3)}AAA`,
    ]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual([
      'added',
      'not-a-code',
      'added',
      'other-workshop',
      'duplicate',
      'invitation',
      'damaged',
    ]);
    expect(outcomes[2]).toEqual({ kind: 'added', role: 'carer', number: 2, count: 2, migrated: false });
    expect(setItem.mock.calls.filter(([key]) => key === workshopStorageKey(shipped))).toHaveLength(1);
    expect(workshop.getState().participants.map((p) => p.source)).toEqual(['room', 'room']);
  });

  it('refuses codes before a workshop is started, and keeps nothing', () => {
    const workshop = createWorkshopStore(
      shipped,
      createStorageLayer(new MemoryStorage(), storagePrefix(shipped)),
    );
    expect(receiveCodes(shipped, workshop, [link('hr')])).toEqual([{ kind: 'no-room' }]);
    expect(workshop.getState().participants).toEqual([]);
  });
});
