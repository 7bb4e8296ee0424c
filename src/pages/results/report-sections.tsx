/**
 * The sections of the results page. Each renders a part of the report model; no texts are chosen here.
 */
import type { ReactNode } from 'react';
import type { Language } from '../../../questionnaire/schema.ts';
import { REPORT_TEXTS } from '../../../templates/content/report-texts.ts';
import type { ReportModel } from '../../../templates/report-model.ts';

interface SectionProps {
  model: ReportModel;
}

const text = (key: keyof typeof REPORT_TEXTS, language: Language) => REPORT_TEXTS[key][language];

function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} data-section={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function BlockersSection({ model }: SectionProps) {
  const l = model.language;
  return (
    <ReportSection
      id="blockers"
      title={model.nextLevel ? `${text('blockers', l)}: ${model.nextLevel.label}` : text('blockers', l)}
    >
      {model.blockers.length > 0 ? (
        <ul className="blocker-list">
          {model.blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      ) : (
        <p>{text('topLevelReached', l)}</p>
      )}
    </ReportSection>
  );
}

export function ScoreTable({ model }: SectionProps) {
  const l = model.language;
  return (
    <table className="score-table" data-testid="score-table">
      <caption>{text('scoresCaption', l)}</caption>
      <thead>
        <tr>
          <th scope="col">{text('theme', l)}</th>
          <th scope="col">{text('score', l)}</th>
          <th scope="col">{text('band', l)}</th>
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

export function ThemeDetailsSection({
  model,
  title,
  emptyInPlace,
  emptyMissing,
}: SectionProps & { title: string; emptyInPlace: string; emptyMissing: string }) {
  const l = model.language;
  return (
    <ReportSection id="theme-details" title={title}>
      {model.themes.map((theme) => (
        <details key={theme.id} className="theme-details">
          <summary>
            {theme.title}: {theme.score} ({theme.band})
          </summary>
          <h3>{text('inPlace', l)}</h3>
          {theme.inPlace.length > 0 ? (
            <ul>
              {theme.inPlace.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{emptyInPlace}</p>
          )}
          <h3>{text('missing', l)}</h3>
          {theme.missing.length > 0 ? (
            <ul>
              {theme.missing.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{emptyMissing}</p>
          )}
        </details>
      ))}
    </ReportSection>
  );
}

export function StrengthsSection({
  model,
  moreLabel,
}: SectionProps & { moreLabel: (count: number) => string }) {
  const l = model.language;
  const shown = model.strengths.slice(0, 6);
  const more = model.strengths.length - shown.length;
  return (
    <ReportSection id="strengths" title={text('strengths', l)}>
      {shown.length > 0 ? (
        <ul className="check-list">
          {shown.map((strength) => (
            <li key={strength}>{strength}</li>
          ))}
          {more > 0 ? <li className="muted">{moreLabel(more)}</li> : null}
        </ul>
      ) : (
        <p>{text('noStrengths', l)}</p>
      )}
    </ReportSection>
  );
}

export function ActionPlanSection({ model }: SectionProps) {
  const l = model.language;
  return (
    <ReportSection id="actions" title={text('actions', l)}>
      {model.actions.length === 0 ? (
        <p>{text('noActions', l)}</p>
      ) : (
        <>
          <p>{text('actionsIntro', l)}</p>
          <ol className="action-list">
            {model.actions.map((action) => (
              <li key={action.questionId} className="action" data-question={action.questionId}>
                <h3>{action.tip?.title ?? action.question}</h3>
                <p className="action-meta">
                  {action.neededFor ? (
                    <span className="tag tag-level">
                      {text('unblocks', l)}: {action.neededFor}
                    </span>
                  ) : null}
                  {action.isQuickWin ? <span className="tag tag-quick">{text('quickWin', l)}</span> : null}
                  <span className="tag">
                    {action.themeTitle} · {text('gain', l)} +{action.gain} {text('points', l)}
                  </span>
                </p>
                <p className="action-question">
                  {action.question} {text('now', l)}: <strong>{action.current}</strong>. {text('goal', l)}:{' '}
                  <strong>{action.target}</strong>.
                </p>
                {action.tip ? <p>{action.tip.text}</p> : null}
                {action.tip?.example ? (
                  <aside className="example">
                    <p className="example-title">
                      {text('example', l)}: {action.tip.example.organisation}
                    </p>
                    <p>{action.tip.example.text}</p>
                    <p className="muted small">
                      {text('source', l)}: {action.tip.example.source}
                    </p>
                  </aside>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </ReportSection>
  );
}

export function ToFindOutSection({ model }: SectionProps) {
  const l = model.language;
  return (
    <ReportSection id="to-find-out" title={text('toFindOut', l)}>
      {model.toFindOut.length > 0 ? (
        <>
          <p>{text('toFindOutIntro', l)}</p>
          <ul>
            {model.toFindOut.map((item) => (
              <li key={item.question}>
                <strong>{item.themeTitle}:</strong> {item.question}
                {item.evidence ? <span className="muted"> ({item.evidence})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{text('nothingToFindOut', l)}</p>
      )}
      {model.unanswered.length > 0 ? (
        <>
          <h3>{text('unanswered', l)}</h3>
          <ul>
            {model.unanswered.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      ) : null}
    </ReportSection>
  );
}

export function LegalCheckSection({ model }: SectionProps) {
  const l = model.language;
  const statusLabel = {
    'in-order': text('legalInOrder', l),
    'not-in-order': text('legalNotInOrder', l),
    unknown: text('legalUnknown', l),
  };
  return (
    <ReportSection id="legal-check" title={text('legalCheck', l)}>
      <p>{text('legalCheckIntro', l)}</p>
      <ul className="legal-list">
        {model.legalCheck.map((item) => (
          <li
            key={item.schemeId}
            className={`legal-item legal-${item.status}`}
            data-scheme={item.schemeId}
            data-status={item.status}
          >
            <h3>
              {item.name}: <span className="legal-status">{statusLabel[item.status]}</span>
            </h3>
            <p>
              {item.rule} <span className="muted">({item.asOf})</span>
            </p>
          </li>
        ))}
      </ul>
      <p className="muted small">{model.legalCheck[0]?.note}</p>
    </ReportSection>
  );
}

export function EvidenceSection({ model }: SectionProps) {
  const l = model.language;
  return (
    <ReportSection id="evidence" title={text('evidence', l)}>
      <p>{text('evidenceIntro', l)}</p>
      {model.evidence.map((group) => (
        <div key={group.themeTitle}>
          <h3>{group.themeTitle}</h3>
          <ul className="evidence-list">
            {group.items.map((item) => (
              <li key={item.question} className={item.isReady ? 'evidence-ready' : 'evidence-todo'}>
                <span className="evidence-status">
                  {item.isReady ? `✓ ${text('evidenceReady', l)}` : text('evidenceTodo', l)}:
                </span>{' '}
                {item.evidence}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </ReportSection>
  );
}

export function NextStepsSection({ model }: SectionProps) {
  const l = model.language;
  const statusLabel = {
    done: text('stepDone', l),
    current: text('stepCurrent', l),
    later: text('stepLater', l),
  };
  return (
    <ReportSection id="next-steps" title={text('nextSteps', l)}>
      <p>{text('nextStepsIntro', l)}</p>
      <ol className="route-list">
        {model.nextSteps.map((step) => (
          <li key={step.id} className={`route-step route-${step.status}`}>
            <h3>
              {step.title} <span className="tag">{statusLabel[step.status]}</span>
            </h3>
            <p>{step.text}</p>
          </li>
        ))}
      </ol>
      <p>{text('monitor', l)}</p>
    </ReportSection>
  );
}

export function FiguresSection({ model }: SectionProps) {
  const l = model.language;
  return (
    <ReportSection id="figures" title={text('figures', l)}>
      <ul className="figure-list">
        {model.figures.map((figure) => (
          <li key={figure.value}>
            <strong>{figure.value}</strong> {figure.text}{' '}
            <span className="muted small">
              ({text('source', l)}: {figure.source}, {figure.year})
            </span>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}

export function DisclaimerSection({ model }: SectionProps) {
  return (
    <ReportSection id="disclaimer" title={text('disclaimerTitle', model.language)}>
      <p>{model.disclaimer}</p>
    </ReportSection>
  );
}
