import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LayoutFrame } from './components/layout-frame.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { StartContent } from './pages/start-content.tsx';
import { PRIVACY_PATH, stepPath } from './scan/steps.ts';

/** The first step of the shipped questionnaire (a unit test keeps this true). */
export const FIRST_STEP_PATH = stepPath('intake');

/**
 * Whether the shell has a page of its own for this location hash (the start page, the privacy
 * statement). For any other page (a step, the results) the shell would only say "loading", so the
 * prerendered start page stays until the app renders the page itself: one render less on the way.
 */
export function isShellRoute(hash: string): boolean {
  const path = hash.replace(/^#/, '') || '/';
  return path === '/' || path === PRIVACY_PATH;
}

/**
 * The first screen: the start page and the privacy statement, with nothing but React, the router and the
 * Dutch strings. It is prerendered into index.html at build time, so it paints before any script runs,
 * and it is what the page shows while the full app (questionnaire, saved answers, every scan page) loads.
 * Its links are plain hash links: a click before the app is there still leads to the right page.
 */
export function Shell({ failed = false }: { failed?: boolean }) {
  return (
    <Router hook={useHashLocation}>
      <LayoutFrame>
        {failed ? (
          <LoadFailed />
        ) : (
          <Switch>
            <Route path="/" component={ShellStartPage} />
            <Route path={PRIVACY_PATH} component={PrivacyPage} />
            <Route component={Loading} />
          </Switch>
        )}
      </LayoutFrame>
    </Router>
  );
}

function ShellStartPage() {
  const { t } = useTranslation();
  return (
    <StartContent
      actions={
        <a href={`#${FIRST_STEP_PATH}`} className="button">
          {t('start.start')}
        </a>
      }
      files={
        <section className="report-section files-panel" aria-labelledby="files-title">
          <h2 id="files-title">{t('files.title')}</h2>
          <p>{t('files.intro')}</p>
          <p className="muted">{t('files.loading')}</p>
        </section>
      }
    />
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}

/** The app's chunk could not be loaded (offline on a first visit, a broken deploy): say so, offer a retry. */
function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <h1>{t('app.loadFailedTitle')}</h1>
      <p>{t('app.loadFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
