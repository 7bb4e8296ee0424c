import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children once the browser has painted the rest of the page, `frames` times. A long page (the results)
 * then arrives in several shorter tasks (script, then layout) instead of one long one, and what is at its top shows
 * first. The children come a few frames later, long before anyone can scroll to them, print or search the page.
 */
export function AfterPaint({ children, frames = 1 }: { children: ReactNode; frames?: number }) {
  const [isPainted, setIsPainted] = useState(false);
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let left = frames;
    const next = () => {
      timer = setTimeout(() => {
        left -= 1;
        if (left <= 0) setIsPainted(true);
        else wait();
      }, 0);
    };
    const wait = () => {
      if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(next);
      else next();
    };
    wait();
    return () => {
      if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [frames]);
  return isPainted ? children : null;
}
