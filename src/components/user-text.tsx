import type { ReactNode } from 'react';

/**
 * Text the user typed (an organisation name, a participant's name, where evidence is kept), shown on the page in a
 * `<bdi>`: whatever direction controls it holds (a right-to-left override, U+202E) stay inside it and never turn the
 * words around it. The text itself is shown as it is: React escapes it, and it is never markup.
 */
export function UserText({ children }: { children: string }) {
  return <bdi className="user-text">{children}</bdi>;
}

/**
 * A sentence of the app's own words with user text in its `{placeholders}` (as `fillTemplate` fills them), each
 * placeholder isolated as `UserText`: "Voor: {name}" with the organisation name as typed.
 */
export function WithUserText({
  template,
  values,
}: {
  template: string;
  values: Readonly<Record<string, string>>;
}): ReactNode {
  // split with a capture group: text at even indexes, placeholder names at odd ones.
  return template
    .split(/\{(\w+)\}/g)
    .map((part, index) =>
      index % 2 === 0 ? part : <UserText key={`${part}-${index}`}>{values[part] ?? ''}</UserText>,
    );
}
