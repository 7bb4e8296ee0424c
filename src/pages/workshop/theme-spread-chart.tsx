/**
 * The spread of scores per theme as a chart: for each theme its name, then a 0–100 track with the range
 * from the lowest to the highest score and a numbered dot per participant (the number of the participant
 * table, so each dot can be told apart without colour). Dots that would overlap go to a lane below.
 * Names above the tracks keep the text readable on a phone. A table beside it holds the same numbers.
 */
export interface SpreadRow {
  id: string;
  label: string;
  scores: number[];
  min: number;
  max: number;
}

const WIDTH = 420;
const PAD = 16;
const DOT_RADIUS = 9;
const LANE = 2 * DOT_RADIUS + 2;
/** Room for the theme's name above its track. */
const LABEL_HEIGHT = 22;
const ROW_GAP = 10;
const AXIS_HEIGHT = 22;
const TRACK = WIDTH - 2 * PAD;

interface PlacedDot {
  number: number;
  x: number;
  lane: number;
}

const xOf = (score: number) => PAD + (Math.max(0, Math.min(100, score)) / 100) * TRACK;

/** Sorted by score, each dot goes to the first lane where it keeps clear of the dot before it. */
function placeDots(scores: readonly number[]): { dots: PlacedDot[]; lanes: number } {
  const order = scores
    .map((score, index) => ({ number: index + 1, x: xOf(score) }))
    .sort((a, b) => a.x - b.x || a.number - b.number);
  const laneEnds: number[] = [];
  const dots = order.map((dot) => {
    let lane = laneEnds.findIndex((end) => dot.x - end >= 2 * DOT_RADIUS + 1);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = dot.x;
    return { ...dot, lane };
  });
  return { dots, lanes: Math.max(1, laneEnds.length) };
}

/** Each row's top and bottom (each grows with its lanes), and its dots. */
function placeRows(rows: readonly SpreadRow[]) {
  let top = 0;
  return rows.map((row) => {
    const { dots, lanes } = placeDots(row.scores);
    const rowTop = top;
    top += LABEL_HEIGHT + lanes * LANE + ROW_GAP;
    return { row, dots, lanes, top: rowTop, bottom: top };
  });
}

export function ThemeSpreadChart({
  rows,
  label,
  testId = 'spread-chart',
}: {
  rows: SpreadRow[];
  label: string;
  testId?: string;
}) {
  const placed = placeRows(rows);
  const height = (placed.at(-1)?.bottom ?? 0) + AXIS_HEIGHT;
  return (
    <svg
      className="spread-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line
            x1={xOf(tick)}
            x2={xOf(tick)}
            y1={LABEL_HEIGHT - 4}
            y2={height - 18}
            className="spread-grid"
          />
          <text x={xOf(tick)} y={height - 4} textAnchor="middle" className="spread-tick">
            {tick}
          </text>
        </g>
      ))}
      {placed.map(({ row, dots, lanes, top: rowTop }) => {
        const firstY = rowTop + LABEL_HEIGHT + LANE / 2;
        return (
          <g key={row.id} data-row={row.id}>
            <text x={PAD} y={rowTop + 15} className="spread-label">
              {row.label}
            </text>
            <rect
              x={xOf(0) - DOT_RADIUS}
              y={firstY - DOT_RADIUS - 1}
              width={TRACK + 2 * DOT_RADIUS}
              height={lanes * LANE}
              rx={DOT_RADIUS}
              className="spread-track-box"
            />
            <rect
              x={xOf(row.min) - DOT_RADIUS - 1}
              y={firstY - DOT_RADIUS - 1}
              width={xOf(row.max) - xOf(row.min) + 2 * DOT_RADIUS + 2}
              height={lanes * LANE}
              rx={DOT_RADIUS}
              className="spread-range-box"
            />
            {dots.map((dot) => (
              <g key={dot.number} className="spread-dot-group" data-participant={dot.number}>
                <circle cx={dot.x} cy={firstY + dot.lane * LANE} r={DOT_RADIUS} className="spread-dot" />
                <text
                  x={dot.x}
                  y={firstY + dot.lane * LANE + 4}
                  textAnchor="middle"
                  className={
                    dot.number < 10 ? 'spread-dot-number' : 'spread-dot-number spread-dot-number-small'
                  }
                >
                  {dot.number}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
