import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { DefinitionErrorPage } from './pages/definition-error-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';

// Parsed once at module load: the definition is static data.
const loaded = loadShippedQuestionnaire();

export function App() {
  return loaded.ok ? (
    <OverviewPage questionnaire={loaded.value} />
  ) : (
    <DefinitionErrorPage issues={loaded.issues} />
  );
}
