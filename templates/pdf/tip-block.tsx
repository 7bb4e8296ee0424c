import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { TipView } from '../report-model.ts';
import type { Language } from '../../questionnaire/schema.ts';
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
  language,
  showTitle = true,
}: {
  tip: TipView;
  language: Language;
  showTitle?: boolean;
}) {
  return (
    <View wrap={false}>
      {showTitle ? <Text style={styles.title}>{tip.title}</Text> : null}
      <P>{tip.text}</P>
      {tip.example ? (
        <View style={styles.example}>
          <Text style={styles.exampleTitle}>
            {REPORT_TEXTS.example[language]}: {tip.example.organisation}
          </Text>
          <Small>{tip.example.text}</Small>
          <Small>
            {REPORT_TEXTS.source[language]}: {tip.example.source}
          </Small>
        </View>
      ) : null}
    </View>
  );
}
