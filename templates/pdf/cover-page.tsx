import { StyleSheet } from '@react-pdf/renderer';
import { REPORT_FONT } from './fonts.ts';
import { COLORS, SIZES } from './theme.ts';

/** The group report's cover styles. (The report itself opens with its summary, see summary-section.tsx.) */
export const coverStyles = StyleSheet.create({
  page: { fontFamily: REPORT_FONT, color: COLORS.text, padding: 56, backgroundColor: '#ffffff' },
  band: {
    backgroundColor: COLORS.accent,
    marginHorizontal: -56,
    marginTop: -56,
    padding: 56,
    paddingBottom: 40,
  },
  title: { fontSize: SIZES.h1, fontWeight: 'bold', color: '#ffffff', lineHeight: 1.25 },
  subtitle: { fontSize: 12, color: '#ffffff', marginTop: 12, lineHeight: 1.4 },
  organisation: { fontSize: 18, fontWeight: 'bold', marginTop: 48, lineHeight: 1.3 },
  meta: { fontSize: SIZES.body, color: COLORS.muted, marginTop: 6 },
  level: {
    marginTop: 40,
    borderWidth: 2,
    borderColor: COLORS.accent,
    borderRadius: 6,
    padding: 16,
  },
  levelLabel: { fontSize: 16, fontWeight: 'bold', color: COLORS.accent, lineHeight: 1.3 },
  overall: { fontSize: 12, marginTop: 6 },
  disclaimer: {
    position: 'absolute',
    bottom: 48,
    left: 56,
    right: 56,
    fontSize: SIZES.small,
    color: COLORS.muted,
    lineHeight: 1.4,
  },
});
