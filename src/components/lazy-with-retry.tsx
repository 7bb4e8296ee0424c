import { lazy, type ComponentType } from 'react';

/** How to give each lazy component whose load failed a fresh start: one function per failed component. */
const failedLoads = new Set<() => void>();

/**
 * Lets every lazy component whose chunk failed to load try again at its next render. Called by the error boundaries
 * when they reset: "Probeer opnieuw", or going to another page. Not at the failure itself: React renders a suspended
 * component again as soon as its load settles, so a fresh start there would retry at once, and forever while offline.
 */
export function forgetFailedLoads(): void {
  for (const forget of failedLoads) forget();
  failedLoads.clear();
}

/**
 * `React.lazy` that can forget a failed import. `lazy` keeps the promise it made, so once a chunk failed to load
 * (offline for a moment, a deploy in between) the component fails at every render until a full reload. This one
 * shows the failure to its error boundary like `lazy`, and after `forgetFailedLoads` (the boundary's reset) loads the
 * chunk again. A chunk that did load is kept, as with `lazy`.
 *
 * @param load what `lazy` takes: a function that imports the module with the component as its default export
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const attempt = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failedLoads.add(() => {
          Current = attempt();
        });
        throw error;
      }),
    );
  let Current = attempt();
  function LazyWithRetry(props: P) {
    return <Current {...props} />;
  }
  return LazyWithRetry;
}
