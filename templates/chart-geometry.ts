/**
 * The geometry of the radar chart, in plain numbers, so that the PDF draws it with react-pdf's own
 * Svg elements (recharts does not render inside react-pdf). Scores run from 0 (centre) to 100 (edge);
 * the first axis points up and the others follow clockwise.
 */
import type { ChartDatum } from './chart-data.ts';

export interface RadarAxis {
  label: string;
  score: number;
  /** The end of the axis line, at 100. */
  x: number;
  y: number;
  /** Where the label goes, just outside the edge. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarGeometry {
  centre: { x: number; y: number };
  radius: number;
  axes: RadarAxis[];
  /** Polygon points ("x,y x,y …") of the grid rings at 25, 50, 75 and 100. */
  rings: string[];
  /** Polygon points of the scores. */
  shape: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The gap between the edge of the chart and its labels. */
const LABEL_GAP = 14;
/** The height of one line of label text, with room for the baseline offset of the lower labels. */
const LABEL_LINE = 12;

/** Computes a radar chart of `data` inside a `width` × `height` box, leaving `labelSpace` for the labels. */
export function computeRadarGeometry(
  data: ChartDatum[],
  width: number,
  height: number,
  labelSpace = 60,
): RadarGeometry {
  const centre = { x: width / 2, y: height / 2 };
  // Left and right leave `labelSpace` for the label text; above and below, the gap and one line of text.
  const radius = Math.max(10, Math.min(width / 2 - labelSpace, height / 2 - LABEL_GAP - LABEL_LINE));
  /** The point at `distance` from the centre on axis `index`. */
  const pointAtDistance = (index: number, distance: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(data.length, 1);
    return {
      x: round(centre.x + distance * Math.cos(angle)),
      y: round(centre.y + distance * Math.sin(angle)),
      angle,
    };
  };
  /** The point of a score (0–100, clamped) on axis `index`. */
  const pointAt = (index: number, value: number) =>
    pointAtDistance(index, (radius * Math.max(0, Math.min(100, value))) / 100);
  const polygon = (values: number[]) =>
    values
      .map((value, index) => {
        const p = pointAt(index, value);
        return `${p.x},${p.y}`;
      })
      .join(' ');
  const axes = data.map((datum, index) => {
    const edge = pointAt(index, 100);
    const cos = Math.cos(edge.angle);
    // Labels sit just outside the edge (a score would be clamped to the edge, so not via pointAt).
    const label = pointAtDistance(index, radius + LABEL_GAP);
    return {
      label: datum.label,
      score: datum.score,
      x: edge.x,
      y: edge.y,
      labelX: label.x,
      labelY: round(label.y + (Math.sin(edge.angle) > 0.3 ? 6 : 0)),
      anchor: Math.abs(cos) < 0.2 ? ('middle' as const) : cos > 0 ? ('start' as const) : ('end' as const),
    };
  });
  return {
    centre,
    radius,
    axes,
    rings: [25, 50, 75, 100].map((level) => polygon(data.map(() => level))),
    shape: polygon(data.map((d) => d.score)),
  };
}
