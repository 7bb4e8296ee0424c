/**
 * The first screen of the results: where to start (the top actions) and a way to every section, so that a phone user
 * does not scroll thirty screens to find a part.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../templates/report-model.ts';
import { CONTENTS_HEADING_ID, SectionLink } from './section-links.tsx';

/** The id of an action's heading in the action plan, to jump to from the top actions. */
export function actionHeadingId(questionId: string) {
  return `action-${questionId}-title`;
}

/** One line under the level: how many points block the next level, with a link to them. Nothing at the top level. */
export function BlockersCountLine({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  if (!model.nextLevel || model.blockers.length === 0) return null;
  return (
    <p data-testid="blockers-count">
      {t('results.blockersCount', { count: model.blockers.length, level: model.nextLevel.label })}{' '}
      <SectionLink headingId="blockers-title">{t('results.toBlockers')}</SectionLink>
    </p>
  );
}

/** The first three actions of the action plan, each a link to its full text. */
export function TopActions({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const top = model.actions.slice(0, 3);
  if (top.length === 0) return null;
  return (
    <section className="top-actions" aria-labelledby="top-actions-title" data-testid="top-actions">
      <h2 id="top-actions-title">{t('results.topActionsTitle', { count: top.length })}</h2>
      <ol className="top-action-list">
        {top.map((action) => (
          <li key={action.questionId}>
            <SectionLink headingId={actionHeadingId(action.questionId)} className="top-action-title">
              {action.tip?.title ?? action.question}
            </SectionLink>
            <span className="top-action-meta">
              {action.themeTitle}
              {action.neededFor ? ` · ${model.texts.unblocks} ${action.neededFor}` : null}
            </span>
          </li>
        ))}
      </ol>
      {model.actions.length > top.length ? (
        <p className="top-actions-more">
          <SectionLink headingId="actions-title">
            {t('results.allActions', { count: model.actions.length })}
          </SectionLink>
        </p>
      ) : null}
    </section>
  );
}

/** A section of the page to jump to: its heading's id and a short name for the navigation. */
export interface PageSection {
  headingId: string;
  label: string;
}

/** The width from which the section links are shown open beside the top actions (as in styles.css). */
const WIDE_SCREEN = '(min-width: 48rem)';

/**
 * "Op deze pagina": a short link to every section, in the order of the page. On a phone it is folded to one line
 * right under the level, so that the level, the way to every section and the top actions share the first screen;
 * on a wide screen it is open beside the top actions.
 */
export function PageContents({ sections }: { sections: PageSection[] }) {
  const { t } = useTranslation();
  const [isOpenAtFirst] = useState(
    () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN).matches,
  );
  return (
    <nav className="page-contents results-contents no-print" aria-labelledby={CONTENTS_HEADING_ID}>
      <details className="contents-details" open={isOpenAtFirst}>
        <summary>
          <h2 id={CONTENTS_HEADING_ID} tabIndex={-1}>
            {t('results.contentsTitle')}
          </h2>
          <span className="contents-count muted">
            {t('results.contentsCount', { count: sections.length })}
          </span>
        </summary>
        <ul>
          {sections.map((section) => (
            <li key={section.headingId}>
              <SectionLink headingId={section.headingId}>{section.label}</SectionLink>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
