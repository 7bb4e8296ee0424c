import type { Questionnaire } from '../../questionnaire/schema.ts';

interface OverviewPageProps {
  questionnaire: Questionnaire;
}

/** The start of the scan: what it is, and the sections it asks about. */
export function OverviewPage({ questionnaire }: OverviewPageProps) {
  const language = 'nl';
  return (
    <main className="page">
      <h1>{questionnaire.title[language]}</h1>
      <p className="lead">{questionnaire.description[language]}</p>
      <h2>Onderdelen van de scan</h2>
      <ol className="section-list">
        {questionnaire.sections.map((section) => (
          <li key={section.id}>
            <h3>{section.title[language]}</h3>
            <p>{section.intro[language]}</p>
            <p className="muted">
              {section.questions.length} {section.questions.length === 1 ? 'vraag' : 'vragen'}
              {section.kind === 'intake' ? ' (telt niet mee in de score)' : ''}
            </p>
          </li>
        ))}
      </ol>
      <p className="muted">
        Deze scan geeft een indicatie. Het is geen officiële Erkenning en geen juridisch advies. Uw antwoorden
        blijven in deze browser.
      </p>
    </main>
  );
}
