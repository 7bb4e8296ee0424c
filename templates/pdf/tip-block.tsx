import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportTexts } from '../content/report-texts.ts';
import type { TipView } from '../report-model.ts';
import { P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  title: { fontSize: SIZES.body, fontWeight: 'bold', marginBottom: 2, lineHeight: 1.35 },
  example: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.accent,
    paddingLeft: 8,
    marginTop: 2,
    marginBottom: 6,
  },
  exampleTitle: { fontSize: SIZES.small, fontWeight: 'bold', marginBottom: 1 },
});

/** A tip, with its cao example where one fits. */
export function TipBlock({
  tip,
  texts,
  showTitle = true,
}: {
  tip: TipView;
  texts: ReportTexts;
  showTitle?: boolean;
}) {
  return (
    <View wrap={false}>
      {showTitle ? <Text style={styles.title}>{tip.title}</Text> : null}
      <P>{tip.text}</P>
      {tip.example ? (
        <View style={styles.example}>
          <Text style={styles.exampleTitle}>
            {texts.example}: {tip.example.organisation} ({tip.example.period})
          </Text>
          <Small>{tip.example.text}</Small>
          <Small>
            {texts.source}: {tip.example.source}
          </Small>
        </View>
      ) : null}
    </View>
  );
}
