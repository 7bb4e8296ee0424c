/**
 * The spread of scores per theme as a chart: for each theme its name, then a 0–100 track with the range
 * from the lowest to the highest score and a dot per participant. Names above the tracks keep the text
 * readable on a phone. The table next to it holds the same numbers.
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
const ROW_HEIGHT = 48;
const TRACK = WIDTH - 2 * PAD;

export function ThemeSpreadChart({ rows, label }: { rows: SpreadRow[]; label: string }) {
  const height = rows.length * ROW_HEIGHT + 24;
  const x = (score: number) => PAD + (score / 100) * TRACK;
  return (
    <svg
      className="spread-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      data-testid="spread-chart"
    >
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={14} y2={height - 18} className="spread-grid" />
          <text x={x(tick)} y={height - 4} textAnchor="middle" className="spread-tick">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const top = index * ROW_HEIGHT;
        const y = top + 32;
        return (
          <g key={row.id}>
            <text x={PAD} y={top + 16} className="spread-label">
              {row.label}
            </text>
            <line x1={x(0)} x2={x(100)} y1={y} y2={y} className="spread-track" />
            <line x1={x(row.min)} x2={x(row.max)} y1={y} y2={y} className="spread-range" />
            {row.scores.map((score, participant) => (
              <circle key={participant} cx={x(score)} cy={y} r={5} className="spread-dot" />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
