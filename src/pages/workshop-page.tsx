import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  createAnswersFile,
  PARTICIPANT_ROLES,
  ParticipantRoleSchema,
  type AnswersFile,
} from '../../questionnaire/answers-file.ts';
import { findQuestion, getOptions } from '../../questionnaire/questions.ts';
import type { Language, Questionnaire } from '../../questionnaire/schema.ts';
import { scoreSummary } from '../../scoring/score-questionnaire.ts';
import { buildConsensusFile, type QuestionComparison } from '../../scoring/workshop.ts';
import { createLabels, type Labels } from '../../templates/labels.ts';
import { participantLabel, roleLabel } from '../../templates/participant-labels.ts';
import type { RolePrivacy } from '../../templates/role-privacy.ts';
import { buildReportFileName } from '../../templates/report-file-name.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { AnswersFileDrop, RefusedFiles } from '../files/answers-file-drop.tsx';
import type { ReadFileResult } from '../files/read-answers-files.ts';
import { saveJsonFile, today } from '../files/save-file.ts';
import {
  useQuestionnaire,
  useScanState,
  useScanStore,
  useWorkshopState,
  useWorkshopStore,
} from '../scan/scan-context.tsx';
import { RESULTS_PATH } from '../scan/steps.ts';
import type { WorkshopParticipant } from '../scan/workshop-store.ts';
import { UserText } from '../components/user-text.tsx';
import { usePageFocus } from './use-page-focus.ts';
import { GroupReportButton } from './workshop/group-report-button.tsx';
import { useGroupView, type GroupView } from './workshop/group-view.ts';
import { PrivacyNote } from './workshop/privacy-note.tsx';
import {
  FIRST_DISAGREEMENTS,
  GroupAnswerList,
  ParticipantScoreTable,
  ProjectorView,
} from './workshop/projector-view.tsx';
import { ArrivalsByRole, RevealButton } from './workshop/reveal-controls.tsx';
import { RoomPanel } from './workshop/room-panel.tsx';
import { ThemeSpreadChart, type SpreadRow } from './workshop/theme-spread-chart.tsx';

/**
 * Workshop mode for advisors: collect several participants' scans (files, or filled in one after
 * another on this device), compare them with the disagreements first, and settle one agreed answer set.
 */
export function WorkshopPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const workshop = useWorkshopState();
  const headingRef = usePageFocus<HTMLHeadingElement>('workshop');
  const labels = useMemo(() => createLabels(questionnaire, language), [questionnaire, language]);
  const { participants, settled, revealed, showSingleRoles } = workshop;
  const view = useGroupView(questionnaire, participants, showSingleRoles, language);
  const { comparison } = view;
  const [isProjecting, setIsProjecting] = useState(false);
  const projectorButton = useRef<HTMLButtonElement>(null);
  const rows: SpreadRow[] = [
    { id: 'overall', label: t('workshop.overall'), ...comparison.overall },
    ...comparison.themes.map((theme) => ({ ...theme, label: labels.section(theme.id) })),
  ];

  return (
    <article className="workshop">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('workshop.title')}
      </h1>
      <p className="lead">{t('workshop.intro')}</p>
      <p className="muted">{t('workshop.privacy')}</p>
      {workshop.unreadable > 0 ? (
        <p className="notice notice-warning">{t('workshop.unreadable', { count: workshop.unreadable })}</p>
      ) : null}

      <RoomPanel />

      <ParticipantsSection language={language} view={view} revealed={revealed} />

      {participants.length >= 2 ? (
        <>
          <section className="report-section room-reveal" aria-labelledby="reveal-title">
            <h2 id="reveal-title">{t('workshop.room.title')}</h2>
            <ArrivalsByRole participants={participants} language={language} />
            <p>{revealed ? t('workshop.room.revealedNote') : t('workshop.room.hiddenNote')}</p>
            <div className="button-row">
              <RevealButton revealed={revealed} />
              <button
                ref={projectorButton}
                type="button"
                className="button button-secondary"
                aria-haspopup="dialog"
                onClick={() => setIsProjecting(true)}
              >
                {t('workshop.projector.open')}
              </button>
            </div>
          </section>
          {isProjecting ? (
            <ProjectorView
              view={view}
              rows={rows}
              labels={labels}
              participants={participants}
              revealed={revealed}
              language={language}
              onClose={() => {
                setIsProjecting(false);
                projectorButton.current?.focus();
              }}
            />
          ) : null}
          {revealed ? (
            <>
              <SpreadSection view={view} rows={rows} participants={participants} />
              <DisagreementsSection
                view={view}
                labels={labels}
                participants={participants}
                settled={settled}
                language={language}
                questionnaire={questionnaire}
              />
              <ConsensusSection language={language} view={view} />
            </>
          ) : null}
        </>
      ) : (
        <p className="notice notice-info" data-testid="workshop-needs-two">
          {t('workshop.needTwo')}
        </p>
      )}
    </article>
  );
}

function ParticipantsSection({
  language,
  view,
  revealed,
}: {
  language: Language;
  view: GroupView;
  revealed: boolean;
}) {
  const { comparison } = view;
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const workshop = useWorkshopStore();
  const { participants } = useWorkshopState();
  const [results, setResults] = useState<ReadFileResult[]>([]);
  const [wasSaved, setWasSaved] = useState(true);
  const [isClearing, setIsClearing] = useState(false);
  const labels = createLabels(questionnaire, language);

  function onResults(read: ReadFileResult[]) {
    setResults(read);
    const good = read.flatMap((result) =>
      result.ok ? [{ file: result.file, source: 'file' as const, fileName: result.fileName }] : [],
    );
    if (good.length > 0) setWasSaved(workshop.addParticipants(good));
  }
  const added = results.filter((result) => result.ok);
  const migrated = added.filter((result) => result.ok && result.migration !== null);

  return (
    <section className="report-section" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('workshop.participants', { count: participants.length })}</h2>
      <p>{t('workshop.participantsIntro')}</p>
      <AnswersFileDrop
        label={t('workshop.importFiles')}
        multiple
        onResults={onResults}
        testId="workshop-drop"
      />
      <RefusedFiles results={results} />
      <div role="status">
        {added.length > 0 ? (
          <p data-testid="workshop-added">
            {t(wasSaved ? 'workshop.added' : 'workshop.addedMemoryOnly', { count: added.length })}
            {migrated.length > 0 ? ` ${t('workshop.addedMigrated', { count: migrated.length })}` : ''}
          </p>
        ) : null}
      </div>

      <AddFromDevice />

      {participants.length > 0 ? (
        <ul className="participant-list" aria-label={t('workshop.participantsCaption')}>
          {participants.map((participant, index) => (
            <ParticipantRow
              key={participant.id}
              participant={participant}
              index={index}
              language={language}
              outcome={
                revealed
                  ? {
                      overall: comparison.overall.scores[index] ?? 0,
                      level: labels.level(comparison.levels[index] ?? 'start'),
                    }
                  : null
              }
            />
          ))}
        </ul>
      ) : null}
      {participants.length > 0 ? (
        <p>
          <button type="button" className="button button-link" onClick={() => setIsClearing(true)}>
            {t('workshop.clear')}
          </button>
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={isClearing}
        title={t('workshop.clearTitle')}
        body={t('workshop.clearBody')}
        confirmLabel={t('workshop.clearConfirm')}
        cancelLabel={t('files.cancel')}
        onCancel={() => setIsClearing(false)}
        onConfirm={() => {
          workshop.clear();
          setResults([]);
          setIsClearing(false);
        }}
      />
    </section>
  );
}

function ParticipantRow({
  participant,
  index,
  language,
  outcome,
}: {
  participant: WorkshopParticipant;
  index: number;
  language: Language;
  /** The participant's own score and level; null while the spread is hidden. */
  outcome: { overall: number; level: string } | null;
}) {
  const { t } = useTranslation();
  const workshop = useWorkshopStore();
  const current = participant.file.participant ?? {};
  const label = participantLabel(participant.file.participant, index, language);
  const [name, setName] = useState(current.name ?? '');
  return (
    <li className="participant" data-testid="participant-row">
      <h3 id={`label-${participant.id}`}>
        <UserText>{label}</UserText>
      </h3>
      <p className="muted small">
        {participant.source === 'file' ? (
          <UserText>{participant.fileName ?? ''}</UserText>
        ) : (
          t('workshop.thisDevice')
        )}
        {outcome ? ` · ${t('workshop.outcome', outcome)}` : null}
      </p>
      <div className="participant-fields">
        <div className="form-row">
          <label htmlFor={`name-${participant.id}`}>{t('workshop.nameOptional')}</label>
          <input
            id={`name-${participant.id}`}
            className="text-input"
            maxLength={100}
            value={name}
            aria-describedby={`label-${participant.id}`}
            onChange={(event) => setName(event.target.value)}
            onBlur={() => workshop.updateParticipant(participant.id, { ...current, name })}
          />
        </div>
        <div className="form-row">
          <label htmlFor={`role-${participant.id}`}>{t('workshop.role')}</label>
          <select
            id={`role-${participant.id}`}
            aria-describedby={`label-${participant.id}`}
            value={current.role ?? ''}
            onChange={(event) => {
              const role = ParticipantRoleSchema.safeParse(event.target.value);
              workshop.updateParticipant(participant.id, {
                ...(current.name ? { name: current.name } : {}),
                ...(role.success ? { role: role.data } : {}),
              });
            }}
          >
            <RoleOptions language={language} />
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button button-link"
        onClick={() => workshop.removeParticipant(participant.id)}
      >
        {t('workshop.removeOf', { participant: label })}
      </button>
    </li>
  );
}

/** The choices of a role select: no role, then every role in its label. */
function RoleOptions({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('workshop.noRole')}</option>
      {PARTICIPANT_ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role, language)}
        </option>
      ))}
    </>
  );
}

/** A participant fills in the scan on this device; the advisor adds it here and clears it for the next one. */
function AddFromDevice() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const store = useScanStore();
  const workshop = useWorkshopStore();
  const { file } = useScanState();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [clearAfter, setClearAfter] = useState(true);
  const [added, setAdded] = useState<'saved' | 'memory' | null>(null);
  const answered = Object.keys(file.answers).length;

  function add() {
    const parsedRole = ParticipantRoleSchema.safeParse(role);
    const entry: AnswersFile = {
      ...file,
      participant: {
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(parsedRole.success ? { role: parsedRole.data } : {}),
      },
    };
    const saved = workshop.addParticipants([{ file: entry, source: 'device' }]);
    if (clearAfter) {
      // The next participant starts empty; the organisation name and its notes and evidence folder stay.
      const { organisationName, notes, evidence } = file;
      store.replaceFile(
        createAnswersFile(
          questionnaire,
          {},
          {
            ...(organisationName ? { organisationName } : {}),
            ...(notes ? { notes } : {}),
            ...(evidence ? { evidence } : {}),
          },
        ),
      );
    }
    setName('');
    setRole('');
    setAdded(saved ? 'saved' : 'memory');
  }

  return (
    <fieldset className="add-participant">
      <legend>{t('workshop.addDevice')}</legend>
      <p className="muted small">{t('workshop.addDeviceHelp', { count: answered })}</p>
      <div className="form-row">
        <label htmlFor="new-participant-name">{t('workshop.nameOptional')}</label>
        <input
          id="new-participant-name"
          className="text-input"
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="form-row">
        <label htmlFor="new-participant-role">{t('workshop.role')}</label>
        <select id="new-participant-role" value={role} onChange={(event) => setRole(event.target.value)}>
          <RoleOptions language={language} />
        </select>
      </div>
      <div className="form-row">
        <input
          id="clear-after"
          type="checkbox"
          checked={clearAfter}
          onChange={(event) => setClearAfter(event.target.checked)}
        />{' '}
        <label htmlFor="clear-after">{t('workshop.clearAfter')}</label>
      </div>
      <button type="button" className="button" disabled={answered === 0} onClick={add}>
        {t('workshop.addDeviceButton')}
      </button>
      <p role="status" data-testid="added-device">
        {added === 'saved'
          ? t('workshop.addedDevice')
          : added === 'memory'
            ? t('workshop.addedDeviceMemoryOnly')
            : ''}
      </p>
    </fieldset>
  );
}

function SpreadSection({
  view,
  rows,
  participants,
}: {
  view: GroupView;
  rows: SpreadRow[];
  participants: WorkshopParticipant[];
}) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="spread-title">
      <h2 id="spread-title">{t('workshop.spreadTitle')}</h2>
      <p>{t('workshop.spreadIntro')}</p>
      <ThemeSpreadChart rows={rows} label={t('workshop.spreadChartLabel')} />
      {/* A row per participant: as many participants as come, never wider than the screen. */}
      <ParticipantScoreTable
        view={view}
        rows={rows}
        participants={participants}
        caption={t('workshop.spreadCaption')}
        testId="spread-table"
        hasCellTestIds
      />
    </section>
  );
}

/** "Grote verschillen" and so on: the disagreement measure in words. */
function disagreementKey(value: number): string {
  if (value >= 0.5) return 'workshop.disagreementLarge';
  if (value >= 0.25) return 'workshop.disagreementClear';
  return 'workshop.disagreementSmall';
}

function DisagreementsSection({
  view,
  labels,
  participants,
  settled,
  language,
  questionnaire,
}: {
  view: GroupView;
  labels: Labels;
  participants: WorkshopParticipant[];
  settled: Record<string, string | null>;
  language: Language;
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation();
  const { comparison } = view;
  const [showAll, setShowAll] = useState(false);
  const list = showAll ? comparison.disagreements : comparison.disagreements.slice(0, FIRST_DISAGREEMENTS);
  const agreed = comparison.questions.filter((q) => q.disagreement === 0 && q.suggested !== null);
  return (
    <section className="report-section" aria-labelledby="disagreements-title">
      <h2 id="disagreements-title">{t('workshop.disagreementsTitle')}</h2>
      <p>{t('workshop.disagreementsIntro', { count: comparison.disagreements.length })}</p>
      <ol className="disagreement-list" data-testid="disagreements">
        {list.map((question) => (
          <DisagreementItem
            key={question.questionId}
            question={question}
            labels={labels}
            participants={participants}
            participantLabels={view.labels}
            privacy={view.privacy}
            settled={settled}
            language={language}
            questionnaire={questionnaire}
          />
        ))}
      </ol>
      {comparison.disagreements.length > FIRST_DISAGREEMENTS ? (
        <button type="button" className="button button-secondary" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('workshop.showFewer')
            : t('workshop.showOthers', { count: comparison.disagreements.length - FIRST_DISAGREEMENTS })}
        </button>
      ) : null}
      <details className="agreed">
        <summary>{t('workshop.agreedTitle', { count: agreed.length })}</summary>
        <ul>
          {agreed.map((question) => (
            <li key={question.questionId}>
              {labels.question(question.questionId)}:{' '}
              <strong>{labels.option(question.questionId, question.suggested)}</strong>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function DisagreementItem({
  question,
  labels,
  participants,
  participantLabels,
  privacy,
  settled,
  language,
  questionnaire,
}: {
  question: QuestionComparison;
  labels: Labels;
  participants: WorkshopParticipant[];
  /** Each participant's label in the group views (a role only where it is shown apart). */
  participantLabels: string[];
  privacy: RolePrivacy;
  settled: Record<string, string | null>;
  language: Language;
  questionnaire: Questionnaire;
}) {
  const { t } = useTranslation();
  const workshop = useWorkshopStore();
  const placed = findQuestion(questionnaire, question.questionId);
  const options = placed ? getOptions(questionnaire, placed.question) : [];
  const isSettled = Object.hasOwn(settled, question.questionId);
  const chosen = isSettled ? settled[question.questionId] : question.suggested;
  const selectId = `settle-${question.questionId}`;
  return (
    <li className="disagreement" data-question={question.questionId}>
      <h3>{labels.question(question.questionId)}</h3>
      <p className="muted small">
        {question.themeId ? labels.section(question.themeId) : labels.section('intake')} ·{' '}
        {t(disagreementKey(question.disagreement))}
      </p>
      <GroupAnswerList question={question} privacy={privacy} labels={labels} />
      <details>
        <summary>{t('workshop.whoAnswered')}</summary>
        <ul>
          {participants.map((participant, index) => (
            <li key={participant.id}>
              <UserText>{participantLabels[index] ?? ''}</UserText>:{' '}
              {question.answers[index] === null || question.answers[index] === undefined
                ? t('workshop.notAsked')
                : labels.option(question.questionId, question.answers[index] ?? null)}
            </li>
          ))}
        </ul>
      </details>
      <div className="form-row">
        <label htmlFor={selectId}>{t('workshop.agreedAnswer')}</label>
        <select
          id={selectId}
          value={chosen ?? ''}
          onChange={(event) =>
            workshop.settle(question.questionId, event.target.value === '' ? null : event.target.value)
          }
        >
          <option value="">{t('workshop.leaveOpen')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label[language]}
              {option.id === question.suggested ? ` ${t('workshop.suggestedMark')}` : ''}
            </option>
          ))}
        </select>{' '}
        {isSettled ? (
          <button
            type="button"
            className="button button-link"
            onClick={() => workshop.unsettle(question.questionId)}
          >
            {t('workshop.backToSuggestion')}
          </button>
        ) : (
          <span className="muted small">{t('workshop.isSuggestion')}</span>
        )}
      </div>
    </li>
  );
}

function ConsensusSection({ language, view }: { language: Language; view: GroupView }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const store = useScanStore();
  const { file } = useScanState();
  const { participants, settled } = useWorkshopState();
  const [, navigate] = useLocation();
  const [isConfirming, setIsConfirming] = useState(false);
  const labels = createLabels(questionnaire, language);
  const consensusFile = useMemo(
    () =>
      buildConsensusFile(
        questionnaire,
        participants.map((p) => p.file),
        settled,
      ),
    [questionnaire, participants, settled],
  );
  const summary = scoreSummary(questionnaire, consensusFile.answers);

  function use() {
    // The agreement replaces the answers; the organisation's own notes and evidence folder stay.
    const { notes, evidence } = file;
    store.replaceFile({ ...consensusFile, ...(notes ? { notes } : {}), ...(evidence ? { evidence } : {}) });
    setIsConfirming(false);
    navigate(RESULTS_PATH);
  }

  return (
    <section className="report-section" aria-labelledby="consensus-title">
      <h2 id="consensus-title">{t('workshop.consensusTitle')}</h2>
      <p>{t('workshop.consensusIntro')}</p>
      <p className="overall" data-testid="consensus-outcome">
        {t('workshop.consensusOutcome', { overall: summary.overall, level: labels.level(summary.level) })}
      </p>
      <table className="score-table" data-testid="consensus-table">
        <caption>{t('workshop.consensusCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.theme')}</th>
            <th scope="col">{t('workshop.consensusScore')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.themes.map((theme) => (
            <tr key={theme.id}>
              <th scope="row">{labels.section(theme.id)}</th>
              <td>{theme.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => (Object.keys(file.answers).length > 0 ? setIsConfirming(true) : use())}
        >
          {t('workshop.useConsensus')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            saveJsonFile(
              consensusFile,
              buildReportFileName(consensusFile.organisationName, today(), 'json', 'afspraak'),
            )
          }
        >
          {t('workshop.saveConsensus')}
        </button>
      </div>
      <PrivacyNote privacy={view.privacy} namesGiven={view.namesGiven} language={language} />
      <GroupReportButton
        participants={participants}
        settled={settled}
        language={language}
        showSingleRoles={view.privacy.showSingleRoles}
      />
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('workshop.useTitle')}
        body={t('workshop.useBody', { count: Object.keys(file.answers).length })}
        confirmLabel={t('workshop.useConfirm')}
        cancelLabel={t('files.cancel')}
        onCancel={() => setIsConfirming(false)}
        onConfirm={use}
      />
    </section>
  );
}
