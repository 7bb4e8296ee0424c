/**
 * The draft for an application: the four open questions, each with what the organisation wrote (exactly
 * as typed), what its answers show is arranged, the evidence it has and the gaps to close first.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { fillTemplate } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  notice: {
    borderLeftWidth: 2,
    borderLeftColor: COLORS.accent,
    paddingLeft: 6,
    marginBottom: 8,
  },
  question: { marginTop: 10 },
  questionLabel: { fontSize: SIZES.small, color: COLORS.muted, fontWeight: 'bold' },
  part: { fontSize: SIZES.body, fontWeight: 'bold', marginTop: 5, marginBottom: 2 },
  note: {
    fontSize: SIZES.body,
    lineHeight: 1.4,
    backgroundColor: COLORS.accentLight,
    padding: 5,
    marginBottom: 3,
  },
});

export function ApplicationSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const draft = model.application;
  return (
    <View>
      <H2>{draft.title}</H2>
      <P>{draft.intro}</P>
      <View style={styles.notice}>
        <P>{draft.notice}</P>
      </View>
      {draft.questions.map((question) => (
        <View key={question.id} style={styles.question}>
          <View wrap={false} minPresenceAhead={80}>
            <Text style={styles.questionLabel}>{`${question.label} · ${question.themesLine}`}</Text>
            <H3>{question.question}</H3>
          </View>
          <Text style={styles.part} minPresenceAhead={30}>
            {t.applicationNotes}
          </Text>
          {question.notes.length === 0 ? <Small>{question.noNotes}</Small> : null}
          {question.notes.map((note) => (
            <View key={note.themeId}>
              <Small>{fillTemplate(t.applicationNoteOf, { theme: note.themeTitle })}</Small>
              <Text style={styles.note}>{note.text}</Text>
            </View>
          ))}
          <HeadedList
            heading={<Text style={styles.part}>{t.applicationInPlace}</Text>}
            items={question.inPlace.map((item) => (
              <Bullet key={item} mark="✓">
                {item}
              </Bullet>
            ))}
            empty={<Small>{t.applicationNoneInPlace}</Small>}
          />
          <HeadedList
            heading={<Text style={styles.part}>{t.applicationEvidence}</Text>}
            items={question.evidence.map((item) => (
              <Bullet key={item.evidence}>
                {item.where
                  ? `${item.evidence} (${fillTemplate(t.evidenceWhere, { where: item.where })})`
                  : item.evidence}
              </Bullet>
            ))}
            empty={<Small>{t.applicationNoEvidence}</Small>}
          />
          <HeadedList
            heading={<Text style={styles.part}>{t.applicationGaps}</Text>}
            items={question.gaps.map((gap) => (
              <Bullet key={gap} mark="→">
                {gap}
              </Bullet>
            ))}
            empty={<Small>{t.applicationNoGaps}</Small>}
          />
        </View>
      ))}
    </View>
  );
}
