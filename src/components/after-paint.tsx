import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children once the browser has painted the rest of the page. A long page (the results) then arrives in
 * two shorter tasks instead of one long one, and what is at its top shows first. The children come a frame later,
 * long before anyone can scroll to them, print or search the page.
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const [isPainted, setIsPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      timer = setTimeout(() => setIsPainted(true), 0);
    };
    if (typeof requestAnimationFrame !== 'function') {
      show();
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(show);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return isPainted ? children : null;
}
