// The first script index.html runs, before the entry chunk (React, the shell) is evaluated: it starts
// fetching the full app at once, in parallel with the shell's own code, instead of after it. The module
// is fetched and evaluated once; `main.tsx` imports the same module and gets the same promise's result.
// Errors are handled there (a failed chunk shows the shell's "could not load" page).
import('./app.tsx').catch(() => undefined);
