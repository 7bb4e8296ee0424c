import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportTexts } from '../content/report-texts.ts';
import type { ReportModel, TipView } from '../report-model.ts';
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
  notes: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.warning,
    paddingLeft: 8,
    marginTop: 4,
    marginBottom: 6,
  },
});

/** A tip, with its cao example where one fits (unless the section has shown that example already). */
export function TipBlock({
  tip,
  texts,
  showTitle = true,
  showExample = true,
}: {
  tip: TipView;
  texts: ReportTexts;
  showTitle?: boolean;
  showExample?: boolean;
}) {
  return (
    <View wrap={false}>
      {showTitle ? <Text style={styles.title}>{tip.title}</Text> : null}
      <P>{tip.text}</P>
      {tip.example && showExample ? (
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

/**
 * What holds for every tip of a section, said once at its end: the deviation note for this organisation with the
 * date of the law when a legal tip is among them, and where the examples come from when one is shown.
 */
export function SectionNotes({ model, tips }: { model: ReportModel; tips: readonly TipView[] }) {
  const t = model.texts;
  const hasLegal = tips.some((tip) => tip.hasLegalNote);
  const hasExample = tips.some((tip) => tip.example !== null);
  if (!hasLegal && !hasExample) return null;
  return (
    <View style={styles.notes} wrap={false}>
      {hasLegal ? (
        <Small>
          {t.legalNote}: {model.legalNote}
        </Small>
      ) : null}
      {hasExample ? <Small>{t.examplesNote}</Small> : null}
    </View>
  );
}
