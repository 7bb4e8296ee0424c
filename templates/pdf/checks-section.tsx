/** The legal check, the points to find out and the evidence folder. */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { LegalStatus, ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  legalItem: { marginBottom: 6 },
  legalName: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3 },
  'in-order': { color: COLORS.accent },
  'not-in-order': { color: COLORS.danger },
  unknown: { color: COLORS.warning },
});

export function LegalCheckSection({ model }: { model: ReportModel }) {
  const l = model.language;
  const label: Record<LegalStatus, string> = {
    'in-order': REPORT_TEXTS.legalInOrder[l],
    'not-in-order': REPORT_TEXTS.legalNotInOrder[l],
    unknown: REPORT_TEXTS.legalUnknown[l],
  };
  return (
    <View break>
      <H2>{REPORT_TEXTS.legalCheck[l]}</H2>
      <P>{REPORT_TEXTS.legalCheckIntro[l]}</P>
      {model.legalCheck.map((item) => (
        <View key={item.schemeId} style={styles.legalItem} wrap={false}>
          <Text style={styles.legalName}>
            {item.name}: <Text style={styles[item.status]}>{label[item.status]}</Text>
          </Text>
          <P>
            {item.rule} ({item.asOf})
          </P>
        </View>
      ))}
      <Small>{model.legalCheck[0]?.note}</Small>
    </View>
  );
}

export function FindOutSection({ model }: { model: ReportModel }) {
  const l = model.language;
  return (
    <View>
      <H2>{REPORT_TEXTS.toFindOut[l]}</H2>
      {model.toFindOut.length > 0 ? (
        <>
          <P>{REPORT_TEXTS.toFindOutIntro[l]}</P>
          {model.toFindOut.map((item) => (
            <Bullet key={item.question}>
              {item.themeTitle}: {item.question}
            </Bullet>
          ))}
        </>
      ) : (
        <P>{REPORT_TEXTS.nothingToFindOut[l]}</P>
      )}
      {model.unanswered.length > 0 ? (
        <HeadedList
          heading={<H3>{REPORT_TEXTS.unanswered[l]}</H3>}
          items={model.unanswered.map((question) => (
            <Bullet key={question}>{question}</Bullet>
          ))}
        />
      ) : null}
    </View>
  );
}

export function EvidenceSection({ model }: { model: ReportModel }) {
  const l = model.language;
  return (
    <View break>
      <H2>{REPORT_TEXTS.evidence[l]}</H2>
      <P>{REPORT_TEXTS.evidenceIntro[l]}</P>
      {model.evidence.map((group) => (
        <HeadedList
          key={group.themeTitle}
          heading={<H3>{group.themeTitle}</H3>}
          items={group.items.map((item) => (
            <Bullet key={item.question} mark={item.isReady ? '✓' : '☐'}>
              {item.evidence}
            </Bullet>
          ))}
        />
      ))}
    </View>
  );
}
