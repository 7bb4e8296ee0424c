/**
 * The draft for an application: per open question, one text (the organisation's own as edited, or the scan's
 * suggestion) and what to take up first.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
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
  tag: { fontSize: SIZES.small, color: COLORS.accent, fontWeight: 'bold', marginBottom: 2 },
  part: { fontSize: SIZES.body, fontWeight: 'bold', marginTop: 5, marginBottom: 2 },
  text: {
    fontSize: SIZES.body,
    lineHeight: 1.4,
    backgroundColor: COLORS.accentLight,
    padding: 6,
    marginBottom: 3,
  },
});

export function ApplicationSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const draft = model.application;
  const hasSuggestion = draft.questions.some((question) => !question.isEdited);
  return (
    <View>
      <H2>{draft.title}</H2>
      <P>{draft.intro}</P>
      <View style={styles.notice}>
        <P>{draft.notice}</P>
        {hasSuggestion ? <P>{t.applicationSuggestedNote}</P> : null}
      </View>
      {draft.questions.map((question) => (
        <View key={question.id} style={styles.question}>
          <View wrap={false} minPresenceAhead={80}>
            <Text style={styles.questionLabel}>{`${question.label} · ${question.themesLine}`}</Text>
            <H3>{question.question}</H3>
            <Text style={styles.tag}>{question.isEdited ? t.applicationEdited : t.applicationSuggested}</Text>
          </View>
          {question.text.trim() === '' ? (
            <Small>{t.applicationEmptyDraft}</Small>
          ) : (
            <Text style={styles.text}>{question.text}</Text>
          )}
          {question.gaps.length > 0 ? (
            <HeadedList
              heading={<Text style={styles.part}>{t.applicationGaps}</Text>}
              items={question.gaps.map((gap) => (
                <Bullet key={gap} mark="→">
                  {gap}
                </Bullet>
              ))}
            />
          ) : null}
        </View>
      ))}
    </View>
  );
}
