/**
 * The PDF report: a cover, then the content pages with a running header and page numbers.
 * Everything it says comes from the report model.
 */
import { Document } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { ApplicationSection } from './application-section.tsx';
import { ApplicationPointer, EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, FiguresSection, NextStepsSection } from './closing-sections.tsx';
import { ContentPages } from './page-frame.tsx';
import { ProgressSection } from './progress-section.tsx';
import { StrengthsSection, SummarySection } from './summary-section.tsx';
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

/**
 * The report: a summary of at most two pages (level and why, what blocks the next level, the three actions that
 * matter most, the legal check as one table), then the details. The evidence folder and the application draft
 * appear only when the organisation prepares an application; otherwise one line says where to do it.
 */
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
      <ContentPages
        header={{ left: model.title, right: model.organisationName ?? dateLabel }}
        footer={{ dateLabel, pageLabel: model.texts.page }}
        parts={[
          <SummarySection model={model} dateLabel={dateLabel} />,
          <>
            {model.progress ? <ProgressSection progress={model.progress} texts={model.texts} /> : null}
            <StrengthsSection model={model} />
            <ActionPlanSection model={model} />
          </>,
          <ThemesSection model={model} />,
          <>
            <LegalCheckSection model={model} />
            <FindOutSection model={model} />
          </>,
          model.preparesApplication ? <EvidenceSection model={model} /> : null,
          <>
            {model.preparesApplication ? (
              <ApplicationSection model={model} />
            ) : (
              <ApplicationPointer model={model} />
            )}
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
