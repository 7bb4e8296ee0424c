import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../questionnaire/schema.ts';
import { toChartData } from '../../templates/chart-data.ts';
import { scoreQuestionnaire } from '../../scoring/score-questionnaire.ts';
import { buildReportModel } from '../../templates/report-model.ts';
import { WithUserText } from '../components/user-text.tsx';
import { ScanFilesPanel } from '../files/scan-files-panel.tsx';
import { useQuestionnaire, useScanState, useSnapshotStore } from '../scan/scan-context.tsx';
import { APPLICATION_PATH, PROGRESS_PATH, REVIEW_PATH, WORKSHOP_PATH } from '../scan/steps.ts';
import { ChartsPanel } from './results/charts-panel.tsx';
import { DownloadReportButton } from './results/download-report-button.tsx';
import { KeepCopyPanel } from '../components/keep-copy-panel.tsx';
import { BlockersCountLine, PageContents, TopActions, type PageSection } from './results/first-screen.tsx';
import { LeaveCalculatorPanel } from './results/leave-calculator-panel.tsx';
import {
  ActionPlanSection,
  BlockersSection,
  DisclaimerSection,
  EvidenceSection,
  FiguresSection,
  LegalCheckSection,
  NextStepsSection,
  ScoreTable,
  StrengthsSection,
  ThemeDetailsSection,
  ToFindOutSection,
} from './results/report-sections.tsx';
import { ToContentsLink } from './results/section-links.tsx';
import { WhatIfPanel } from './results/what-if-panel.tsx';
import { AfterPaint } from '../components/after-paint.tsx';
import { usePageFocus } from './use-page-focus.ts';

/** The outcome, derived from the answers every time (never stored): level, blockers, scores, actions, checks. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('results');
  // Scored once for the report model and the "wat als" panel; a language switch does not score again.
  const score = useMemo(() => scoreQuestionnaire(questionnaire, file.answers), [questionnaire, file.answers]);
  const model = useMemo(
    () => buildReportModel(questionnaire, file, language, { score }),
    [questionnaire, file, language, score],
  );
  useOpenDetailsForPrint();
  useAutoSnapshot();
  // Every section in the order of the page; short names, the headings say the rest.
  const sections: PageSection[] = [
    ['blockers-title', 'blockers'],
    ['scores-title', 'scores'],
    ['strengths-title', 'strengths'],
    ['actions-title', 'actions'],
    ['what-if-title', 'whatIf'],
    ['to-find-out-title', 'toFindOut'],
    ['legal-check-title', 'legalCheck'],
    ['calculator-title', 'calculator'],
    ['theme-details-title', 'themeDetails'],
    ['evidence-title', 'evidence'],
    ['next-steps-title', 'nextSteps'],
    ['figures-title', 'figures'],
    ['disclaimer-title', 'disclaimer'],
    ['files-title', 'files'],
    ['more-title', 'more'],
  ].map(([headingId = '', key = '']) => ({ headingId, label: t(`results.sections.${key}`) }));

  return (
    <article className="results">
      {/* The first screen: the level and why, where to start, and a way to every section. */}
      <h1 ref={headingRef} tabIndex={-1}>
        {model.texts.pageTitle}
      </h1>
      {model.organisationName ? (
        <p className="muted for-organisation">
          <WithUserText template={model.texts.forOrganisation} values={{ name: model.organisationName }} />
        </p>
      ) : null}

      <section className="level-card" aria-labelledby="level-title">
        <h2 id="level-title">
          {model.texts.level}: <span data-testid="level">{model.level.label}</span>
        </h2>
        <p>{model.level.description}</p>
        <BlockersCountLine model={model} />
        <p className="overall" data-testid="overall">
          {model.overallLine}
        </p>
        {model.readyNote ? <p className="notice notice-info">{model.readyNote}</p> : null}
        <div className="no-print">
          <DownloadReportButton model={model} />
        </div>
      </section>
      <div className="first-screen-columns">
        <PageContents sections={sections} />
        <TopActions model={model} />
      </div>
      <p>{model.texts.intro}</p>

      <BlockersSection model={model} />

      <section className="report-section" aria-labelledby="scores-title">
        <h2 id="scores-title" tabIndex={-1}>
          {model.texts.scores}
        </h2>
        <ScoreTable model={model} />
        <ChartsPanel data={toChartData(model)} />
        <ToContentsLink />
      </section>

      {/* Below the scores: one section per frame, each rendered and laid out in a task of its own a frame after the one
          before, so that the top of the page does not wait for the whole page and no task renders or lays out much of
          it (Lighthouse counts every task over 50 ms, at a quarter of the speed, against the page). */}
      <AfterPaint frames={1}>
        <StrengthsSection model={model} />
      </AfterPaint>
      <AfterPaint frames={2}>
        <ActionPlanSection model={model} />
      </AfterPaint>
      <AfterPaint frames={3}>
        <WhatIfPanel questionnaire={questionnaire} answers={file.answers} score={score} language={language} />
      </AfterPaint>
      <AfterPaint frames={4}>
        <ToFindOutSection model={model} />
      </AfterPaint>
      <AfterPaint frames={5}>
        <LegalCheckSection model={model} />
      </AfterPaint>
      <AfterPaint frames={6}>
        <LeaveCalculatorPanel texts={model.calculator} />
      </AfterPaint>
      <AfterPaint frames={7}>
        <ThemeDetailsSection model={model} />
      </AfterPaint>
      <AfterPaint frames={8}>
        <EvidenceSection model={model} />
        <p className="no-print">
          <Link href={APPLICATION_PATH}>{t('results.toEvidenceFolder')}</Link>
        </p>
      </AfterPaint>
      <AfterPaint frames={9}>
        <NextStepsSection model={model} />
        <FiguresSection model={model} />
        <DisclaimerSection model={model} />
      </AfterPaint>
      <AfterPaint frames={10}>
        <div className="no-print">
          <KeepCopyPanel />
          <ScanFilesPanel />
          <section className="report-section" aria-labelledby="more-title">
            <h2 id="more-title" tabIndex={-1}>
              {t('results.moreTitle')}
            </h2>
            <ul>
              <li>
                <Link href={APPLICATION_PATH}>{t('results.toApplication')}</Link>
              </li>
              <li>
                <Link href={PROGRESS_PATH}>{t('results.toProgress')}</Link>
              </li>
              <li>
                <Link href={WORKSHOP_PATH}>{t('results.toWorkshop')}</Link>
              </li>
            </ul>
            <ToContentsLink />
          </section>
        </div>

        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('results.print')}
          </button>
          <Link href={REVIEW_PATH} className="button button-secondary">
            {t('results.toReview')}
          </Link>
        </div>
      </AfterPaint>
    </article>
  );
}

/**
 * The first time results are shown for a new set of answers, a dated snapshot is kept in this browser
 * (for progress later); the same answers never make a second one.
 */
function useAutoSnapshot() {
  const snapshots = useSnapshotStore();
  const { file } = useScanState();
  useEffect(() => {
    if (Object.keys(file.answers).length > 0) snapshots.add(file, 'auto');
    // Only a change of the answers counts, not of the time stamp.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshots, file.answers]);
}

/** A printed page cannot be expanded: open every collapsed part before printing, and close it again after. */
function useOpenDetailsForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const details of opened) details.open = true;
    };
    const close = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', close);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', close);
    };
  }, []);
}
