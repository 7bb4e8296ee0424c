/**
 * The spread chart of the group report: per row (the overall score, then each theme) a bar from the
 * lowest to the highest score and a numbered dot per participant, drawn with react-pdf's own Svg.
 * Dots that would overlap move to a lane below, so every participant stays visible.
 */
import { Circle, G, Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
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
const tickStyle = { fontFamily: REPORT_FONT, fontSize: 7 };

/** The tick labels 0, 25, 50, 75, 100 above the chart. */
function SpreadAxis({ width, ticks }: { width: number; ticks: SpreadGeometry['ticks'] }) {
  return (
    <Svg width={width} height={AXIS_HEIGHT} viewBox={`0 0 ${width} ${AXIS_HEIGHT}`}>
      {ticks.map((tick) => (
        <G key={tick.value}>
          <Line
            x1={tick.x}
            y1={AXIS_HEIGHT - 3}
            x2={tick.x}
            y2={AXIS_HEIGHT}
            stroke={COLORS.border}
            strokeWidth={0.6}
          />
          <Text x={tick.x} y={AXIS_HEIGHT - 6} textAnchor="middle" style={tickStyle} fill={COLORS.muted}>
            {String(tick.value)}
          </Text>
        </G>
      ))}
    </Svg>
  );
}

/** The part of a row every chart shares: the tick lines, the line under the row and the row's label. */
function RowFrame({ row, width, ticks }: { row: RowBox; width: number; ticks: SpreadGeometry['ticks'] }) {
  return (
    <G>
      {ticks.map((tick) => (
        <Line
          key={tick.value}
          x1={tick.x}
          y1={row.top}
          x2={tick.x}
          y2={row.top + row.height}
          stroke={COLORS.border}
          strokeWidth={0.6}
        />
      ))}
      <Line
        x1={0}
        y1={row.top + row.height}
        x2={width}
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
    </G>
  );
}

interface RowBox {
  label: string;
  isOverall: boolean;
  top: number;
  height: number;
}

/** One row of a chart as its own Svg (never split), so a tall chart can go on over the next page between two rows. */
function RowSvg({ row, width, children }: { row: RowBox; width: number; children: ReactNode }) {
  return (
    <Svg width={width} height={row.height + 1} viewBox={`0 ${row.top} ${width} ${row.height + 1}`}>
      {children}
    </Svg>
  );
}

/**
 * The spread chart with a numbered dot per participant. Every row is its own Svg and the axis repeats
 * at the top of each page, so a chart taller than a page (many equal scores stack into many lanes)
 * goes on over the next page instead of being cut off.
 */
export function SpreadChart({ rows, width }: { rows: readonly SpreadRow[]; width: number }) {
  const geometry = computeSpreadGeometry(rows, width);
  return (
    <View>
      <View fixed>
        <SpreadAxis width={geometry.width} ticks={geometry.ticks} />
      </View>
      {geometry.rows.map((row) => (
        <RowSvg key={row.id} row={row} width={geometry.width}>
          <RowFrame row={row} width={geometry.width} ticks={geometry.ticks} />
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
        </RowSvg>
      ))}
    </View>
  );
}

/** The height of a row of the summary chart, in pt: room for the middle score above the bar. */
const SUMMARY_ROW_HEIGHT = 30;
const SUMMARY_BAR_HEIGHT = 10;
/** Room right of the track for the highest score's number. */
const SUMMARY_RIGHT_MARGIN = 16;

export interface SpreadSummaryRowGeometry extends RowBox {
  id: string;
  lowest: number;
  /** The scores a quarter and three quarters of the way up (nearest rank), and the middle score. */
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  highest: number;
  /** The light bar from the lowest to the highest score. */
  bar: { x: number; y: number; width: number; height: number };
  /** The dark box around the middle half of the scores. */
  box: { x: number; width: number };
  /** Where the middle score's line is. */
  medianX: number;
}

export interface SpreadSummaryGeometry {
  width: number;
  height: number;
  ticks: { value: number; x: number }[];
  rows: SpreadSummaryRowGeometry[];
}

/**
 * The score that `share` (0–1) of the scores are at or below, by nearest rank: always a score someone
 * gave, so the chart never shows a score nobody has. 0 for no scores.
 */
export function scoreAtShare(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? 0;
}

/**
 * Places the rows of the summary chart: a fixed height per row whatever the number of participants,
 * with the lowest, the middle half, the middle and the highest score of the row.
 */
export function computeSpreadSummaryGeometry(
  rows: readonly SpreadRow[],
  width: number,
): SpreadSummaryGeometry {
  const trackLeft = LABEL_WIDTH + 12;
  const trackRight = width - SUMMARY_RIGHT_MARGIN;
  const xOf = (score: number) =>
    trackLeft + (Math.max(0, Math.min(100, score)) / 100) * (trackRight - trackLeft);
  const placed = rows.map((row, index): SpreadSummaryRowGeometry => {
    const sorted = [...row.scores].sort((a, b) => a - b);
    const top = AXIS_HEIGHT + index * SUMMARY_ROW_HEIGHT;
    const lowest = sorted[0] ?? 0;
    const highest = sorted[sorted.length - 1] ?? 0;
    const lowerQuartile = scoreAtShare(sorted, 0.25);
    const median = scoreAtShare(sorted, 0.5);
    const upperQuartile = scoreAtShare(sorted, 0.75);
    const barY = top + SUMMARY_ROW_HEIGHT - SUMMARY_BAR_HEIGHT - 6;
    return {
      id: row.id,
      label: row.label,
      isOverall: row.id === 'overall',
      top,
      height: SUMMARY_ROW_HEIGHT,
      lowest,
      lowerQuartile,
      median,
      upperQuartile,
      highest,
      bar: { x: xOf(lowest) - 2, y: barY, width: xOf(highest) - xOf(lowest) + 4, height: SUMMARY_BAR_HEIGHT },
      box: { x: xOf(lowerQuartile) - 1, width: xOf(upperQuartile) - xOf(lowerQuartile) + 2 },
      medianX: xOf(median),
    };
  });
  return {
    width,
    height: AXIS_HEIGHT + rows.length * SUMMARY_ROW_HEIGHT + 1,
    ticks: TICKS.map((value) => ({ value, x: xOf(value) })),
    rows: placed,
  };
}

const valueStyle = { fontFamily: REPORT_FONT, fontSize: 7 };

/**
 * The spread chart for a large group: per row a light bar from the lowest to the highest score, a dark
 * box around the middle half of the participants and a line at the middle score, with those numbers.
 * Its height does not depend on the number of participants.
 */
export function SpreadSummaryChart({ rows, width }: { rows: readonly SpreadRow[]; width: number }) {
  const geometry = computeSpreadSummaryGeometry(rows, width);
  return (
    <View>
      <SpreadAxis width={geometry.width} ticks={geometry.ticks} />
      {geometry.rows.map((row) => {
        const barBottom = row.bar.y + row.bar.height;
        return (
          <RowSvg key={row.id} row={row} width={geometry.width}>
            <RowFrame row={row} width={geometry.width} ticks={geometry.ticks} />
            <Rect
              x={row.bar.x}
              y={row.bar.y}
              width={row.bar.width}
              height={row.bar.height}
              rx={2}
              ry={2}
              fill={COLORS.accentLight}
              stroke={COLORS.accent}
              strokeWidth={0.6}
            />
            <Rect
              x={row.box.x}
              y={row.bar.y}
              width={row.box.width}
              height={row.bar.height}
              fill={COLORS.accent}
            />
            <Line
              x1={row.medianX}
              y1={row.bar.y - 3}
              x2={row.medianX}
              y2={barBottom + 3}
              stroke={COLORS.text}
              strokeWidth={1.6}
            />
            <Text
              x={row.medianX}
              y={row.bar.y - 5}
              textAnchor="middle"
              style={{ ...valueStyle, fontWeight: 'bold' }}
              fill={COLORS.text}
            >
              {String(row.median)}
            </Text>
            <Text x={row.bar.x - 2} y={barBottom - 2} textAnchor="end" style={valueStyle} fill={COLORS.muted}>
              {String(row.lowest)}
            </Text>
            <Text x={row.bar.x + row.bar.width + 2} y={barBottom - 2} style={valueStyle} fill={COLORS.muted}>
              {String(row.highest)}
            </Text>
          </RowSvg>
        );
      })}
    </View>
  );
}
