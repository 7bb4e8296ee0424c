/**
 * Which texts a camera has just started to show. A code held in front of the camera is read in frame after
 * frame, and now and then missed (motion blur, a reflection); it is reported once when it appears, and again
 * only after it has been gone for `framesToLeave` frames in a row.
 */
export function createAppearanceTracker(framesToLeave = 4): (textsInFrame: readonly string[]) => string[] {
  /** The texts in view, with the number of frames in a row each has been missing. */
  const missing = new Map<string, number>();
  return (textsInFrame) => {
    const inFrame = new Set(textsInFrame);
    for (const [text, frames] of missing) {
      if (inFrame.has(text)) continue;
      if (frames + 1 >= framesToLeave) missing.delete(text);
      else missing.set(text, frames + 1);
    }
    const appeared: string[] = [];
    for (const text of inFrame) {
      if (!missing.has(text)) appeared.push(text);
      missing.set(text, 0);
    }
    return appeared;
  };
}
