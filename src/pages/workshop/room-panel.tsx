import { CollectPanel } from './collect-panel.tsx';
import type { Receive } from './receive.ts';

/**
 * The workshop in a room: the invitation (QR code and link for the participants' phones) and collecting their
 * answers (camera, photo, pasted link). Placed at the top of the workshop page.
 */
export function RoomPanel() {
  return <CollectPanel receive={temporaryReceive} />;
}

// TEMPORARY (issue 21, collecting panel): stands in for the workshop room's real `receive` until it lands, so
// the QR e2e test (tests/e2e/qr.spec.ts) can read codes through the panel. A text starting with 'QS' is a new
// participant without a role the first time and a duplicate after; anything else is not a code. Replace it.
const temporaryReceived: string[] = [];
const temporaryReceive: Receive = (text) => {
  if (!text.startsWith('QS')) return { kind: 'not-a-code' };
  const index = temporaryReceived.indexOf(text);
  if (index >= 0)
    return { kind: 'duplicate', role: null, number: index + 1, count: temporaryReceived.length };
  temporaryReceived.push(text);
  return {
    kind: 'added',
    role: null,
    number: temporaryReceived.length,
    count: temporaryReceived.length,
    migrated: false,
  };
};
