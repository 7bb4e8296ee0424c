/** The frame of a content page, shared by the report and the group report: the page style, a running header and a footer with page numbers. */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { REPORT_FONT } from './fonts.ts';
import { COLORS, SIZES } from './theme.ts';

export const frameStyles = StyleSheet.create({
  // No lineHeight on the page: it breaks the render-prop footer (see TOOLCHAIN.md).
  page: {
    fontFamily: REPORT_FONT,
    color: COLORS.text,
    paddingTop: 56,
    paddingBottom: 56,
    paddingHorizontal: 48,
  },
  header: {
    position: 'absolute',
    top: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingBottom: 4,
  },
  headerText: { fontSize: SIZES.small, color: COLORS.muted },
  footer: {
    position: 'absolute',
    bottom: 24,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
  },
  footerText: { fontSize: SIZES.small, color: COLORS.muted },
});

/** The header on every content page: the document's title on the left, the organisation (or date) on the right. */
export function RunningHeader({ left, right }: { left: string; right: string }) {
  return (
    <View style={frameStyles.header} fixed>
      <Text style={frameStyles.headerText}>{left}</Text>
      <Text style={frameStyles.headerText}>{right}</Text>
    </View>
  );
}

/**
 * The footer on every content page: the date, and "Pagina 2 van 9".
 * @param pageLabel the template with `{page}` and `{total}`
 */
export function PageFooter({ dateLabel, pageLabel }: { dateLabel: string; pageLabel: string }) {
  return (
    <View style={frameStyles.footer} fixed>
      <Text style={frameStyles.footerText}>{dateLabel}</Text>
      <Text
        style={frameStyles.footerText}
        render={({ pageNumber, totalPages }) =>
          pageLabel.replace('{page}', String(pageNumber)).replace('{total}', String(totalPages))
        }
      />
    </View>
  );
}

/**
 * The content pages: each part starts on a new page and flows on over as many pages as it needs, with the
 * running header and the footer on every page (page numbers count on across the parts).
 *
 * A part is its own react-pdf `Page` rather than a `break` inside one long page: react-pdf lays out all
 * the content still to come again for every page it splits off, and the render-prop footer makes it do so
 * twice, so one long page costs time quadratic in its length. Separate pages give the same output.
 * @param parts the parts in order; `null` parts are left out
 */
export function ContentPages({
  header,
  footer,
  parts,
}: {
  header: { left: string; right: string };
  footer: { dateLabel: string; pageLabel: string };
  parts: ReactNode[];
}) {
  return parts
    .filter((part) => part !== null)
    .map((part, index) => (
      <Page key={index} size="A4" style={frameStyles.page} wrap>
        <RunningHeader left={header.left} right={header.right} />
        {part}
        <PageFooter dateLabel={footer.dateLabel} pageLabel={footer.pageLabel} />
      </Page>
    ));
}
