/**
 * The spread chart of the group report: per row (the overall score, then each theme) a bar from the
 * lowest to the highest score and a numbered dot per participant, drawn with react-pdf's own Svg.
 * Dots that would overlap move to a lane below, so every participant stays visible.
 */
import { Circle, G, Line, Rect, Svg, Text } from '@react-pdf/renderer';
import type { SpreadRow } from '../group-report-model.ts';
import { REPORT_FONT } from './fonts.ts';
import { COLORS } from './theme.ts';

const DOT_RADIUS = 6.5;
const LANE_HEIGHT = 2 * DOT_RADIUS + 2;
const ROW_PADDING = 6;
const AXIS_HEIGHT = 16;
const LABEL_WIDTH = 128;
const TICKS = [0, 25, 50, 75, 100];

export interface SpreadDot {
  /** The participant's number (1, 2, 3…). */
  number: number;
  score: number;
  x: number;
  y: number;
}

export interface SpreadRowGeometry {
  id: string;
  label: string;
  isOverall: boolean;
  top: number;
  height: number;
  /** The bar from the lowest to the highest score. */
  bar: { x: number; y: number; width: number; height: number };
  dots: SpreadDot[];
}

export interface SpreadGeometry {
  width: number;
  height: number;
  trackLeft: number;
  trackRight: number;
  ticks: { value: number; x: number }[];
  rows: SpreadRowGeometry[];
}

/**
 * Places the rows, bars and dots. Dots are sorted by score; each goes to the first lane where it does
 * not touch the dot before it, so equal or close scores stack instead of hiding each other.
 */
export function computeSpreadGeometry(rows: readonly SpreadRow[], width: number): SpreadGeometry {
  const trackLeft = LABEL_WIDTH + DOT_RADIUS + 4;
  const trackRight = width - DOT_RADIUS - 2;
  const xOf = (score: number) =>
    trackLeft + (Math.max(0, Math.min(100, score)) / 100) * (trackRight - trackLeft);
  let top = AXIS_HEIGHT;
  const placed = rows.map((row): SpreadRowGeometry => {
    const order = row.scores
      .map((score, index) => ({ number: index + 1, score, x: xOf(score) }))
      .sort((a, b) => a.x - b.x || a.number - b.number);
    const laneEnds: number[] = [];
    const withLane = order.map((dot) => {
      let lane = laneEnds.findIndex((end) => dot.x - end >= 2 * DOT_RADIUS + 1);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = dot.x;
      return { ...dot, lane };
    });
    const lanes = Math.max(1, laneEnds.length);
    const height = lanes * LANE_HEIGHT + 2 * ROW_PADDING;
    const firstLaneY = top + ROW_PADDING + LANE_HEIGHT / 2;
    const geometry: SpreadRowGeometry = {
      id: row.id,
      label: row.label,
      isOverall: row.id === 'overall',
      top,
      height,
      bar: {
        x: xOf(row.min) - DOT_RADIUS - 1,
        y: top + ROW_PADDING - 1,
        width: xOf(row.max) - xOf(row.min) + 2 * DOT_RADIUS + 2,
        height: lanes * LANE_HEIGHT + 2,
      },
      dots: withLane
        .sort((a, b) => a.number - b.number)
        .map((dot) => ({
          number: dot.number,
          score: dot.score,
          x: dot.x,
          y: firstLaneY + dot.lane * LANE_HEIGHT,
        })),
    };
    top += height;
    return geometry;
  });
  return {
    width,
    height: top + 2,
    trackLeft,
    trackRight,
    ticks: TICKS.map((value) => ({ value, x: xOf(value) })),
    rows: placed,
  };
}

const labelStyle = { fontFamily: REPORT_FONT, fontSize: 8.5 };

export function SpreadChart({ rows, width }: { rows: readonly SpreadRow[]; width: number }) {
  const geometry = computeSpreadGeometry(rows, width);
  return (
    <Svg width={geometry.width} height={geometry.height} viewBox={`0 0 ${geometry.width} ${geometry.height}`}>
      <G>
        {geometry.ticks.map((tick) => (
          <G key={tick.value}>
            <Line
              x1={tick.x}
              y1={AXIS_HEIGHT - 3}
              x2={tick.x}
              y2={geometry.height}
              stroke={COLORS.border}
              strokeWidth={0.6}
            />
            <Text
              x={tick.x}
              y={AXIS_HEIGHT - 6}
              textAnchor="middle"
              style={{ fontFamily: REPORT_FONT, fontSize: 7 }}
              fill={COLORS.muted}
            >
              {String(tick.value)}
            </Text>
          </G>
        ))}
        {geometry.rows.map((row) => (
          <G key={row.id}>
            <Line
              x1={0}
              y1={row.top + row.height}
              x2={geometry.width}
              y2={row.top + row.height}
              stroke={COLORS.border}
              strokeWidth={row.isOverall ? 1.2 : 0.4}
            />
            <Text
              x={0}
              y={row.top + row.height / 2 + 3}
              style={{ ...labelStyle, fontWeight: row.isOverall ? 'bold' : 'normal' }}
              fill={COLORS.text}
            >
              {row.label}
            </Text>
            <Rect
              x={row.bar.x}
              y={row.bar.y}
              width={row.bar.width}
              height={row.bar.height}
              rx={DOT_RADIUS + 1}
              ry={DOT_RADIUS + 1}
              fill={COLORS.accentLight}
              stroke={COLORS.accent}
              strokeWidth={0.6}
            />
            {row.dots.map((dot) => (
              <G key={dot.number}>
                <Circle
                  cx={dot.x}
                  cy={dot.y}
                  r={DOT_RADIUS}
                  fill={COLORS.accent}
                  stroke="#ffffff"
                  strokeWidth={0.8}
                />
                <Text
                  x={dot.x}
                  y={dot.y + (dot.number < 10 ? 2.5 : 2)}
                  textAnchor="middle"
                  style={{ fontFamily: REPORT_FONT, fontSize: dot.number < 10 ? 7 : 5.5, fontWeight: 'bold' }}
                  fill="#ffffff"
                >
                  {String(dot.number)}
                </Text>
              </G>
            ))}
          </G>
        ))}
      </G>
    </Svg>
  );
}
