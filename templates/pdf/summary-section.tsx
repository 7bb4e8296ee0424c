import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { toChartData } from '../chart-data.ts';
import type { ReportModel } from '../report-model.ts';
import { RadarChart } from './radar-chart.tsx';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
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
  const t = model.texts;
  return (
    <View>
      <H2>{t.summary}</H2>
      <P>{t.intro}</P>
      <View style={styles.levelBox} wrap={false}>
        <Text style={styles.levelLabel}>
          {t.level}: {model.level.label} · {model.overallLine}
        </Text>
        <P>{model.level.description}</P>
        {model.readyNote ? <P>{model.readyNote}</P> : null}
      </View>
      <View wrap={false}>
        <View style={styles.chart}>
          <RadarChart data={toChartData(model)} width={480} height={230} />
        </View>
        <View style={styles.table}>
          <View style={styles.tableRow}>
            <Text style={[styles.cellTheme, styles.head]}>{t.theme}</Text>
            <Text style={[styles.cellScore, styles.head]}>{t.score}</Text>
            <Text style={[styles.cellBand, styles.head]}>{t.band}</Text>
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
        heading={<H3>{model.blockersTitle}</H3>}
        items={model.blockers.map((blocker) => (
          <Bullet key={blocker.text}>
            {blocker.reason ? `${blocker.text} ${t.blockerReason}: ${blocker.reason}` : blocker.text}
          </Bullet>
        ))}
        empty={<P>{t.topLevelReached}</P>}
      />
      <HeadedList
        heading={<H3>{t.strengths}</H3>}
        items={[
          ...model.strengths.items.map((strength) => (
            <Bullet key={strength} mark="✓">
              {strength}
            </Bullet>
          )),
          ...(model.strengths.more ? [<Small key="more">{model.strengths.more}</Small>] : []),
        ]}
        empty={<P>{t.noStrengths}</P>}
      />
    </View>
  );
}
