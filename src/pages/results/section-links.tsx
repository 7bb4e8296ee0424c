import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RESULTS_PATH } from '../../scan/steps.ts';

/** The heading of the "Op deze pagina" navigation: where "Naar boven" takes the user. */
export const CONTENTS_HEADING_ID = 'contents-title';

/** How many frames a jump waits for a section that is not rendered yet (the page renders in parts, see AfterPaint). */
const FRAMES_TO_WAIT = 30;

/**
 * Scrolls a section's heading into view and moves focus to it, so that the next Tab starts there. The app's routes live
 * in the URL hash, so an in-page jump must not touch `location.hash`. A heading that is not in the page yet is waited
 * for a few frames; one that never comes leaves focus and scroll where they are.
 */
export function jumpToHeading(headingId: string, framesLeft = FRAMES_TO_WAIT) {
  const heading = document.getElementById(headingId);
  if (!heading) {
    if (framesLeft > 0) requestAnimationFrame(() => jumpToHeading(headingId, framesLeft - 1));
    return;
  }
  // Headings rendered by other parts of the app may not be focusable yet.
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  // A heading inside a folded part (the section links on a phone) is shown with its part.
  const folded = heading.closest('details');
  if (folded && !folded.open) folded.open = true;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

/**
 * A link to a section of the results page. Its address is the results page itself, so that "open in a new tab" or a
 * copied link still lands on the results; a click (or Enter) jumps within the page instead.
 */
export function SectionLink({
  headingId,
  children,
  className,
}: {
  headingId: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a
      href={`#${RESULTS_PATH}`}
      className={className}
      data-target={headingId}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        event.preventDefault();
        jumpToHeading(headingId);
      }}
    >
      {children}
    </a>
  );
}

/** "Naar boven": back to the page's navigation, to choose the next section. */
export function ToContentsLink() {
  const { t } = useTranslation();
  return (
    <p className="to-contents no-print">
      <SectionLink headingId={CONTENTS_HEADING_ID}>{t('results.toContents')}</SectionLink>
    </p>
  );
}
