/**
 * The PDF group report of a workshop: a cover, the participants and their roles, the spread of the
 * scores, the main disagreements, then the joint outcome with the sections of the single report.
 * Everything it says comes from the group report model.
 */
import { Document, Page } from '@react-pdf/renderer';
import type { GroupReportModel } from '../group-report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, NextStepsSection } from './closing-sections.tsx';
import {
  ConsensusIntro,
  DisagreementsSection,
  GroupCoverPage,
  ParticipantsSection,
  SpreadSection,
} from './group-sections.tsx';
import { frameStyles, PageFooter, RunningHeader } from './page-frame.tsx';
import { formatReportDate } from './report-document.tsx';
import { SummarySection } from './summary-section.tsx';
import { ThemesSection } from './themes-section.tsx';

export interface GroupReportDocumentProps {
  model: GroupReportModel;
  /** The report date as an ISO string; shown on the cover and in the footer. */
  date: string;
}

export function GroupReportDocument({ model, date }: GroupReportDocumentProps) {
  const l = model.language;
  const dateLabel = formatReportDate(date, l);
  const consensus = model.consensus;
  return (
    <Document
      title={model.title}
      author="Quickscan zorgvriendelijk werkgeverschap"
      subject={model.organisationName ?? undefined}
      language={l === 'nl' ? 'nl-NL' : 'en-GB'}
    >
      <GroupCoverPage model={model} dateLabel={dateLabel} />
      <Page size="A4" style={frameStyles.page} wrap>
        <RunningHeader left={model.title} right={model.organisationName ?? dateLabel} />
        <ParticipantsSection model={model} />
        <SpreadSection model={model} />
        <DisagreementsSection model={model} />
        <ConsensusIntro model={model} />
        <SummarySection model={consensus} />
        <ActionPlanSection model={consensus} />
        <ThemesSection model={consensus} />
        <LegalCheckSection model={consensus} />
        <FindOutSection model={consensus} />
        <EvidenceSection model={consensus} />
        <NextStepsSection model={consensus} />
        <DisclaimerSection model={consensus} />
        <AppendixSection model={consensus} />
        <PageFooter dateLabel={dateLabel} pageLabel={model.texts.page} />
      </Page>
    </Document>
  );
}
