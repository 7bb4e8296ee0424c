/**
 * Timing a page load the way the benches do: in the page itself, from navigation start until an element is painted,
 * unthrottled or under Lighthouse's slow profile (4× CPU, slow 4G) set over CDP.
 */
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Marks the moment a selector first matches, in the page itself: the next animation frame after the element is in
 * the document, which is when it is painted. The page reports it on the console, so nothing is evaluated in the
 * page while it loads (Playwright's evaluation helpers are scripts of their own, injected into the page the first
 * time they are used: polling with them delayed the start page's first paint by about 40 ms). Plain script text,
 * because tsx would add helpers to a function that the page does not have.
 */
export const SHOWN = '__shown_at';

export function shownScript(selector: string): string {
  return `(() => {
    let seen = false;
    const check = () => {
      if (!seen && document.querySelector(${JSON.stringify(selector)})) {
        seen = true;
        requestAnimationFrame(() => console.log('${SHOWN} ' + performance.now()));
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`;
}

export type Profile = 'unthrottled' | 'slow';
export const PROFILES: Profile[] = ['unthrottled', 'slow'];

/**
 * Lighthouse's "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and 4× CPU slowdown, set over CDP on
 * the page's own target: it applies to the page's requests (its scripts and module preloads included), not to a
 * worker's (the first question has none).
 */
export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** Milliseconds from navigation start until a selector is painted, in a new page of this (fresh) context. */
export async function timeLoad(context: BrowserContext, url: string, selector: string, profile: Profile) {
  const page = await context.newPage();
  if (profile === 'slow') await throttle(context, page);
  await page.addInitScript({ content: shownScript(selector) });
  const shown = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(`${SHOWN} `),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await shown).text().slice(SHOWN.length + 1));
}
