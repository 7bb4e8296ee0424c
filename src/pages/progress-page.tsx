import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isRealDay, type AnswersFile } from '../../questionnaire/answers-file.ts';
import { summariseCompletion } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { compareProgress, type QuestionChange } from '../../scoring/progress.ts';
import { scoreSummary } from '../../scoring/score-questionnaire.ts';
import { createLabels, type Labels } from '../../templates/labels.ts';
import { formatChange } from '../../templates/progress-model.ts';
import { buildReportModel } from '../../templates/report-model.ts';
import { AnswersFileDrop, RefusedFiles } from '../files/answers-file-drop.tsx';
import type { ReadFileResult } from '../files/read-answers-files.ts';
import { today } from '../files/save-file.ts';
import { formatDay } from '../i18n/format-day.ts';
import {
  useQuestionnaire,
  useScanState,
  useScanStore,
  useSnapshotState,
  useSnapshotStore,
} from '../scan/scan-context.tsx';
import { isSameAnswers, scanDay, type Snapshot } from '../scan/snapshot-store.ts';
import { REVIEW_PATH, stepPath } from '../scan/steps.ts';
import { UserText, WithUserText } from '../components/user-text.tsx';
import { DownloadReportButton } from './results/download-report-button.tsx';
import { usePageFocus } from './use-page-focus.ts';

const CURRENT = 'current';

/** How far a scan is, and where to continue it. */
function completion(questionnaire: Parameters<typeof summariseCompletion>[0], file: AnswersFile) {
  const summary = summariseCompletion(questionnaire, file.answers);
  const { firstOpenSectionId } = summary;
  return { ...summary, resumePath: firstOpenSectionId ? stepPath(firstOpenSectionId) : REVIEW_PATH };
}

/**
 * Progress: dated snapshots of scans (saved by the user, kept automatically when results are first shown
 * for new answers, or loaded from a file) and a comparison of any two: per theme then, now and the change,
 * the level then and now, the earlier plan's actions now in place, and what got worse.
 */
export function ProgressPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const labels = useMemo(() => createLabels(questionnaire, language), [questionnaire, language]);
  const headingRef = usePageFocus<HTMLHeadingElement>('progress');
  const { file } = useScanState();
  const store = useScanStore();
  const snapshotStore = useSnapshotStore();
  const { snapshots, unreadable } = useSnapshotState();
  const [results, setResults] = useState<ReadFileResult[]>([]);
  const [already, setAlready] = useState<{ fileName: string; snapshot: Snapshot }[]>([]);
  const [savedNow, setSavedNow] = useState<'saved' | 'memory' | null>(null);
  const [startedFrom, setStartedFrom] = useState<string | null>(null);

  const defaultEarlier =
    [...snapshots].reverse().find((s) => !isSameAnswers(s.file.answers, file.answers))?.id ??
    snapshots[0]?.id ??
    '';
  const [earlierChoice, setEarlierChoice] = useState<string | null>(null);
  const [laterChoice, setLaterChoice] = useState<string>(CURRENT);
  const earlierId =
    earlierChoice && snapshots.some((s) => s.id === earlierChoice) ? earlierChoice : defaultEarlier;
  const laterId =
    laterChoice === CURRENT || snapshots.some((s) => s.id === laterChoice) ? laterChoice : CURRENT;
  const earlier = snapshots.find((s) => s.id === earlierId);
  const later: AnswersFile =
    laterId === CURRENT ? file : (snapshots.find((s) => s.id === laterId)?.file ?? file);
  const progress = useMemo(
    () => (earlier ? compareProgress(questionnaire, earlier.file.answers, later.answers) : null),
    [questionnaire, earlier, later],
  );
  const laterDone = completion(questionnaire, later);
  const earlierDone = earlier ? completion(questionnaire, earlier.file) : null;
  const isCurrentEmpty =
    laterId === CURRENT &&
    Object.keys(file.answers).length === 0 &&
    !file.notes &&
    !file.evidence &&
    !file.drafts;
  /** What to do first instead of a comparison that would show a loss that is not there; null when it can be shown. */
  const blocker = !earlier
    ? null
    : Object.keys(later.answers).length === 0
      ? 'currentEmpty'
      : !laterDone.isComplete
        ? 'currentUnfinished'
        : earlierDone && !earlierDone.isComplete
          ? 'earlierUnfinished'
          : isSameAnswers(earlier.file.answers, later.answers)
            ? 'sameAnswers'
            : null;

  const dayText = (target: AnswersFile) => {
    const day = scanDay(target);
    return day ? formatDay(day, language) : t('progress.dayUnknown');
  };
  const snapshotLabel = (snapshot: Snapshot) =>
    `${t('progress.scanOf', { day: dayText(snapshot.file) })} · ${t(`progress.source.${snapshot.source}`)}${
      snapshot.fileName ? ` (${snapshot.fileName})` : ''
    }`;
  const unknownDays = snapshots.filter((snapshot) => scanDay(snapshot.file) === null).length;

  function onResults(read: ReadFileResult[]) {
    setResults(read);
    const found: { fileName: string; snapshot: Snapshot }[] = [];
    for (const result of read) {
      if (!result.ok) continue;
      const added = snapshotStore.add(result.file, 'file', result.fileName);
      if (added.kind === 'already') found.push({ fileName: result.fileName, snapshot: added.snapshot });
      setEarlierChoice(added.snapshot.id);
    }
    setAlready(found);
  }

  return (
    <article className="progress">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('progress.title')}
      </h1>
      <p className="lead">{t('progress.intro')}</p>
      {unreadable > 0 ? (
        <p className="notice notice-warning">{t('progress.unreadable', { count: unreadable })}</p>
      ) : null}

      <section className="report-section" aria-labelledby="snapshots-title">
        <h2 id="snapshots-title">{t('progress.snapshotsTitle')}</h2>
        <p>{t('progress.snapshotsIntro')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={Object.keys(file.answers).length === 0}
            onClick={() => {
              const result = snapshotStore.add(file, 'manual');
              setSavedNow(result.kind === 'added' && !result.saved ? 'memory' : 'saved');
            }}
          >
            {t('progress.saveSnapshot')}
          </button>
        </div>
        <p role="status" data-testid="snapshot-saved">
          {savedNow === 'saved'
            ? t('progress.saved')
            : savedNow === 'memory'
              ? t('progress.savedMemoryOnly')
              : ''}
        </p>
        <AnswersFileDrop
          label={t('progress.openEarlier')}
          multiple
          onResults={onResults}
          testId="progress-drop"
        />
        <RefusedFiles results={results} />
        <div role="status" data-testid="progress-opened">
          {results.flatMap((result) =>
            result.ok && !already.some((entry) => entry.fileName === result.fileName)
              ? [
                  <p key={result.fileName}>
                    <WithUserText
                      template={t('progress.opened', { file: '{file}' })}
                      values={{ file: result.fileName }}
                    />
                    {result.migration
                      ? ` ${t('files.importedMigrated', { from: result.migration.from, to: result.migration.to })}`
                      : ''}
                  </p>,
                ]
              : [],
          )}
          {already.map(({ fileName, snapshot }) => (
            <p key={`already-${fileName}`} className="notice notice-info" data-testid="progress-already">
              <WithUserText
                template={t('progress.already', { file: '{file}', day: dayText(snapshot.file) })}
                values={{ file: fileName }}
              />
            </p>
          ))}
        </div>
        {snapshots.length > 0 ? (
          <div className="table-scroll">
            <table className="score-table" data-testid="snapshots-table">
              <caption>{t('progress.snapshotsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.when')}</th>
                  <th scope="col">{t('progress.overall')}</th>
                  <th scope="col">{t('progress.level')}</th>
                  <th scope="col">{t('progress.dayLabel')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('progress.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...snapshots].reverse().map((snapshot) => {
                  const summary = scoreSummary(questionnaire, snapshot.file.answers);
                  return (
                    <tr key={snapshot.id}>
                      <th scope="row">
                        {t('progress.scanOf', { day: dayText(snapshot.file) })} ·{' '}
                        {t(`progress.source.${snapshot.source}`)}
                        {snapshot.fileName ? (
                          <>
                            {' '}
                            (<UserText>{snapshot.fileName}</UserText>)
                          </>
                        ) : null}
                      </th>
                      <td>{summary.overall}</td>
                      <td>{labels.level(summary.level)}</td>
                      <td>
                        <ScanDayField
                          id={`day-${snapshot.id}`}
                          label={t('progress.dayOf', { snapshot: snapshotLabel(snapshot) })}
                          isLabelHidden
                          day={scanDay(snapshot.file)}
                          onSave={(day) => snapshotStore.setScanDay(snapshot.id, day)}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-link"
                          onClick={() => snapshotStore.remove(snapshot.id)}
                        >
                          {t('progress.removeOf', { snapshot: dayText(snapshot.file) })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('progress.noSnapshots')}</p>
        )}
        {unknownDays > 0 ? (
          <p className="notice notice-info">{t('progress.dayUnknownNote', { count: unknownDays })}</p>
        ) : null}
        {Object.keys(file.answers).length > 0 ? (
          <ScanDayField
            id="day-current"
            label={t('progress.currentDay')}
            day={scanDay(file)}
            onSave={(day) => {
              store.setScanDay(day);
              return true;
            }}
          />
        ) : null}
      </section>

      <section className="report-section" aria-labelledby="compare-title">
        <h2 id="compare-title">{t('progress.compareTitle')}</h2>
        {snapshots.length === 0 ? (
          <p>{t('progress.compareNeedsSnapshot')}</p>
        ) : (
          <>
            <div className="form-row">
              <label htmlFor="earlier-scan">{t('progress.earlier')}</label>
              <select
                id="earlier-scan"
                value={earlierId}
                onChange={(event) => setEarlierChoice(event.target.value)}
              >
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {snapshotLabel(snapshot)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor="later-scan">{t('progress.later')}</label>
              <select
                id="later-scan"
                value={laterId}
                onChange={(event) => setLaterChoice(event.target.value)}
              >
                <option value={CURRENT}>{t('progress.currentScan')}</option>
                {snapshots.map((snapshot) => (
                  <option key={snapshot.id} value={snapshot.id}>
                    {snapshotLabel(snapshot)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {earlier && blocker ? (
          <div className="notice notice-info" data-testid="progress-first">
            <p>
              {t(`progress.${blocker}`, {
                answered: blocker === 'earlierUnfinished' ? earlierDone?.answered : laterDone.answered,
                total: blocker === 'earlierUnfinished' ? earlierDone?.total : laterDone.total,
              })}
            </p>
            {blocker === 'currentEmpty' && isCurrentEmpty ? (
              <p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    store.replaceFile({ ...earlier.file, scannedAt: today() });
                    setStartedFrom(dayText(earlier.file));
                  }}
                >
                  {t('progress.startFrom')}
                </button>
              </p>
            ) : null}
            {blocker === 'currentUnfinished' && laterId === CURRENT ? (
              <p>
                <Link href={laterDone.resumePath}>{t('progress.resume')}</Link>
              </p>
            ) : null}
          </div>
        ) : null}
        <p role="status">{startedFrom ? t('progress.startedFrom', { day: startedFrom }) : ''}</p>
        {progress && !blocker ? (
          <div data-testid="progress-result">
            <p className="overall" data-testid="progress-overall">
              {t('progress.overallLine', {
                then: progress.overall.then,
                now: progress.overall.now,
                change: formatChange(progress.overall.change),
              })}
            </p>
            <p data-testid="progress-level">
              {t('progress.levelLine', {
                then: labels.level(progress.level.then),
                now: labels.level(progress.level.now),
              })}
            </p>
            <table className="score-table" data-testid="progress-table">
              <caption>{t('progress.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('progress.theme')}</th>
                  <th scope="col">{t('progress.then')}</th>
                  <th scope="col">{t('progress.now')}</th>
                  <th scope="col">{t('progress.change')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.themes.map((theme) => (
                  <tr key={theme.id} data-theme={theme.id}>
                    <th scope="row">{labels.section(theme.id)}</th>
                    <td>{theme.then}</td>
                    <td>{theme.now}</td>
                    <td data-testid={`change-${theme.id}`}>{formatChange(theme.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ChangeList
              id="in-place"
              title={t('progress.nowInPlace', { count: progress.nowInPlace.length })}
              empty={t('progress.nowInPlaceNone')}
              changes={progress.nowInPlace}
              labels={labels}
            />
            <ChangeList
              id="improved"
              title={t('progress.improved', { count: progress.improved.length })}
              empty={t('progress.improvedNone')}
              changes={progress.improved}
              labels={labels}
            />
            <ChangeList
              id="worse"
              title={t('progress.worse', { count: progress.worse.length })}
              empty={t('progress.worseNone')}
              changes={progress.worse}
              labels={labels}
            />
            {earlier ? (
              <ProgressReport
                later={later}
                earlier={earlier.file}
                label={snapshotLabel(earlier)}
                language={language}
              />
            ) : null}
          </div>
        ) : null}
      </section>
    </article>
  );
}

/** The PDF report of the later scan, with the progress since the earlier one as a section. */
function ProgressReport({
  later,
  earlier,
  label,
  language,
}: {
  later: AnswersFile;
  earlier: AnswersFile;
  label: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const model = useMemo(
    () => buildReportModel(questionnaire, later, language, { progress: { earlier, label } }),
    [questionnaire, later, earlier, label, language],
  );
  return (
    <section aria-labelledby="progress-report-title">
      <h3 id="progress-report-title">{t('progress.reportTitle')}</h3>
      <p>{t('progress.reportIntro')}</p>
      <DownloadReportButton model={model} />
    </section>
  );
}

function ChangeList({
  id,
  title,
  empty,
  changes,
  labels,
}: {
  id: string;
  title: string;
  empty: string;
  changes: QuestionChange[];
  labels: Labels;
}) {
  return (
    <section aria-labelledby={`${id}-title`} data-testid={`progress-${id}`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {changes.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={change.questionId}>
              {labels.question(change.questionId)}{' '}
              <span className="muted">
                ({labels.option(change.questionId, change.from)} →{' '}
                {labels.option(change.questionId, change.to)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The day a scan was made, editable: for an older scan whose file did not say, or said it wrong. A day that does
 * not exist or lies ahead is refused with a message; the saved day is confirmed.
 */
function ScanDayField({
  id,
  label,
  day,
  isLabelHidden = false,
  onSave,
}: {
  id: string;
  label: string;
  day: string | null;
  isLabelHidden?: boolean;
  onSave: (day: string) => boolean;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(day ?? '');
  const [message, setMessage] = useState<'saved' | 'invalid' | null>(null);
  const isValid = /^20\d\d-\d\d-\d\d$/.test(value) && isRealDay(value) && value <= today();
  return (
    <form
      className="scan-day"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isValid) {
          setMessage('invalid');
          return;
        }
        onSave(value);
        setMessage('saved');
      }}
    >
      <label htmlFor={id} className={isLabelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>{' '}
      <input
        id={id}
        type="date"
        className="text-input"
        min="2000-01-01"
        max={today()}
        value={value}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          setValue(event.target.value);
          setMessage(null);
        }}
      />{' '}
      <button type="submit" className="button button-link">
        {t('progress.saveDay')}
      </button>
      <span
        id={`${id}-message`}
        role="status"
        className={message === 'invalid' ? 'field-error' : 'muted small'}
      >
        {message === 'saved' ? t('progress.daySaved') : message === 'invalid' ? t('progress.dayInvalid') : ''}
      </span>
    </form>
  );
}
