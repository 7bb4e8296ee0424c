import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { loaded } from 'virtual:shipped-questionnaire';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { DamagedScanPanel } from './components/damaged-scan-panel.tsx';
import { Layout } from './components/layout.tsx';
import { PageErrorBoundary } from './components/page-error-boundary.tsx';
import './i18n/i18n.ts';
import { DefinitionErrorPage } from './pages/definition-error-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { StepPage } from './pages/step-page.tsx';
import { QuestionnaireProvider, ScanProvider, useScanState } from './scan/scan-context.tsx';
import { createScanStore } from './scan/scan-store.ts';
import { createSnapshotStore } from './scan/snapshot-store.ts';
import {
  APPLICATION_PATH,
  PRIVACY_PATH,
  PROGRESS_PATH,
  RESULTS_PATH,
  REVIEW_PATH,
  WORKSHOP_PATH,
} from './scan/steps.ts';
import { createWorkshopStore } from './scan/workshop-store.ts';

/**
 * The questionnaire with its tips and examples, which only the pages that make a report need: the steps
 * start without them (`virtual:shipped-questionnaire` leaves them out), and they load once, alongside the
 * first such page.
 */
let complete: Promise<Questionnaire> | undefined;
function completeQuestionnaire(core: Questionnaire): Promise<Questionnaire> {
  complete ??= import('virtual:shipped-questionnaire/report-content').then(({ reportContent }) => ({
    ...core,
    ...reportContent,
  }));
  return complete;
}

/**
 * A page that makes a report: its chunk and the questionnaire's tips load together, and the page gets
 * the complete questionnaire, so a report can never be made without its tips.
 */
function reportPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    if (!loaded.ok) throw new Error('The questionnaire definition is invalid');
    const [Page, questionnaire] = await Promise.all([load(), completeQuestionnaire(loaded.value)]);
    return {
      default: (props: P) => (
        <QuestionnaireProvider questionnaire={questionnaire}>
          <Page {...props} />
        </QuestionnaireProvider>
      ),
    };
  });
}

// The review, the results, the workshop, progress and the application page are separate chunks, fetched
// (from this origin) only when opened: the first question needs none of them.
const ReviewPage = reportPage(() => import('./pages/review-page.tsx').then((m) => m.ReviewPage));
const ResultsPage = reportPage(() => import('./pages/results-page.tsx').then((m) => m.ResultsPage));
const WorkshopPage = reportPage(() => import('./pages/workshop-page.tsx').then((m) => m.WorkshopPage));
const ApplicationPage = reportPage(() =>
  import('./pages/application-page.tsx').then((m) => m.ApplicationPage),
);
const ProgressPage = reportPage(() => import('./pages/progress-page.tsx').then((m) => m.ProgressPage));

/** localStorage, or null when the browser blocks it. */
function getLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('quickscan:probe');
    return storage;
  } catch {
    return null;
  }
}

export function App() {
  return loaded.ok ? (
    <ScanApp questionnaire={loaded.value} />
  ) : (
    <DefinitionErrorPage issues={loaded.issues} />
  );
}

function ScanApp({ questionnaire }: { questionnaire: Questionnaire }) {
  const [stores] = useState(() => {
    const storage = getLocalStorage();
    return {
      store: createScanStore(questionnaire, storage),
      snapshots: createSnapshotStore(questionnaire, storage),
      workshop: createWorkshopStore(questionnaire, storage),
    };
  });
  return (
    <ScanProvider questionnaire={questionnaire} {...stores}>
      {/* Hash routes: every step is a history entry, so the browser's back button goes to the previous step. */}
      <Router hook={useHashLocation}>
        <Layout>
          <PageErrorBoundary>
            <Pages />
          </PageErrorBoundary>
        </Layout>
      </Router>
    </ScanProvider>
  );
}

function Pages() {
  const { problem } = useScanState();
  if (problem) return <DamagedScanPanel problem={problem} />;
  return (
    // One Suspense for every lazy page: its place shows "loading" until the page's chunk is there.
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={StartPage} />
        <Route path="/stap/:sectionId">{(params) => <StepPage sectionId={params.sectionId} />}</Route>
        <Route path={REVIEW_PATH} component={ReviewPage} />
        <Route path={RESULTS_PATH} component={ResultsPage} />
        <Route path={WORKSHOP_PATH} component={WorkshopPage} />
        <Route path={PROGRESS_PATH} component={ProgressPage} />
        <Route path={APPLICATION_PATH} component={ApplicationPage} />
        <Route path={PRIVACY_PATH} component={PrivacyPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}
