/**
 * The spread of scores per theme as a chart: for each theme a 0–100 track with the range from the
 * lowest to the highest score and a dot per participant. The table next to it holds the same numbers.
 */
export interface SpreadRow {
  id: string;
  label: string;
  scores: number[];
  min: number;
  max: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const ROW_HEIGHT = 34;
const TRACK = WIDTH - LABEL_WIDTH - 20;

export function ThemeSpreadChart({ rows, label }: { rows: SpreadRow[]; label: string }) {
  const height = rows.length * ROW_HEIGHT + 24;
  const x = (score: number) => LABEL_WIDTH + (score / 100) * TRACK;
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
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 18} className="spread-grid" />
          <text x={x(tick)} y={height - 4} textAnchor="middle" className="spread-tick">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = index * ROW_HEIGHT + ROW_HEIGHT / 2;
        return (
          <g key={row.id}>
            <text x={LABEL_WIDTH - 8} y={y + 4} textAnchor="end" className="spread-label">
              {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
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
