import { useId, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  MAX_DRAFT_LENGTH,
  MAX_EVIDENCE_WHERE_LENGTH,
  MAX_NOTE_LENGTH,
  type AnswersFile,
} from '../../questionnaire/answers-file.ts';
import { listThemes } from '../../questionnaire/questions.ts';
import type { Language, ThemeId } from '../../questionnaire/schema.ts';
import { fillTemplate } from '../../templates/content/report-texts.ts';
import type { ApplicationQuestionView, EvidenceItem } from '../../templates/application-model.ts';
import { buildReportModel, type ReportModel } from '../../templates/report-model.ts';
import { AfterPaint } from '../components/after-paint.tsx';
import { KeepCopyPanel } from '../components/keep-copy-panel.tsx';
import { WithUserText } from '../components/user-text.tsx';
import { useQuestionnaire, useScanState, useScanStore } from '../scan/scan-context.tsx';
import { RESULTS_PATH } from '../scan/steps.ts';
import { EditableExports } from './application/editable-exports.tsx';
import { DownloadReportButton } from './results/download-report-button.tsx';
import { usePageFocus } from './use-page-focus.ts';

/**
 * Preparing the application: the organisation's own words per theme, the evidence folder it ticks off,
 * the draft for the four open questions, and the exports to work on (PDF, Word, CSV).
 * Everything typed is saved at once in the answers file, and shown as text, never as markup.
 */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('application');
  const model = useMemo(
    () => buildReportModel(questionnaire, file, language),
    [questionnaire, file, language],
  );
  const hasAnswers = Object.keys(file.answers).length > 0;

  return (
    <article className="application">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('application.title')}
      </h1>
      {model.organisationName ? (
        <p className="muted">
          <WithUserText template={model.texts.forOrganisation} values={{ name: model.organisationName }} />
        </p>
      ) : null}
      <p>{t('application.intro')}</p>
      <p className="notice notice-info">{model.application.notice}</p>
      {hasAnswers ? null : (
        <p className="notice">
          {t('application.noAnswers')} <Link href="/">{t('application.toStart')}</Link>
        </p>
      )}
      <nav aria-label={t('application.contents')} className="page-contents">
        <ul>
          <li>
            <a href="#notes-title" onClick={jumpTo('notes-title')}>
              {t('application.notesTitle')}
            </a>
          </li>
          <li>
            <a href="#folder-title" onClick={jumpTo('folder-title')}>
              {model.texts.evidence}
            </a>
          </li>
          <li>
            <a href="#draft-title" onClick={jumpTo('draft-title')}>
              {model.application.title}
            </a>
          </li>
          <li>
            <a href="#exports-title" onClick={jumpTo('exports-title')}>
              {t('exports.title')}
            </a>
          </li>
        </ul>
      </nav>
      {/* Below the contents: one part per frame, each rendered and laid out in a task of its own (see AfterPaint), so
          that the page's top shows at once and no single task renders the whole page. */}
      <AfterPaint frames={1}>
        <NotesForm file={file} language={language} />
      </AfterPaint>
      <AfterPaint frames={2}>
        <EvidenceForm model={model} file={file} />
      </AfterPaint>
      <AfterPaint frames={3}>
        <ApplicationDraft model={model} />
      </AfterPaint>
      <AfterPaint frames={4}>
        <section className="report-section no-print" aria-labelledby="report-title">
          <h2 id="report-title">{t('application.reportTitle')}</h2>
          <p>{t('application.reportIntro')}</p>
          <DownloadReportButton model={model} />
        </section>
        <div className="no-print">
          <EditableExports model={model} />
        </div>
        <div className="no-print">
          <KeepCopyPanel />
        </div>
        <p className="no-print">
          <Link href={RESULTS_PATH}>{t('application.toResults')}</Link>
        </p>
      </AfterPaint>
    </article>
  );
}

/** Hash routes own the URL hash: an in-page link moves focus and scroll instead. */
function jumpTo(id: string) {
  return (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };
}

function NotesForm({ file, language }: { file: AnswersFile; language: Language }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  return (
    <section className="report-section" aria-labelledby="notes-title">
      <h2 id="notes-title" tabIndex={-1}>
        {t('application.notesTitle')}
      </h2>
      <p>{t('application.notesIntro')}</p>
      {listThemes(questionnaire).map((theme) => (
        <NoteField
          key={theme.id}
          themeId={theme.id}
          themeTitle={theme.title[language]}
          value={file.notes?.[theme.id] ?? ''}
        />
      ))}
    </section>
  );
}

function NoteField({ themeId, themeTitle, value }: { themeId: ThemeId; themeTitle: string; value: string }) {
  const { t } = useTranslation();
  const store = useScanStore();
  const id = useId();
  const left = MAX_NOTE_LENGTH - value.length;
  return (
    <div className="form-row note-field">
      <label htmlFor={id}>{fillTemplate(t('application.noteLabel'), { theme: themeTitle })}</label>
      <textarea
        id={id}
        className="text-input note-input"
        rows={5}
        maxLength={MAX_NOTE_LENGTH}
        value={value}
        aria-describedby={`${id}-count`}
        onChange={(event) => store.setNote(themeId, event.target.value)}
      />
      <p id={`${id}-count`} className={left < 100 ? 'char-count char-count-low' : 'char-count muted small'}>
        {fillTemplate(t('application.noteCount'), { count: value.length, max: MAX_NOTE_LENGTH })}
      </p>
    </div>
  );
}

function EvidenceForm({ model, file }: { model: ReportModel; file: AnswersFile }) {
  const { t } = useTranslation();
  const folder = model.evidence;
  return (
    <section className="report-section" aria-labelledby="folder-title">
      <h2 id="folder-title" tabIndex={-1}>
        {model.texts.evidence}
      </h2>
      <p>{model.texts.evidenceFolderIntro}</p>
      <p role="status" className="evidence-count">
        <strong>{folder.countLine}</strong>
      </p>
      {folder.groups.map((group) =>
        group.items.length === 0 ? null : (
          <fieldset key={group.themeId} className="evidence-group">
            <legend>{group.themeTitle}</legend>
            <ul className="evidence-checklist">
              {group.items.map((item) => (
                <EvidenceRow
                  key={item.questionId}
                  item={item}
                  where={file.evidence?.[item.questionId]?.where ?? ''}
                  whereLabel={t('application.whereLabel')}
                />
              ))}
            </ul>
          </fieldset>
        ),
      )}
    </section>
  );
}

function EvidenceRow({ item, where, whereLabel }: { item: EvidenceItem; where: string; whereLabel: string }) {
  const store = useScanStore();
  const id = useId();
  const have = item.status === 'collected';
  return (
    <li className={`evidence-row evidence-${item.status}`}>
      <div className="evidence-check">
        <input
          type="checkbox"
          id={`${id}-have`}
          checked={have}
          aria-describedby={`${id}-status`}
          onChange={(event) => store.setEvidence(item.questionId, { have: event.target.checked, where })}
        />
        <label htmlFor={`${id}-have`}>{item.evidence}</label>
      </div>
      <p id={`${id}-status`} className="muted small evidence-row-status">
        <span className="evidence-status">{item.statusLabel}</span> · {item.finding}
      </p>
      <div className="evidence-where-field">
        <label htmlFor={`${id}-where`} className="small">
          {whereLabel}
          <span className="visually-hidden"> ({item.evidence})</span>
        </label>
        <input
          type="text"
          className="text-input"
          id={`${id}-where`}
          maxLength={MAX_EVIDENCE_WHERE_LENGTH}
          value={where}
          onChange={(event) => store.setEvidence(item.questionId, { have, where: event.target.value })}
        />
      </div>
    </li>
  );
}

function ApplicationDraft({ model }: { model: ReportModel }) {
  const t = model.texts;
  const draft = model.application;
  return (
    <section className="report-section application-draft" aria-labelledby="draft-title">
      <h2 id="draft-title" tabIndex={-1}>
        {draft.title}
      </h2>
      <p>{draft.intro}</p>
      {draft.questions.map((question) => (
        <DraftQuestion key={question.id} question={question} texts={t} />
      ))}
    </section>
  );
}

/**
 * One open question of the application: one text to work on, filled in with the scan's suggestion until the user
 * edits it. Every change is saved at once in the answers file; "Zet het voorstel terug" removes the own text.
 */
function DraftQuestion({
  question,
  texts,
}: {
  question: ApplicationQuestionView;
  texts: ReportModel['texts'];
}) {
  const { t } = useTranslation();
  const store = useScanStore();
  const { file } = useScanState();
  const id = useId();
  // The own text exactly as typed: the model's copy has no direction controls (it is made for the exports).
  const text = file.drafts?.[question.id] ?? question.text;
  const left = MAX_DRAFT_LENGTH - text.length;
  const canRestore = question.isEdited && text !== question.suggestion;
  return (
    <section className="draft-question" aria-labelledby={`draft-${question.id}`} data-draft={question.id}>
      <p className="muted small">
        {question.label} · {question.themesLine}
      </p>
      <h3 id={`draft-${question.id}`}>{question.question}</h3>
      <label htmlFor={id} className="draft-label">
        {t('application.draftLabel')}{' '}
        <span className="muted small" data-testid="draft-state">
          ({question.isEdited ? texts.applicationEdited : texts.applicationSuggested})
        </span>
      </label>
      <textarea
        id={id}
        className="text-input draft-input"
        rows={10}
        maxLength={MAX_DRAFT_LENGTH}
        value={text}
        placeholder={t('application.draftPlaceholder')}
        aria-describedby={`${id}-help ${id}-count`}
        onChange={(event) => store.setDraft(question.id, event.target.value)}
      />
      <p id={`${id}-help`} className="muted small">
        {question.isEdited ? t('application.draftEditedHelp') : t('application.draftSuggestedHelp')}
      </p>
      <p id={`${id}-count`} className={left < 200 ? 'char-count char-count-low' : 'char-count muted small'}>
        {fillTemplate(t('application.noteCount'), { count: text.length, max: MAX_DRAFT_LENGTH })}
      </p>
      {canRestore ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => store.setDraft(question.id, null)}
        >
          {t('application.draftRestore')}
        </button>
      ) : null}
      {question.gaps.length > 0 ? (
        <>
          <h4>{texts.applicationGaps}</h4>
          <ol>
            {question.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
