/** Progress since an earlier scan: overall and level then and now, the themes, and which answers moved. */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportTexts } from '../content/report-texts.ts';
import type { ProgressListView, ProgressView } from '../progress-model.ts';
import { H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  box: { backgroundColor: COLORS.accentLight, borderRadius: 6, padding: 12, marginBottom: 8 },
  boxLine: { fontSize: 12, fontWeight: 'bold', color: COLORS.accent, lineHeight: 1.4 },
  table: { marginTop: 4, marginBottom: 6 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 4 },
  cellTheme: { width: '46%', fontSize: SIZES.body },
  cellNumber: { width: '18%', fontSize: SIZES.body, textAlign: 'right' },
  head: { fontWeight: 'bold', color: COLORS.muted },
  up: { color: COLORS.accent, fontWeight: 'bold' },
  down: { color: COLORS.danger, fontWeight: 'bold' },
  item: { marginBottom: 4, paddingLeft: 10 },
  question: { fontSize: SIZES.body, lineHeight: 1.4 },
});

function changeStyle(change: number) {
  if (change > 0) return styles.up;
  if (change < 0) return styles.down;
  return {};
}

function ChangeList({ list, mark }: { list: ProgressListView; mark: string }) {
  return (
    <HeadedList
      heading={<H3>{list.title}</H3>}
      items={list.items.map((item) => (
        <View key={item.questionId} style={styles.item} wrap={false}>
          <Text style={styles.question}>
            {mark} {item.question}
          </Text>
          <Small>
            {item.themeTitle} · {item.line}
          </Small>
        </View>
      ))}
      empty={<P>{list.empty}</P>}
    />
  );
}

export function ProgressSection({ progress, texts }: { progress: ProgressView; texts: ReportTexts }) {
  return (
    <View>
      <H2>{progress.title}</H2>
      <P>{progress.intro}</P>
      <Small>{progress.earlierLine}</Small>
      <View style={styles.box} wrap={false}>
        <Text style={styles.boxLine}>{progress.levelLine}</Text>
        <Text style={styles.boxLine}>{progress.overallLine}</Text>
      </View>
      <View style={styles.table} wrap={false}>
        <View style={styles.row}>
          <Text style={[styles.cellTheme, styles.head]}>{texts.theme}</Text>
          <Text style={[styles.cellNumber, styles.head]}>{texts.then}</Text>
          <Text style={[styles.cellNumber, styles.head]}>{texts.now}</Text>
          <Text style={[styles.cellNumber, styles.head]}>{texts.change}</Text>
        </View>
        {progress.themes.map((theme) => (
          <View key={theme.id} style={styles.row}>
            <Text style={styles.cellTheme}>{theme.label}</Text>
            <Text style={styles.cellNumber}>{theme.then}</Text>
            <Text style={styles.cellNumber}>{theme.now}</Text>
            <Text style={[styles.cellNumber, changeStyle(theme.change)]}>{theme.changeLabel}</Text>
          </View>
        ))}
        <View style={styles.row}>
          <Text style={[styles.cellTheme, styles.head]}>{texts.overall}</Text>
          <Text style={[styles.cellNumber, styles.head]}>{progress.overall.then}</Text>
          <Text style={[styles.cellNumber, styles.head]}>{progress.overall.now}</Text>
          <Text style={[styles.cellNumber, changeStyle(progress.overall.change)]}>
            {progress.overall.changeLabel}
          </Text>
        </View>
      </View>
      <ChangeList list={progress.nowInPlace} mark="✓" />
      <ChangeList list={progress.improved} mark="↗" />
      <ChangeList list={progress.worse} mark="↘" />
    </View>
  );
}
