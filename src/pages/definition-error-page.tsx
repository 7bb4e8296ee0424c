interface DefinitionErrorPageProps {
  issues: string[];
}

/** Shown instead of a blank screen when the questionnaire definition does not pass its checks. */
export function DefinitionErrorPage({ issues }: DefinitionErrorPageProps) {
  return (
    <main className="page">
      <h1>De vragenlijst kan niet worden geladen</h1>
      <p>
        Het bestand met de vragen bevat fouten, daarom kan de scan niet starten. Uw eerder ingevulde
        antwoorden blijven bewaard. Geef deze melding door aan de beheerder van de scan.
      </p>
      <p lang="en">
        The questionnaire file contains errors, so the scan cannot start. Your saved answers are kept.
      </p>
      <ul className="issue-list">
        {issues.map((issue) => (
          <li key={issue}>
            <code>{issue}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
