/**
 * The summary a board reads in two minutes, on the report's first two pages: the title, the level and why, the
 * scores, what blocks the next level, the three actions that matter most and the legal check as one table. The
 * details follow from page 3.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  band: {
    backgroundColor: COLORS.accent,
    marginHorizontal: -48,
    paddingHorizontal: 48,
    paddingVertical: 16,
    marginBottom: 10,
  },
  title: { fontSize: 17, fontWeight: 'bold', color: '#ffffff', lineHeight: 1.25 },
  subtitle: { fontSize: SIZES.body, color: '#ffffff', marginTop: 4, lineHeight: 1.35 },
  meta: { fontSize: SIZES.small, color: COLORS.muted, marginBottom: 6 },
  organisation: { fontSize: 13, fontWeight: 'bold', lineHeight: 1.3 },
  levelBox: { backgroundColor: COLORS.accentLight, borderRadius: 6, padding: 10, marginBottom: 6 },
  levelLabel: { fontSize: 13, fontWeight: 'bold', color: COLORS.accent, marginBottom: 3 },
  table: { marginTop: 2, marginBottom: 4 },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingVertical: 2.5,
  },
  cell: { fontSize: SIZES.body, lineHeight: 1.3, paddingRight: 6 },
  head: { fontWeight: 'bold', color: COLORS.muted },
  bold: { fontWeight: 'bold' },
  'in-order': { color: COLORS.accent, fontWeight: 'bold' },
  'not-in-order': { color: COLORS.danger, fontWeight: 'bold' },
  'to-find-out': { color: COLORS.warning, fontWeight: 'bold' },
  'applied-not-written': { color: COLORS.warning, fontWeight: 'bold' },
  action: { marginBottom: 5 },
  actionTitle: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3 },
  note: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.warning,
    paddingLeft: 8,
    marginTop: 4,
    marginBottom: 4,
  },
  disclaimer: { marginTop: 8, borderTopWidth: 0.5, borderTopColor: COLORS.border, paddingTop: 4 },
});

/**
 * @param hasTitle whether the summary opens the document with its title, the organisation and the date (the group
 * report has its own cover and shows the summary of the agreed answers further on)
 */
export function SummarySection({
  model,
  dateLabel,
  hasTitle = true,
}: {
  model: ReportModel;
  dateLabel: string;
  hasTitle?: boolean;
}) {
  const t = model.texts;
  const legal = model.legalCheck;
  return (
    <View>
      {hasTitle ? (
        <>
          <View style={styles.band}>
            <Text style={styles.title}>{model.title}</Text>
            <Text style={styles.subtitle}>{t.coverSubtitle}</Text>
          </View>
          {model.organisationName ? <Text style={styles.organisation}>{model.organisationName}</Text> : null}
          <Text style={styles.meta}>
            {t.date}: {dateLabel} · {t.version}: {model.questionnaireVersion}
          </Text>
        </>
      ) : (
        <H2>{t.summary}</H2>
      )}

      <View style={styles.levelBox} wrap={false}>
        <Text style={styles.levelLabel}>
          {t.level}: {model.level.label} · {model.overallLine}
        </Text>
        <P>{model.level.description}</P>
        {model.readyNote ? <P>{model.readyNote}</P> : null}
      </View>

      <View style={styles.table} wrap={false}>
        <View style={styles.row}>
          <Text style={[styles.cell, styles.head, { width: '50%' }]}>{t.theme}</Text>
          <Text style={[styles.cell, styles.head, { width: '15%' }]}>{t.score}</Text>
          <Text style={[styles.cell, styles.head, { width: '35%' }]}>{t.band}</Text>
        </View>
        {model.themes.map((theme) => (
          <View key={theme.id} style={styles.row}>
            <Text style={[styles.cell, { width: '50%' }]}>{theme.title}</Text>
            <Text style={[styles.cell, styles.bold, { width: '15%' }]}>{theme.score}</Text>
            <Text style={[styles.cell, { width: '35%' }]}>{theme.band}</Text>
          </View>
        ))}
      </View>

      <HeadedList
        heading={
          <>
            <H3>{model.blockersTitle}</H3>
            {model.blockersIntro ? <Small>{model.blockersIntro}</Small> : null}
          </>
        }
        items={model.blockers.map((blocker) => (
          <Bullet key={blocker.text}>{blocker.text}</Bullet>
        ))}
        empty={<P>{t.topLevelReached}</P>}
      />

      <View wrap={false}>
        <H2>{t.summaryTopActions}</H2>
        {model.actions.length === 0 ? <P>{t.noActions}</P> : null}
        {model.actions.slice(0, 3).map((action) => (
          <View key={action.questionId} style={styles.action}>
            <Text style={styles.actionTitle}>
              {action.rank}. {action.tip?.title ?? action.question}
            </Text>
            <Small>
              {[action.themeTitle, action.neededFor ? `${t.unblocks}: ${action.neededFor}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Small>
            <P>{action.finding}</P>
          </View>
        ))}
        {model.actions.length > 3 ? <Small>{t.summaryMoreActions}</Small> : null}
      </View>

      <View>
        <H2>{t.legalCheck}</H2>
        <View style={styles.table}>
          <View style={styles.row}>
            <Text style={[styles.cell, styles.head, { width: '26%' }]}>{t.legalScheme}</Text>
            <Text style={[styles.cell, styles.head, { width: '24%' }]}>{t.legalStatus}</Text>
            <Text style={[styles.cell, styles.head, { width: '50%' }]}>{t.legalWhy}</Text>
          </View>
          {legal.items.map((item) => (
            <View key={item.schemeId} style={styles.row} wrap={false}>
              <Text style={[styles.cell, { width: '26%' }]}>{item.name}</Text>
              <Text style={[styles.cell, styles[item.status], { width: '24%' }]}>
                {item.followsCao ? `${item.statusLabel} (${t.legalPerCaoMark})` : item.statusLabel}
              </Text>
              <Text style={[styles.cell, { width: '50%' }]}>{item.summary ?? '–'}</Text>
            </View>
          ))}
        </View>
        {legal.legend.map((entry) => (
          <Small key={entry.status}>
            {entry.label}: {entry.meaning}
          </Small>
        ))}
        <View style={styles.note}>
          <Small>
            {legal.deviation} ({legal.asOf})
          </Small>
        </View>
      </View>

      <View style={styles.disclaimer} wrap={false}>
        <Small>{t.shortDisclaimer}</Small>
      </View>
    </View>
  );
}

/** What already goes well, most important first: the first of the details. */
export function StrengthsSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  return (
    <View>
      <HeadedList
        heading={<H2>{t.strengths}</H2>}
        items={[
          ...model.strengths.items.map((strength) => (
            <Bullet key={strength} mark="✓">
              {strength}
            </Bullet>
          )),
          ...(model.strengths.more ? [<Small key="more">{model.strengths.more}</Small>] : []),
        ]}
        empty={<P>{t.noStrengths}</P>}
      />
    </View>
  );
}
