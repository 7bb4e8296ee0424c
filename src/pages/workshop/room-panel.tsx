/**
 * The workshop in a room: the invitation (QR code and link for the participants' phones) and collecting their
 * answers (camera, photo, pasted link). Placed at the top of the workshop page.
 */
export function RoomPanel() {
  return null;
}
