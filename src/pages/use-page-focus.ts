import { useEffect, useRef } from 'react';

let previousPageKey: string | null = null;

/**
 * Moves focus to the page heading when the user arrives on a new page or step, so that keyboard and
 * screen reader users start at the top of the new content. The very first page keeps the browser's focus.
 */
export function usePageFocus<T extends HTMLElement>(pageKey: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const isFirstPage = previousPageKey === null;
    const isSamePage = previousPageKey === pageKey;
    previousPageKey = pageKey;
    if (isFirstPage || isSamePage) return;
    ref.current?.focus();
    window.scrollTo?.({ top: 0 });
  }, [pageKey]);
  return ref;
}
