/**
 * The sections of the results page. Each renders a part of the report model; no texts are chosen here.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '../../../templates/report-model.ts';
import { formatDecimal } from '../../../templates/format-decimal.ts';
import { WithUserText } from '../../components/user-text.tsx';
import { actionHeadingId } from './first-screen.tsx';
import { ToContentsLink } from './section-links.tsx';

interface SectionProps {
  model: ReportModel;
}

/** A section with a heading the page's navigation can move focus to, and a way back to that navigation. */
function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <ToContentsLink />
    </section>
  );
}

export function BlockersSection({ model }: SectionProps) {
  return (
    <ReportSection id="blockers" title={model.blockersTitle}>
      {model.blockersIntro && model.blockers.length > 0 ? <p>{model.blockersIntro}</p> : null}
      {model.blockers.length > 0 ? (
        <ul className="blocker-list">
          {model.blockers.map((blocker) => (
            <li key={blocker.text}>
              {blocker.text}
              {blocker.reason ? (
                <span className="blocker-reason">
                  {' '}
                  <strong>{model.texts.blockerReason}:</strong> {blocker.reason}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{model.texts.topLevelReached}</p>
      )}
    </ReportSection>
  );
}

export function ScoreTable({ model }: SectionProps) {
  const t = model.texts;
  return (
    <table className="score-table" data-testid="score-table">
      <caption>{t.scoresCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.theme}</th>
          <th scope="col">{t.score}</th>
          <th scope="col">{t.band}</th>
        </tr>
      </thead>
      <tbody>
        {model.themes.map((theme) => (
          <tr key={theme.id} data-theme={theme.id}>
            <th scope="row">{theme.title}</th>
            <td data-testid={`score-${theme.id}`}>{theme.score}</td>
            <td>{theme.band}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ThemeDetailsSection({ model }: SectionProps) {
  const t = model.texts;
  return (
    <ReportSection id="theme-details" title={t.themeDetails}>
      {model.themes.map((theme) => (
        <details key={theme.id} className="theme-details">
          <summary>
            {theme.title}: {theme.score} ({theme.band})
          </summary>
          <h3>{t.inPlace}</h3>
          {theme.inPlace.length > 0 ? (
            <ul>
              {theme.inPlace.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t.nothingInPlace}</p>
          )}
          <h3>{t.missing}</h3>
          {theme.missing.length > 0 ? (
            <ul>
              {theme.missing.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t.nothingMissing}</p>
          )}
        </details>
      ))}
    </ReportSection>
  );
}

export function StrengthsSection({ model }: SectionProps) {
  const { items, more } = model.strengths;
  return (
    <ReportSection id="strengths" title={model.texts.strengths}>
      {items.length > 0 ? (
        <ul className="check-list">
          {items.map((strength) => (
            <li key={strength}>{strength}</li>
          ))}
          {more ? <li className="muted">{more}</li> : null}
        </ul>
      ) : (
        <p>{model.texts.noStrengths}</p>
      )}
    </ReportSection>
  );
}

export function ActionPlanSection({ model }: SectionProps) {
  const t = model.texts;
  const tips = model.actions.flatMap((action) => action.tip ?? []);
  return (
    <ReportSection id="actions" title={t.actions}>
      {model.actions.length === 0 ? (
        <p>{t.noActions}</p>
      ) : (
        <>
          <p>{t.actionsIntro}</p>
          {/* role="list": without markers, Safari would no longer announce it as a list. */}
          <ol className="action-list" role="list">
            {model.actions.map((action) => (
              <li key={action.questionId} className="action" data-question={action.questionId}>
                {/* The rank as text, not as the list's marker: a marker of two digits fell outside the section. The
                    list tells a screen reader the position already, and the heading's name stays the action. */}
                <h3 id={actionHeadingId(action.questionId)} tabIndex={-1}>
                  <span className="action-rank" aria-hidden="true">
                    {action.rank}.
                  </span>{' '}
                  {action.tip?.title ?? action.question}
                </h3>
                <p className="action-meta">
                  {action.neededFor ? (
                    <span className="tag tag-level">
                      {t.unblocks}: {action.neededFor}
                    </span>
                  ) : null}
                  {action.isQuickWin ? <span className="tag tag-quick">{t.quickWin}</span> : null}
                  <span className="tag">
                    {action.themeTitle} · {t.gain} +{formatDecimal(action.gain, model.language)} {t.points}
                  </span>
                </p>
                <p className="action-question">
                  {action.question} {t.now}: <strong>{action.current}</strong>. {t.goal}:{' '}
                  <strong>{action.target}</strong>.
                </p>
                {action.reason ? (
                  <p className="action-reason">
                    <strong>{t.blockerReason}:</strong> {action.reason}
                  </p>
                ) : null}
                {action.tip ? <p>{action.tip.text}</p> : null}
                {action.tip?.example ? (
                  <aside className="example">
                    <p className="example-title">
                      {t.example}: {action.tip.example.organisation} ({action.tip.example.period})
                    </p>
                    <p>{action.tip.example.text}</p>
                    <p className="muted small">
                      {t.source}: {action.tip.example.source}
                    </p>
                  </aside>
                ) : null}
              </li>
            ))}
          </ol>
          {/* What holds for every tip is said once, under the plan. */}
          {tips.some((tip) => tip.hasLegalNote) ? (
            <p className="notice notice-info" data-testid="actions-legal-note">
              {t.legalNote}: {model.legalNote}
            </p>
          ) : null}
          {tips.some((tip) => tip.example !== null) ? <p className="muted small">{t.examplesNote}</p> : null}
        </>
      )}
    </ReportSection>
  );
}

export function ToFindOutSection({ model }: SectionProps) {
  const t = model.texts;
  const { items, whoToAsk } = model.toFindOut;
  return (
    <ReportSection id="to-find-out" title={t.toFindOut}>
      {items.length > 0 ? (
        <>
          <p>
            {t.toFindOutIntro} {whoToAsk}
          </p>
          <ul>
            {items.map((item) => (
              <li key={item.question}>
                <strong>{item.themeTitle}:</strong> {item.question}
                {item.evidence ? <span className="muted"> ({item.evidence})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.nothingToFindOut}</p>
      )}
      {model.unanswered.length > 0 ? (
        <>
          <h3>{t.unanswered}</h3>
          <ul>
            {model.unanswered.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      ) : null}
      {model.notApplicable.length > 0 ? (
        <div data-testid="not-applicable">
          <h3>{t.notApplicable}</h3>
          <p>{t.notApplicableIntro}</p>
          <ul>
            {model.notApplicable.map((item) => (
              <li key={item.question}>
                <strong>{item.themeTitle}:</strong> {item.question}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </ReportSection>
  );
}

export function LegalCheckSection({ model }: SectionProps) {
  const { t } = useTranslation();
  const { legalCheck } = model;
  return (
    <ReportSection id="legal-check" title={model.texts.legalCheck}>
      <p>{legalCheck.intro}</p>
      <p className="notice notice-info" data-testid="legal-deviation">
        {legalCheck.deviation} ({legalCheck.asOf})
      </p>
      {/* What each status means, said once for the whole check. */}
      {legalCheck.legend.length > 0 ? (
        <dl className="legal-legend" data-testid="legal-legend">
          {legalCheck.legend.map((entry) => (
            <div key={entry.status} className={`legal-${entry.status}`}>
              <dt className="legal-status">{entry.label}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ul className="legal-list">
        {legalCheck.items.map((item) => (
          <li
            key={item.schemeId}
            className={`legal-item legal-${item.status}`}
            data-scheme={item.schemeId}
            data-status={item.status}
          >
            <h3>
              {item.name}: <span className="legal-status">{item.statusLabel}</span>
            </h3>
            {item.reason ? <p className="legal-reason">{item.reason}</p> : null}
            {item.followsCao && legalCheck.caoNote ? (
              <p className="legal-cao-note">{legalCheck.caoNote}</p>
            ) : null}
            {/* The rule is long: folded, with its date in the summary. Printing opens it. */}
            <details className="legal-rule">
              <summary>{t('results.legalRuleSummary', { asOf: legalCheck.asOf })}</summary>
              <p>{item.rule}</p>
            </details>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function EvidenceSection({ model }: SectionProps) {
  const folder = model.evidence;
  return (
    <ReportSection id="evidence" title={model.texts.evidence}>
      <p>{folder.intro}</p>
      <p>
        <strong>{folder.countLine}</strong>
      </p>
      {folder.groups.map((group) => (
        <div key={group.themeId}>
          <h3>{group.themeTitle}</h3>
          <ul className="evidence-list">
            {group.items.map((item) => (
              <li key={item.questionId} className={`evidence-${item.status}`}>
                <span className="evidence-status">
                  {item.status === 'collected' ? `✓ ${item.statusLabel}` : item.statusLabel}:
                </span>{' '}
                {item.evidence}
                {item.where ? (
                  <span className="evidence-where">
                    {' '}
                    (<WithUserText template={model.texts.evidenceWhere} values={{ where: item.where }} />)
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </ReportSection>
  );
}

export function NextStepsSection({ model }: SectionProps) {
  const t = model.texts;
  return (
    <ReportSection id="next-steps" title={t.nextSteps}>
      <p>{t.nextStepsIntro}</p>
      <ol className="route-list">
        {model.nextSteps.map((step) => (
          <li key={step.id} className={`route-step route-${step.status}`}>
            <h3>
              {withoutLeadingNumber(step.title)} <span className="tag">{step.statusLabel}</span>
            </h3>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      <p>{t.monitor}</p>
    </ReportSection>
  );
}

/** The route's list numbers its steps itself: a title's own "1. " would read as "1. 1. Bespreken". */
function withoutLeadingNumber(title: string) {
  return title.replace(/^\d+\.\s+/, '');
}

export function FiguresSection({ model }: SectionProps) {
  const t = model.texts;
  return (
    <ReportSection id="figures" title={t.figures}>
      <ul className="figure-list">
        {model.figures.map((figure) => (
          <li key={figure.value}>
            <strong>{figure.value}</strong> {figure.text}{' '}
            <span className="muted small">
              ({t.source}: {figure.source}, {figure.year})
            </span>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function DisclaimerSection({ model }: SectionProps) {
  return (
    <ReportSection id="disclaimer" title={model.texts.disclaimerTitle}>
      <p>{model.disclaimer}</p>
    </ReportSection>
  );
}
