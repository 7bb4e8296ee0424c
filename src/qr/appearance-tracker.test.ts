import { describe, expect, it } from 'vitest';
import { createAppearanceTracker } from './appearance-tracker.ts';

describe('createAppearanceTracker', () => {
  it('reports a code once while it stays in front of the camera', () => {
    const track = createAppearanceTracker(3);
    expect(track(['A'])).toEqual(['A']);
    for (let frame = 0; frame < 20; frame += 1) expect(track(['A'])).toEqual([]);
  });

  it('does not report a code again when a few frames miss it', () => {
    const track = createAppearanceTracker(3);
    expect(track(['A'])).toEqual(['A']);
    expect(track([])).toEqual([]);
    expect(track([])).toEqual([]);
    expect(track(['A'])).toEqual([]);
  });

  it('reports a code again once it has left the camera and comes back', () => {
    const track = createAppearanceTracker(3);
    expect(track(['A'])).toEqual(['A']);
    expect(track([])).toEqual([]);
    expect(track([])).toEqual([]);
    expect(track([])).toEqual([]);
    expect(track(['A'])).toEqual(['A']);
  });

  it('reports each of several codes in one frame, and a new one next to one already seen', () => {
    const track = createAppearanceTracker();
    expect(track(['A', 'B', 'A'])).toEqual(['A', 'B']);
    expect(track(['B', 'C'])).toEqual(['C']);
  });
});
