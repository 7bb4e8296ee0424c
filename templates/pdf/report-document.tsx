/**
 * The PDF report: a cover, then the content pages with a running header and page numbers.
 * Everything it says comes from the report model.
 */
import { Document } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { ApplicationSection } from './application-section.tsx';
import { EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, FiguresSection, NextStepsSection } from './closing-sections.tsx';
import { CoverPage } from './cover-page.tsx';
import { ContentPages } from './page-frame.tsx';
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
  const themes = <ThemesSection model={model} />;
  // The themes start on a new page only when the action plan before them has content; otherwise that page
  // would stay nearly empty.
  const hasActions = model.actions.length > 0;
  return (
    <Document
      title={model.title}
      author="Quickscan zorgvriendelijk werkgeverschap"
      subject={model.organisationName ?? undefined}
      language={l === 'nl' ? 'nl-NL' : 'en-GB'}
    >
      <CoverPage model={model} dateLabel={dateLabel} />
      <ContentPages
        header={{ left: model.title, right: model.organisationName ?? dateLabel }}
        footer={{ dateLabel, pageLabel: model.texts.page }}
        parts={[
          <>
            <SummarySection model={model} />
            {model.progress ? <ProgressSection progress={model.progress} texts={model.texts} /> : null}
            <ActionPlanSection model={model} />
            {hasActions ? null : themes}
          </>,
          hasActions ? themes : null,
          <>
            <LegalCheckSection model={model} />
            <FindOutSection model={model} />
          </>,
          <EvidenceSection model={model} />,
          <>
            <ApplicationSection model={model} />
            <NextStepsSection model={model} />
            <FiguresSection model={model} />
            <DisclaimerSection model={model} />
          </>,
          <AppendixSection model={model} />,
        ]}
      />
    </Document>
  );
}
