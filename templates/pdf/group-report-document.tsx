/**
 * The PDF group report of a workshop: a cover, the participants and their roles, the spread of the
 * scores, the main disagreements, then the joint outcome with the sections of the single report.
 * Everything it says comes from the group report model.
 */
import { Document } from '@react-pdf/renderer';
import type { GroupReportModel } from '../group-report-model.ts';
import { ActionPlanSection } from './action-plan-section.tsx';
import { EvidenceSection, FindOutSection, LegalCheckSection } from './checks-section.tsx';
import { AppendixSection, DisclaimerSection, NextStepsSection } from './closing-sections.tsx';
import { buildParticipantParts } from './group-participant-parts.tsx';
import { ConsensusIntro, DisagreementsSection, GroupCoverPage } from './group-sections.tsx';
import { ContentPages } from './page-frame.tsx';
import { formatReportDate } from './report-document.tsx';
import { StrengthsSection, SummarySection } from './summary-section.tsx';
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
  const themes = <ThemesSection model={consensus} />;
  // As in the single report: the themes start on a new page only after an action plan with content.
  const hasActions = consensus.actions.length > 0;
  return (
    <Document
      title={model.title}
      author="Quickscan zorgvriendelijk werkgeverschap"
      subject={model.organisationName ?? undefined}
      language={l === 'nl' ? 'nl-NL' : 'en-GB'}
    >
      <GroupCoverPage model={model} dateLabel={dateLabel} />
      <ContentPages
        header={{ left: model.title, right: model.organisationName ?? dateLabel }}
        footer={{ dateLabel, pageLabel: model.texts.page }}
        parts={[
          ...buildParticipantParts(model),
          <DisagreementsSection model={model} />,
          <>
            <ConsensusIntro model={model} />
            <SummarySection model={consensus} dateLabel={dateLabel} hasTitle={false} />
            <StrengthsSection model={consensus} />
            <ActionPlanSection model={consensus} />
            {hasActions ? null : themes}
          </>,
          hasActions ? themes : null,
          <>
            <LegalCheckSection model={consensus} />
            <FindOutSection model={consensus} />
          </>,
          <>
            {consensus.preparesApplication ? <EvidenceSection model={consensus} /> : null}
            <NextStepsSection model={consensus} />
            <DisclaimerSection model={consensus} />
          </>,
          <AppendixSection model={consensus} />,
        ]}
      />
    </Document>
  );
}
