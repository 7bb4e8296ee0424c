import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { REPORT_FONT } from './fonts.ts';
import { COLORS, SIZES } from './theme.ts';

/** The cover's styles, shared with the group report's cover. */
export const coverStyles = StyleSheet.create({
  page: { fontFamily: REPORT_FONT, color: COLORS.text, padding: 56, backgroundColor: '#ffffff' },
  band: {
    backgroundColor: COLORS.accent,
    marginHorizontal: -56,
    marginTop: -56,
    padding: 56,
    paddingBottom: 40,
  },
  title: { fontSize: SIZES.h1, fontWeight: 'bold', color: '#ffffff', lineHeight: 1.25 },
  subtitle: { fontSize: 12, color: '#ffffff', marginTop: 12, lineHeight: 1.4 },
  organisation: { fontSize: 18, fontWeight: 'bold', marginTop: 48, lineHeight: 1.3 },
  meta: { fontSize: SIZES.body, color: COLORS.muted, marginTop: 6 },
  level: {
    marginTop: 40,
    borderWidth: 2,
    borderColor: COLORS.accent,
    borderRadius: 6,
    padding: 16,
  },
  levelLabel: { fontSize: 16, fontWeight: 'bold', color: COLORS.accent, lineHeight: 1.3 },
  overall: { fontSize: 12, marginTop: 6 },
  disclaimer: {
    position: 'absolute',
    bottom: 48,
    left: 56,
    right: 56,
    fontSize: SIZES.small,
    color: COLORS.muted,
    lineHeight: 1.4,
  },
});

export function CoverPage({ model, dateLabel }: { model: ReportModel; dateLabel: string }) {
  const t = model.texts;
  return (
    <Page size="A4" style={coverStyles.page}>
      <View style={coverStyles.band}>
        <Text style={coverStyles.title}>{model.title}</Text>
        <Text style={coverStyles.subtitle}>{t.coverSubtitle}</Text>
      </View>
      {model.organisationName ? <Text style={coverStyles.organisation}>{model.organisationName}</Text> : null}
      <Text style={coverStyles.meta}>
        {t.date}: {dateLabel}
      </Text>
      <Text style={coverStyles.meta}>
        {t.version}: {model.questionnaireVersion}
      </Text>
      <View style={coverStyles.level}>
        <Text style={coverStyles.levelLabel}>
          {t.level}: {model.level.label}
        </Text>
        <Text style={coverStyles.overall}>{model.overallLine}</Text>
      </View>
      <Text style={coverStyles.disclaimer}>{model.disclaimer}</Text>
    </Page>
  );
}
