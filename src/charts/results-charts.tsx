/**
 * The radar and bar charts of the theme scores. Loaded as a separate chunk only when the results
 * are shown (React.lazy), so the scan itself never downloads recharts. The table beside them
 * carries the same numbers for screen readers, so the charts are hidden from assistive technology.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartDatum } from '../../templates/chart-data.ts';

const ACCENT = '#0b5e55';

export default function ResultsCharts({
  data,
  radarLabel,
  barLabel,
}: {
  data: ChartDatum[];
  radarLabel: string;
  barLabel: string;
}) {
  return (
    <div className="charts" aria-hidden="true">
      <figure className="chart" data-testid="radar-chart">
        <figcaption>{radarLabel}</figcaption>
        <ResponsiveContainer width="100%" height={320}>
          <RadarChart
            data={data}
            outerRadius="62%"
            margin={{ top: 8, right: 56, bottom: 8, left: 56 }}
            accessibilityLayer={false}
          >
            <PolarGrid />
            {/* A width makes recharts wrap a label over lines: "Wettelijke regelingen" in one line ran out of the chart
                on a phone. A plain object, not an element (decision 0010). */}
            <PolarAngleAxis dataKey="label" tick={{ fontSize: 12, fill: '#1c2321', width: 84 }} />
            <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10 }} />
            <Radar
              dataKey="score"
              stroke={ACCENT}
              fill={ACCENT}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="chart" data-testid="bar-chart">
        <figcaption>{barLabel}</figcaption>
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 32 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickCount={6} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12, fill: '#1c2321' }} />
            {/* The score label as a prop, not a <LabelList> child: recharts keeps a bar's props in its (frozen)
                store, and the page's Preact cannot render a frozen element (decision 0010). */}
            <Bar dataKey="score" fill={ACCENT} isAnimationActive={false} label={{ position: 'right' }} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
