import { describe, expect, it } from 'vitest';
import { computeRadarGeometry } from './chart-geometry.ts';

const data = (['openness', 'legal-leave', 'flexible-work', 'tailored', 'embedding'] as const).map(
  (id, index) => ({ id, label: id.toUpperCase(), score: index * 25 }),
);

describe('computeRadarGeometry', () => {
  const geometry = computeRadarGeometry(data, 400, 300);
  const distance = (x: number, y: number) => Math.hypot(x - geometry.centre.x, y - geometry.centre.y);

  it('puts every axis end on the edge, and every label outside it, on the same axis', () => {
    for (const axis of geometry.axes) {
      expect(distance(axis.x, axis.y)).toBeCloseTo(geometry.radius, 1);
      expect(distance(axis.labelX, axis.labelY)).toBeGreaterThan(geometry.radius + 10);
      const axisAngle = Math.atan2(axis.y - geometry.centre.y, axis.x - geometry.centre.x);
      const labelAngle = Math.atan2(axis.labelY - geometry.centre.y, axis.labelX - geometry.centre.x);
      expect(Math.abs(Math.sin(axisAngle - labelAngle))).toBeLessThan(0.1);
    }
  });

  it('keeps every label inside the box (a line of text fits above the top label)', () => {
    for (const [width, height] of [
      [480, 230],
      [300, 220],
    ] as const) {
      const box = computeRadarGeometry(data, width, height, 36);
      for (const axis of box.axes) {
        expect(axis.labelY).toBeGreaterThanOrEqual(10);
        expect(axis.labelY).toBeLessThanOrEqual(height);
      }
    }
  });

  it('the first axis points up, its label is centred; labels left of centre end at their point', () => {
    const [first, , , fourth] = geometry.axes;
    expect(first?.x).toBeCloseTo(geometry.centre.x, 5);
    expect(first?.y).toBeLessThan(geometry.centre.y);
    expect(first?.anchor).toBe('middle');
    expect(fourth?.anchor).toBe('end');
  });

  it('clamps scores to 0–100 in the shape', () => {
    const wild = computeRadarGeometry(
      data.map((d, i) => ({ ...d, score: i === 0 ? 250 : -20 })),
      400,
      300,
    );
    const points = wild.shape.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    const [top, ...rest] = points;
    expect(Math.hypot((top?.[0] ?? 0) - wild.centre.x, (top?.[1] ?? 0) - wild.centre.y)).toBeCloseTo(
      wild.radius,
      1,
    );
    for (const [x, y] of rest) expect(Math.hypot(x - wild.centre.x, y - wild.centre.y)).toBeCloseTo(0, 5);
  });
});
