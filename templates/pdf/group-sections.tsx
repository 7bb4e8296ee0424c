/** The sections of the group report before the joint outcome: cover, participants, spread, disagreements. */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { DisagreementView, GroupReportModel } from '../group-report-model.ts';
import { coverStyles } from './cover-page.tsx';
import { SpreadChart } from './spread-chart.tsx';
import { H2, H3, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

/** The width of the content on an A4 page with the report's margins (595 − 2 × 48). */
const CONTENT_WIDTH = 499;

const styles = StyleSheet.create({
  table: { marginTop: 4, marginBottom: 8 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 4 },
  cell: { fontSize: SIZES.body, lineHeight: 1.3, paddingRight: 4 },
  smallCell: { fontSize: SIZES.small, lineHeight: 1.3, paddingRight: 3 },
  number: { textAlign: 'right' },
  head: { fontWeight: 'bold', color: COLORS.muted },
  bold: { fontWeight: 'bold' },
  chart: { marginTop: 6, marginBottom: 2 },
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

export function ParticipantsSection({ model }: { model: GroupReportModel }) {
  const t = model.texts;
  const widths = { number: '6%', label: '37%', role: '24%', level: '16%', overall: '17%' };
  return (
    <View>
      <H2>{t.participants}</H2>
      <P>{model.intro}</P>
      <P>{t.participantsIntro}</P>
      <View style={styles.table}>
        <View style={styles.row} wrap={false}>
          <Text style={[styles.cell, styles.head, { width: widths.number }]}>#</Text>
          <Text style={[styles.cell, styles.head, { width: widths.label }]}>{t.participant}</Text>
          <Text style={[styles.cell, styles.head, { width: widths.role }]}>{t.role}</Text>
          <Text style={[styles.cell, styles.head, { width: widths.level }]}>{t.participantLevel}</Text>
          <Text style={[styles.cell, styles.head, styles.number, { width: widths.overall }]}>
            {t.overall}
          </Text>
        </View>
        {model.participants.map((participant) => (
          <View key={participant.number} style={styles.row} wrap={false}>
            <Text style={[styles.cell, styles.bold, { width: widths.number }]}>{participant.number}</Text>
            <Text style={[styles.cell, { width: widths.label }]}>{participant.label}</Text>
            <Text style={[styles.cell, { width: widths.role }]}>{participant.roleLabel}</Text>
            <Text style={[styles.cell, { width: widths.level }]}>{participant.levelLabel}</Text>
            <Text style={[styles.cell, styles.number, { width: widths.overall }]}>{participant.overall}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** The spread table: a row per participant, a column per theme and the overall score, then lowest, highest, difference. */
function SpreadTable({ model }: { model: GroupReportModel }) {
  const t = model.texts;
  const columns = [...model.spread.themes, model.spread.overall];
  const first = '22%';
  const other = `${78 / columns.length}%`;
  const summaryRows = [
    { key: 'lowest', label: t.lowest, value: (i: number) => columns[i]?.min },
    { key: 'highest', label: t.highest, value: (i: number) => columns[i]?.max },
    { key: 'difference', label: t.difference, value: (i: number) => columns[i]?.range },
  ];
  return (
    <View style={styles.table} wrap={false}>
      <H3>{t.scores}</H3>
      <View style={styles.row}>
        <Text style={[styles.smallCell, styles.head, { width: first }]}>{t.participant}</Text>
        {columns.map((column) => (
          <Text key={column.id} style={[styles.smallCell, styles.head, styles.number, { width: other }]}>
            {column.label}
          </Text>
        ))}
      </View>
      {model.participants.map((participant, index) => (
        <View key={participant.number} style={styles.row}>
          <Text style={[styles.smallCell, { width: first }]}>
            {participant.number}. {participant.label}
          </Text>
          {columns.map((column) => (
            <Text
              key={column.id}
              style={[
                styles.smallCell,
                styles.number,
                { width: other },
                column.id === 'overall' ? styles.bold : {},
              ]}
            >
              {column.scores[index] ?? ''}
            </Text>
          ))}
        </View>
      ))}
      {summaryRows.map((summary) => (
        <View key={summary.key} style={styles.row}>
          <Text style={[styles.smallCell, styles.head, { width: first }]}>{summary.label}</Text>
          {columns.map((column, index) => (
            <Text key={column.id} style={[styles.smallCell, styles.head, styles.number, { width: other }]}>
              {summary.value(index) ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function SpreadSection({ model }: { model: GroupReportModel }) {
  const { spread } = model;
  return (
    <View>
      <View wrap={false}>
        <H2>{spread.title}</H2>
        <P>{spread.intro}</P>
        <View style={styles.chart}>
          <SpreadChart rows={[spread.overall, ...spread.themes]} width={CONTENT_WIDTH} />
        </View>
        <Small>{spread.caption}</Small>
      </View>
      <SpreadTable model={model} />
    </View>
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
