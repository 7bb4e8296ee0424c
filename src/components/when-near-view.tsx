import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once they come within a screen's height of the view (or when the page is
 * printed); until then the placeholder. For heavy parts far down a page: the results' charts sit
 * below the fold on every screen, and their first render (recharts) blocks the page for a few hundred
 * milliseconds on a slow phone, for instance right when the report is being downloaded.
 */
export function WhenNearView({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (old browsers, jsdom) there is nothing to wait for.
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isNear || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(element);
    const onPrint = () => setIsNear(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [isNear]);
  return <div ref={ref}>{isNear ? children : placeholder}</div>;
}
