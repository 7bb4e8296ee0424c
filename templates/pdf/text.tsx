/** Headings and paragraphs of the PDF, styled once. */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  h2: { fontSize: SIZES.h2, fontWeight: 'bold', color: COLORS.accent, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: SIZES.h3, fontWeight: 'bold', marginTop: 8, marginBottom: 3, lineHeight: 1.3 },
  p: { fontSize: SIZES.body, lineHeight: 1.4, marginBottom: 4 },
  small: { fontSize: SIZES.small, lineHeight: 1.35, color: COLORS.muted, marginBottom: 3 },
  bullet: { fontSize: SIZES.body, lineHeight: 1.4, marginBottom: 2, paddingLeft: 10 },
});

// minPresenceAhead keeps a heading from ending up alone at the bottom of a page. (A page break goes on the
// section's View, never on a heading: `break` together with minPresenceAhead makes react-pdf loop forever.)
export const H2 = ({ children }: { children: ReactNode }) => (
  <Text style={styles.h2} minPresenceAhead={90}>
    {children}
  </Text>
);
export const H3 = ({ children }: { children: ReactNode }) => (
  <Text style={styles.h3} minPresenceAhead={40}>
    {children}
  </Text>
);
export const P = ({ children }: { children: ReactNode }) => <Text style={styles.p}>{children}</Text>;
export const Small = ({ children }: { children: ReactNode }) => <Text style={styles.small}>{children}</Text>;
export const Bullet = ({ children, mark = '•' }: { children: ReactNode; mark?: string }) => (
  <Text style={styles.bullet}>
    {mark} {children}
  </Text>
);

/**
 * A heading followed by a list: the heading and the first item stay on the same page, so a heading
 * never ends a page alone; the other items flow on.
 */
export function HeadedList({
  heading,
  items,
  empty,
}: {
  heading: ReactNode;
  items: ReactNode[];
  empty?: ReactNode;
}) {
  const [first, ...rest] = items.length > 0 ? items : [empty];
  return (
    <>
      <View wrap={false}>
        {heading}
        {first}
      </View>
      {rest}
    </>
  );
}
