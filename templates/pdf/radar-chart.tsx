/** The radar chart of the theme scores, drawn with react-pdf's own Svg from the shared chart geometry. */
import { G, Line, Polygon, Svg, Text } from '@react-pdf/renderer';
import type { ChartDatum } from '../chart-data.ts';
import { computeRadarGeometry } from '../chart-geometry.ts';
import { REPORT_FONT } from './fonts.ts';
import { COLORS } from './theme.ts';

export function RadarChart({
  data,
  width = 300,
  height = 220,
}: {
  data: ChartDatum[];
  width?: number;
  height?: number;
}) {
  const geometry = computeRadarGeometry(data, width, height, 36);
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <G>
        {geometry.rings.map((points) => (
          <Polygon key={points} points={points} stroke={COLORS.border} strokeWidth={0.8} fill="none" />
        ))}
        {geometry.axes.map((axis) => (
          <Line
            key={axis.label}
            x1={geometry.centre.x}
            y1={geometry.centre.y}
            x2={axis.x}
            y2={axis.y}
            stroke={COLORS.border}
            strokeWidth={0.8}
          />
        ))}
        <Polygon
          points={geometry.shape}
          stroke={COLORS.accent}
          strokeWidth={1.5}
          fill={COLORS.accent}
          fillOpacity={0.3}
        />
        {geometry.axes.map((axis) => (
          <Text
            key={`label-${axis.label}`}
            x={axis.labelX}
            y={axis.labelY}
            textAnchor={axis.anchor}
            style={{ fontFamily: REPORT_FONT, fontSize: 9 }}
            fill={COLORS.text}
          >
            {`${axis.label} (${axis.score})`}
          </Text>
        ))}
      </G>
    </Svg>
  );
}
