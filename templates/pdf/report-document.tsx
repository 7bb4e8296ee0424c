/**
 * The PDF report: a cover, then the content pages with a running header and page numbers.
 * Everything it says comes from the report model.
 */
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, FiguresSection, NextStepsSection } from './closing-sections.tsx';
import { CoverPage } from './cover-page.tsx';
import { REPORT_FONT } from './fonts.ts';
import { SummarySection } from './summary-section.tsx';
import { ThemesSection } from './themes-section.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  // No lineHeight on the page: it breaks the render-prop footer (see TOOLCHAIN.md).
  page: {
    fontFamily: REPORT_FONT,
    color: COLORS.text,
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: 48,
  },
  header: {
    position: 'absolute',
    top: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingBottom: 4,
  },
  headerText: { fontSize: SIZES.small, color: COLORS.muted },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
  footerText: { fontSize: SIZES.small, color: COLORS.muted },
});

export interface ReportDocumentProps {
  model: ReportModel;
  /** The report date as an ISO string; shown on the cover and in the file name. */
  date: string;
}

export function formatReportDate(date: string, language: ReportModel['language']): string {
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(parsed);
}

export function ReportDocument({ model, date }: ReportDocumentProps) {
  const l = model.language;
  const dateLabel = formatReportDate(date, l);
  const pageLabel = model.texts.page;
  return (
    <Document
      title={model.title}
      author="Quickscan zorgvriendelijk werkgeverschap"
      subject={model.organisationName ?? undefined}
      language={l === 'nl' ? 'nl-NL' : 'en-GB'}
    >
      <CoverPage model={model} dateLabel={dateLabel} />
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.header} fixed>
          <Text style={styles.headerText}>{model.title}</Text>
          <Text style={styles.headerText}>{model.organisationName ?? dateLabel}</Text>
        </View>
        <SummarySection model={model} />
        <ActionPlanSection model={model} />
        <ThemesSection model={model} />
        <LegalCheckSection model={model} />
        <FindOutSection model={model} />
        <EvidenceSection model={model} />
        <NextStepsSection model={model} />
        <FiguresSection model={model} />
        <DisclaimerSection model={model} />
        <AppendixSection model={model} />
        <View style={styles.footer} fixed>
          <Text style={styles.footerText}>{dateLabel}</Text>
          <Text
            style={styles.footerText}
            render={({ pageNumber, totalPages }) =>
              pageLabel.replace('{page}', String(pageNumber)).replace('{total}', String(totalPages))
            }
          />
        </View>
      </Page>
    </Document>
  );
}
