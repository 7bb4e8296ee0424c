/** The legal check, the points to find out (and answers "niet van toepassing") and the evidence folder. */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { fillTemplate } from '../content/report-texts.ts';
import type { EvidenceStatus, ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  legalItem: { marginBottom: 6 },
  legalName: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3 },
  'in-order': { color: COLORS.accent },
  'not-in-order': { color: COLORS.danger },
  'to-find-out': { color: COLORS.warning },
  'applied-not-written': { color: COLORS.warning },
  note: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.warning,
    paddingLeft: 8,
    marginTop: 2,
    marginBottom: 8,
  },
});

/**
 * The legal check in full: the deviation note and what each state means once, then per scheme its state, what is
 * particular to it, and the rule for this organisation with the date of the law.
 */
export function LegalCheckSection({ model }: { model: ReportModel }) {
  const { legalCheck, texts } = model;
  return (
    <View>
      <H2>{texts.legalCheck}</H2>
      <P>{legalCheck.intro}</P>
      <View style={styles.note} wrap={false}>
        <P>
          {legalCheck.deviation} ({legalCheck.asOf})
        </P>
      </View>
      <HeadedList
        heading={<H3>{texts.legalMeaning}</H3>}
        items={legalCheck.legend.map((entry) => (
          <Bullet key={entry.status}>
            {entry.label}: {entry.meaning}
          </Bullet>
        ))}
      />
      {legalCheck.caoNote ? <P>{legalCheck.caoNote}</P> : null}
      {legalCheck.items.map((item) => (
        <View key={item.schemeId} style={styles.legalItem} wrap={false}>
          <Text style={styles.legalName}>
            {item.name}: <Text style={styles[item.status]}>{item.statusLabel}</Text>
            {item.followsCao ? ` (${texts.legalPerCaoMark})` : ''}
          </Text>
          {item.reason ? <P>{item.reason}</P> : null}
          <Small>
            {texts.legalRule}: {item.rule} ({legalCheck.asOf})
          </Small>
        </View>
      ))}
    </View>
  );
}

export function FindOutSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  return (
    <View>
      <H2>{t.toFindOut}</H2>
      {model.toFindOut.items.length > 0 ? (
        <>
          <P>
            {t.toFindOutIntro} {model.toFindOut.whoToAsk}
          </P>
          {model.toFindOut.items.map((item) => (
            <Bullet key={item.question}>
              {item.themeTitle}: {item.question}
            </Bullet>
          ))}
        </>
      ) : (
        <P>{t.nothingToFindOut}</P>
      )}
      {model.unanswered.length > 0 ? (
        <HeadedList
          heading={<H3>{t.unanswered}</H3>}
          items={model.unanswered.map((question) => (
            <Bullet key={question}>{question}</Bullet>
          ))}
        />
      ) : null}
      {model.notApplicable.length > 0 ? (
        <HeadedList
          heading={
            <>
              <H3>{t.notApplicable}</H3>
              <Small>{t.notApplicableIntro}</Small>
            </>
          }
          items={model.notApplicable.map((item) => (
            <Bullet key={item.question}>
              {item.themeTitle}: {item.question}
            </Bullet>
          ))}
        />
      ) : null}
    </View>
  );
}

const EVIDENCE_MARKS: Record<EvidenceStatus, string> = {
  collected: '✓',
  'to-collect': '☐',
  'arrange-first': '–',
};

export function EvidenceSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const folder = model.evidence;
  return (
    <View>
      <H2>{t.evidence}</H2>
      <P>{folder.intro}</P>
      <P>{folder.countLine}</P>
      {folder.groups.map((group) => (
        <HeadedList
          key={group.themeId}
          heading={<H3>{group.themeTitle}</H3>}
          items={group.items.map((item) => (
            <Bullet key={item.questionId} mark={EVIDENCE_MARKS[item.status]}>
              {`${item.statusLabel}: ${item.evidence}`}
              {item.where ? `\n${fillTemplate(t.evidenceWhere, { where: item.where })}` : ''}
            </Bullet>
          ))}
        />
      ))}
    </View>
  );
}

/** For an organisation that does not prepare an application: one line that says where to do it, no empty sections. */
export function ApplicationPointer({ model }: { model: ReportModel }) {
  return (
    <View wrap={false}>
      <H2>{model.texts.application}</H2>
      <P>{model.applicationPointer}</P>
    </View>
  );
}
