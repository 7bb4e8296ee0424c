/**
 * Fewer requests before the first question. Left to itself, the bundler gives every module that the app shares with
 * a lazy page (the review, the results, the workshop…) a chunk of its own, so index.html preloaded eleven scripts, and
 * on a slow phone each is a request of its own. But the app (`src/app.tsx`) is always there before a lazy page, because
 * only the app imports them. So:
 * - everything the entry (`src/main.tsx`) imports statically goes into one chunk, `shell`;
 * - everything the app imports statically, and the entry does not, goes into one chunk, `app`.
 * A lazy page still loads only its own code, and imports the rest from these two chunks.
 */
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

const ENTRY = fileURLToPath(new URL('../src/main.tsx', import.meta.url));
const APP = fileURLToPath(new URL('../src/app.tsx', import.meta.url));

/** Every module that `root` imports statically, directly or through others, and `root` itself. */
function staticClosure(root: string, context: Rolldown.ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    stack.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

export function firstQuestionChunks(): Rolldown.CodeSplittingGroup[] {
  let closures: { shell: Set<string>; app: Set<string> } | null = null;
  const closuresFor = (context: Rolldown.ChunkingContext) =>
    (closures ??= { shell: staticClosure(ENTRY, context), app: staticClosure(APP, context) });
  return [
    // The shell first (a module can be in one group only): the app imports from it, never the other way round.
    {
      name: (moduleId, context) =>
        moduleId !== ENTRY && closuresFor(context).shell.has(moduleId) ? 'shell' : null,
      priority: 2,
    },
    {
      name: (moduleId, context) => (closuresFor(context).app.has(moduleId) ? 'app' : null),
      priority: 1,
    },
  ];
}
