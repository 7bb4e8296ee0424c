import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { toChartData } from '../chart-data.ts';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { RadarChart } from './radar-chart.tsx';
import { Bullet, H2, H3, HeadedList, P } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  levelBox: { backgroundColor: COLORS.accentLight, borderRadius: 6, padding: 12, marginBottom: 8 },
  levelLabel: { fontSize: 14, fontWeight: 'bold', color: COLORS.accent, marginBottom: 4 },
  chart: { alignItems: 'center', marginTop: 4 },
  table: { marginTop: 4, marginBottom: 4 },
  tableRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingVertical: 4,
  },
  cellTheme: { width: '55%', fontSize: SIZES.body },
  cellScore: { width: '15%', fontSize: SIZES.body, fontWeight: 'bold' },
  cellBand: { width: '30%', fontSize: SIZES.body },
  head: { fontWeight: 'bold', color: COLORS.muted },
});

export function SummarySection({ model }: { model: ReportModel }) {
  const l = model.language;
  return (
    <View>
      <H2>{REPORT_TEXTS.summary[l]}</H2>
      <View style={styles.levelBox} wrap={false}>
        <Text style={styles.levelLabel}>
          {REPORT_TEXTS.level[l]}: {model.level.label} · {REPORT_TEXTS.overall[l]} {model.overall} / 100
        </Text>
        <P>{model.level.description}</P>
      </View>
      <View wrap={false}>
        <View style={styles.chart}>
          <RadarChart data={toChartData(model)} width={480} height={230} />
        </View>
        <View style={styles.table}>
          <View style={styles.tableRow}>
            <Text style={[styles.cellTheme, styles.head]}>{REPORT_TEXTS.theme[l]}</Text>
            <Text style={[styles.cellScore, styles.head]}>{REPORT_TEXTS.score[l]}</Text>
            <Text style={[styles.cellBand, styles.head]}>{REPORT_TEXTS.band[l]}</Text>
          </View>
          {model.themes.map((theme) => (
            <View key={theme.id} style={styles.tableRow}>
              <Text style={styles.cellTheme}>{theme.title}</Text>
              <Text style={styles.cellScore}>{theme.score}</Text>
              <Text style={styles.cellBand}>{theme.band}</Text>
            </View>
          ))}
        </View>
      </View>
      <HeadedList
        heading={
          <H3>
            {model.nextLevel
              ? `${REPORT_TEXTS.blockers[l]}: ${model.nextLevel.label}`
              : REPORT_TEXTS.blockers[l]}
          </H3>
        }
        items={model.blockers.map((blocker) => (
          <Bullet key={blocker}>{blocker}</Bullet>
        ))}
        empty={<P>{REPORT_TEXTS.topLevelReached[l]}</P>}
      />
      <HeadedList
        heading={<H3>{REPORT_TEXTS.strengths[l]}</H3>}
        items={model.strengths.slice(0, 6).map((strength) => (
          <Bullet key={strength} mark="✓">
            {strength}
          </Bullet>
        ))}
        empty={<P>{REPORT_TEXTS.noStrengths[l]}</P>}
      />
    </View>
  );
}
