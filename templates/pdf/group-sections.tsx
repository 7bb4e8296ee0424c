/**
 * The sections of the group report before the joint outcome: the cover and the disagreements (the
 * participants and the spread are in `group-participant-parts.tsx`), and the start of the joint outcome.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { DisagreementView, GroupReportModel } from '../group-report-model.ts';
import { coverStyles } from './cover-page.tsx';
import { H2, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  bold: { fontWeight: 'bold' },
  disagreement: {
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingBottom: 6,
    marginBottom: 8,
  },
  question: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3, marginBottom: 2 },
  tags: { fontSize: SIZES.small, color: COLORS.warning, marginBottom: 3 },
  roleRow: { flexDirection: 'row', paddingVertical: 1.5 },
  roleLabel: { width: '34%', fontSize: SIZES.small, lineHeight: 1.35, color: COLORS.muted, paddingRight: 6 },
  roleAnswers: { width: '66%', fontSize: SIZES.small, lineHeight: 1.35 },
  consensus: {
    backgroundColor: COLORS.accentLight,
    borderRadius: 4,
    paddingVertical: 4,
    paddingHorizontal: 6,
    marginTop: 4,
  },
  consensusText: { fontSize: SIZES.small, lineHeight: 1.35 },
  partTitle: { fontSize: 18, fontWeight: 'bold', color: COLORS.accent, marginBottom: 6, lineHeight: 1.3 },
});

export function GroupCoverPage({ model, dateLabel }: { model: GroupReportModel; dateLabel: string }) {
  const t = model.texts;
  return (
    <Page size="A4" style={coverStyles.page}>
      <View style={coverStyles.band}>
        <Text style={coverStyles.title}>{model.title}</Text>
        <Text style={coverStyles.subtitle}>{model.subtitle}</Text>
      </View>
      {model.organisationName ? <Text style={coverStyles.organisation}>{model.organisationName}</Text> : null}
      <Text style={coverStyles.meta}>
        {t.date}: {dateLabel}
      </Text>
      <Text style={coverStyles.meta}>{model.participantCountLine}</Text>
      <Text style={coverStyles.meta}>
        {t.version}: {model.questionnaireVersion}
      </Text>
      <View style={coverStyles.level}>
        <Text style={coverStyles.levelLabel}>
          {t.groupLevel}: {model.consensus.level.label}
        </Text>
        <Text style={coverStyles.overall}>{model.consensus.overallLine}</Text>
      </View>
      <Text style={coverStyles.disclaimer}>{model.disclaimer}</Text>
    </Page>
  );
}

function DisagreementItem({ item, rank }: { item: DisagreementView; rank: number }) {
  return (
    <View style={styles.disagreement} wrap={false}>
      <Text style={styles.question}>
        {rank}. {item.question}
      </Text>
      <Text style={styles.tags}>
        {item.themeTitle} · {item.measureLabel}
      </Text>
      {item.byRole.map((group) => (
        <View key={group.roleLabel} style={styles.roleRow}>
          <Text style={styles.roleLabel}>{group.roleLabel}</Text>
          <Text style={styles.roleAnswers}>{group.line}</Text>
        </View>
      ))}
      <View style={styles.consensus}>
        <Text style={styles.consensusText}>
          {item.consensusTitle}: <Text style={styles.bold}>{item.consensus}</Text>
        </Text>
      </View>
    </View>
  );
}

export function DisagreementsSection({ model }: { model: GroupReportModel }) {
  const { disagreements } = model;
  return (
    <View>
      <H2>{disagreements.title}</H2>
      {disagreements.empty ? <P>{disagreements.empty}</P> : <P>{disagreements.intro}</P>}
      {disagreements.items.map((item, index) => (
        <DisagreementItem key={item.questionId} item={item} rank={index + 1} />
      ))}
      {disagreements.more ? <Small>{disagreements.more}</Small> : null}
    </View>
  );
}

/** The start of the joint outcome: its title and what the joint answers are. */
export function ConsensusIntro({ model }: { model: GroupReportModel }) {
  return (
    <View>
      <Text style={styles.partTitle}>{model.consensusTitle}</Text>
      <P>{model.consensusIntro}</P>
    </View>
  );
}
