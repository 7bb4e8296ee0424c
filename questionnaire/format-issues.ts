/**
 * Turns zod issues into messages a person can act on: where (a readable path, with the id of
 * the question or section it is in) and what is wrong.
 */
import type { $ZodError } from 'zod/v4/core';

/** `sections[2].questions[4].showIf.question` from `['sections', 2, 'questions', 4, 'showIf', 'question']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    const safe = /^[A-Za-z_$][\w$-]*$/.test(name) ? name : JSON.stringify(name);
    return text === '' ? safe : `${text}.${safe}`;
  }, '');
}

/** The `id` of the deepest object along `path` in `data` that has one, to name the question in a message. */
function findNearestId(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let current: unknown = data;
  let nearest: string | undefined;
  for (const key of path) {
    if (current === null || typeof current !== 'object') break;
    current = Reflect.get(current, key);
    if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
      const id: unknown = Reflect.get(current, 'id');
      if (typeof id === 'string') nearest = id;
    }
  }
  return nearest;
}

/**
 * One line per issue: `at sections[1].questions[0].tips[0] ("legal-written"): refers to unknown tip "x"`.
 * Takes the errors of classic zod and of zod/mini alike.
 */
export function formatIssues(error: $ZodError, data?: unknown): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? formatPath(issue.path) : 'top level';
    const id = data === undefined ? undefined : findNearestId(data, issue.path);
    const named = id && !where.endsWith(`.id`) ? ` ("${id}")` : '';
    return `at ${where}${named}: ${issue.message}`;
  });
}
