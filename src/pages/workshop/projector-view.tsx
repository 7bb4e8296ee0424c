/**
 * The projector view: the workshop for the room, full width in large type, in a modal dialog (Esc or the close
 * button leaves it). Before the advisor reveals the spread it shows only the arrivals per role; after, the chart
 * with numbered dots, the score table (a row per participant, so it never scrolls sideways), the five questions to
 * discuss first with each role's answers where roles may be shown, and the rest on request.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../questionnaire/schema.ts';
import type { QuestionComparison } from '../../../scoring/workshop.ts';
import type { Labels } from '../../../templates/labels.ts';
import { groupAnswers, type RolePrivacy } from '../../../templates/role-privacy.ts';
import { UserText } from '../../components/user-text.tsx';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';
import type { GroupView } from './group-view.ts';
import { ArrivalsByRole, RevealButton } from './reveal-controls.tsx';
import { ThemeSpreadChart, type SpreadRow } from './theme-spread-chart.tsx';

/** How many disagreements to discuss first. */
export const FIRST_DISAGREEMENTS = 5;

export function ProjectorView({
  view,
  rows,
  labels,
  participants,
  revealed,
  language,
  onClose,
}: {
  view: GroupView;
  /** The overall score, then each theme. */
  rows: SpreadRow[];
  labels: Labels;
  participants: readonly WorkshopParticipant[];
  revealed: boolean;
  language: Language;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="projector"
      aria-labelledby="projector-title"
      data-testid="projector"
      onCancel={(event) => {
        // Esc: leave the projector view the same way as the close button (React state closes the dialog).
        event.preventDefault();
        onClose();
      }}
    >
      <div className="projector-bar">
        <h2 id="projector-title" ref={headingRef} tabIndex={-1}>
          {t('workshop.projector.title')}
        </h2>
        <div className="button-row">
          <RevealButton revealed={revealed} />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('workshop.projector.close')}
          </button>
        </div>
      </div>
      <p className="muted">{t('workshop.projector.closeHint')}</p>
      {revealed && participants.length >= 2 ? (
        <>
          <section aria-labelledby="projector-spread-title">
            <h3 id="projector-spread-title">{t('workshop.spreadTitle')}</h3>
            <div className="projector-spread">
              <ThemeSpreadChart
                rows={rows}
                label={t('workshop.projector.chartLabel')}
                testId="projector-chart"
              />
              <ParticipantScoreTable
                view={view}
                rows={rows}
                participants={participants}
                caption={t('workshop.projector.scoresCaption')}
                testId="projector-table"
              />
            </div>
          </section>
          <ProjectorDisagreements view={view} labels={labels} />
        </>
      ) : (
        <>
          <ArrivalsByRole participants={participants} language={language} />
          <p className="notice notice-info" data-testid="projector-hidden">
            {participants.length >= 2 ? t('workshop.room.hiddenNote') : t('workshop.needTwo')}
          </p>
        </>
      )}
    </dialog>
  );
}

/** A row per participant and a column per score: as many participants as come, never wider than the screen. */
export function ParticipantScoreTable({
  view,
  rows,
  participants,
  caption,
  testId,
  hasCellTestIds = false,
}: {
  view: GroupView;
  rows: SpreadRow[];
  participants: readonly WorkshopParticipant[];
  caption: string;
  testId: string;
  /** Marks the lowest and highest cells as `min-<row id>` and `max-<row id>` (once per page). */
  hasCellTestIds?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="participant-scores-box">
      <table className="score-table participant-scores" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.participant')}</th>
            {rows.map((row) => (
              <th scope="col" key={row.id}>
                {row.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, index) => (
            <tr key={participant.id}>
              <th scope="row">
                <span className="participant-number">{index + 1}</span>{' '}
                <UserText>{view.labels[index] ?? ''}</UserText>
              </th>
              {rows.map((row) => (
                <td key={row.id}>{row.scores[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('workshop.lowest')}</th>
            {rows.map((row) => (
              <td key={row.id} data-testid={hasCellTestIds ? `min-${row.id}` : undefined}>
                {row.min}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('workshop.highest')}</th>
            {rows.map((row) => (
              <td key={row.id} data-testid={hasCellTestIds ? `max-${row.id}` : undefined}>
                {row.max}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Each role's answers to one question, in the groups the privacy rule shows ("Overige rollen", …). */
export function GroupAnswerList({
  question,
  privacy,
  labels,
}: {
  question: QuestionComparison;
  privacy: RolePrivacy;
  labels: Labels;
}) {
  return (
    <ul className="role-answers">
      {groupAnswers(question.answers, privacy).map(({ group, answers }) => (
        <li key={group.key}>
          <strong>{group.label}:</strong>{' '}
          {answers
            .map((answer) => `${labels.option(question.questionId, answer.optionId)} (${answer.count})`)
            .join(', ')}
        </li>
      ))}
    </ul>
  );
}

function ProjectorDisagreements({ view, labels }: { view: GroupView; labels: Labels }) {
  const { t } = useTranslation();
  const [showOthers, setShowOthers] = useState(false);
  const all = view.comparison.disagreements;
  const others = all.length - FIRST_DISAGREEMENTS;
  const list = showOthers ? all : all.slice(0, FIRST_DISAGREEMENTS);
  return (
    <section aria-labelledby="projector-disagreements-title">
      <h3 id="projector-disagreements-title">{t('workshop.projector.discussFirst')}</h3>
      <ol className="projector-disagreements" data-testid="projector-disagreements">
        {list.map((question) => (
          <li key={question.questionId} data-question={question.questionId}>
            <p className="projector-question">{labels.question(question.questionId)}</p>
            <p className="muted">{labels.section(question.themeId ?? 'intake')}</p>
            <GroupAnswerList question={question} privacy={view.privacy} labels={labels} />
          </li>
        ))}
      </ol>
      {others > 0 ? (
        <button type="button" className="button button-secondary" onClick={() => setShowOthers(!showOthers)}>
          {showOthers ? t('workshop.showFewer') : t('workshop.showOthers', { count: others })}
        </button>
      ) : null}
    </section>
  );
}
