/**
 * The PDF report: a cover, then the content pages with a running header and page numbers.
 * Everything it says comes from the report model.
 */
import { Document, Page } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { ApplicationSection } from './application-section.tsx';
import { EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, FiguresSection, NextStepsSection } from './closing-sections.tsx';
import { CoverPage } from './cover-page.tsx';
import { frameStyles, PageFooter, RunningHeader } from './page-frame.tsx';
import { ProgressSection } from './progress-section.tsx';
import { SummarySection } from './summary-section.tsx';
import { ThemesSection } from './themes-section.tsx';

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
  return (
    <Document
      title={model.title}
      author="Quickscan zorgvriendelijk werkgeverschap"
      subject={model.organisationName ?? undefined}
      language={l === 'nl' ? 'nl-NL' : 'en-GB'}
    >
      <CoverPage model={model} dateLabel={dateLabel} />
      <Page size="A4" style={frameStyles.page} wrap>
        <RunningHeader left={model.title} right={model.organisationName ?? dateLabel} />
        <SummarySection model={model} />
        {model.progress ? <ProgressSection progress={model.progress} texts={model.texts} /> : null}
        <ActionPlanSection model={model} />
        <ThemesSection model={model} />
        <LegalCheckSection model={model} />
        <FindOutSection model={model} />
        <EvidenceSection model={model} />
        <ApplicationSection model={model} />
        <NextStepsSection model={model} />
        <FiguresSection model={model} />
        <DisclaimerSection model={model} />
        <AppendixSection model={model} />
        <PageFooter dateLabel={dateLabel} pageLabel={model.texts.page} />
      </Page>
    </Document>
  );
}
