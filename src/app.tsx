import { Suspense, useMemo, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { loaded } from 'virtual:shipped-questionnaire';
import { joinLanguage } from '../questionnaire/language-split.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { QuestionnaireProvider, ScanProvider, useQuestionnaire, useScanState } from './scan/scan-context.tsx';
import { DamagedScanPanel } from './components/damaged-scan-panel.tsx';
import { Layout } from './components/layout.tsx';
import { lazyWithRetry } from './components/lazy-with-retry.tsx';
import { PageErrorBoundary } from './components/page-error-boundary.tsx';
import { addLanguageLoader, i18next } from './i18n/i18n.ts';
import { DefinitionErrorPage } from './pages/definition-error-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { StartPage } from './pages/start-page.tsx';
import { StepPage } from './pages/step-page.tsx';
import { createScanStore } from './scan/scan-store.ts';
import { createSnapshotStore } from './scan/snapshot-store.ts';
import { createCopyStore } from './scan/copy-store.ts';
import { createStorageLayer, storagePrefix } from './scan/storage-layer.ts';
import {
  APPLICATION_PATH,
  HANDOVER_PATH,
  JOIN_PATH,
  PRIVACY_PATH,
  PROGRESS_PATH,
  RECEIVE_PATH,
  RESULTS_PATH,
  REVIEW_PATH,
  WORKSHOP_PATH,
} from './scan/steps.ts';
import { createWorkshopStore } from './scan/workshop-store.ts';

/**
 * The questionnaire's English texts: the app starts with the questionnaire in Dutch only
 * (`virtual:shipped-questionnaire` has its English empty), and loads them when English is chosen, before
 * the interface switches (`addLanguageLoader`), or before the first render when this browser chose English.
 */
let current: Questionnaire | null = loaded.ok ? loaded.value : null;
let english: Promise<void> | undefined;
const listeners = new Set<() => void>();

function loadEnglish(): Promise<void> {
  if (!loaded.ok) return Promise.resolve();
  const core = loaded.value;
  english ??= import('virtual:shipped-questionnaire/en').then(
    ({ englishTexts }) => {
      current = joinLanguage(core, 'en', englishTexts);
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      english = undefined; // Tried again at the next switch.
      throw error;
    },
  );
  return english;
}

addLanguageLoader((language) => (language === 'en' ? loadEnglish() : Promise.resolve()));

/** Loads what the first render needs besides the app's chunk: the questionnaire in the chosen language. */
export function prepareApp(): Promise<void> {
  return i18next.language === 'en' ? loadEnglish() : Promise.resolve();
}

function subscribeToQuestionnaire(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The questionnaire's tips and examples, which only the pages that make a report need: the steps start
 * without them (`virtual:shipped-questionnaire` leaves them out), and they load once, alongside the first
 * such page.
 */
let reportContent: Promise<Pick<Questionnaire, 'tips' | 'examples'>> | undefined;
function loadReportContent() {
  reportContent ??= import('virtual:shipped-questionnaire/report-content').then(
    (m) => m.reportContent,
    (error: unknown) => {
      reportContent = undefined; // Tried again by the next report page (or its retry), not kept as failed.
      throw error;
    },
  );
  return reportContent;
}

/** Gives the page the questionnaire with its tips and examples, in whichever language it has now. */
function WithReportContent({
  content,
  children,
}: {
  content: Pick<Questionnaire, 'tips' | 'examples'>;
  children: ReactNode;
}) {
  const questionnaire = useQuestionnaire();
  const complete = useMemo(() => ({ ...questionnaire, ...content }), [questionnaire, content]);
  return <QuestionnaireProvider questionnaire={complete}>{children}</QuestionnaireProvider>;
}

/**
 * A page that makes a report: its chunk and the questionnaire's tips load together, and the page gets
 * the complete questionnaire, so a report can never be made without its tips. When either fails to
 * load, the page's error says so, and its retry (or coming back to the page) loads them again.
 */
function reportPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazyWithRetry(async () => {
    const [Page, content] = await Promise.all([load(), loadReportContent()]);
    return {
      default: (props: P) => (
        <WithReportContent content={content}>
          <Page {...props} />
        </WithReportContent>
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
// The workshop in a room: joining on a phone, handing over and receiving a shared link, each its own chunk (with the
// answers code and QR drawing), fetched only when opened.
const JoinPage = lazyWithRetry(async () => ({
  default: (await import('./pages/room/join-page.tsx')).JoinPage,
}));
const HandoverPage = lazyWithRetry(async () => ({
  default: (await import('./pages/room/handover-page.tsx')).HandoverPage,
}));
const ReceivePage = lazyWithRetry(async () => ({
  default: (await import('./pages/room/receive-page.tsx')).ReceivePage,
}));

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

function ScanApp({ questionnaire: core }: { questionnaire: Questionnaire }) {
  // The stores work with ids only; the pages get the questionnaire with the texts loaded so far.
  const questionnaire = useSyncExternalStore(subscribeToQuestionnaire, () => current ?? core);
  const [stores] = useState(() => {
    // One storage layer for every kept thing: read once, back up what cannot be read, keep working in memory.
    const layer = createStorageLayer(getLocalStorage(), storagePrefix(core));
    return {
      layer,
      store: createScanStore(core, layer),
      snapshots: createSnapshotStore(core, layer),
      workshop: createWorkshopStore(core, layer),
      copies: createCopyStore(layer),
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
        <Route path={`${JOIN_PATH}/:code`}>{(params) => <JoinPage code={params.code} />}</Route>
        <Route path={HANDOVER_PATH} component={HandoverPage} />
        <Route path={`${RECEIVE_PATH}/:code`}>{(params) => <ReceivePage code={params.code} />}</Route>
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}
