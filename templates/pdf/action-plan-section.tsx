import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { formatDecimal } from '../format-decimal.ts';
import type { ReportModel } from '../report-model.ts';
import { H2, P, Small } from './text.tsx';
import { SectionNotes, TipBlock } from './tip-block.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  action: { borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingBottom: 6, marginBottom: 8 },
  heading: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3, marginBottom: 2 },
  tags: { fontSize: SIZES.small, color: COLORS.warning, marginBottom: 3 },
});

/**
 * The first actions of the plan, each with its tip. What is the same for every action (the deviation note under a
 * legal tip, where the examples come from) is said once, at the end of the section.
 */
export function ActionPlanSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const tips = model.actions.flatMap((action) => action.tip ?? []);
  const shownExamples = new Set<string>();
  return (
    <View>
      <H2>{t.actions}</H2>
      {model.actions.length === 0 ? <P>{t.noActions}</P> : <P>{t.actionsIntro}</P>}
      {model.actions.map((action) => {
        const tags = [
          action.neededFor ? `${t.unblocks}: ${action.neededFor}` : null,
          action.isQuickWin ? t.quickWin : null,
          `${action.themeTitle} · ${t.gain} +${formatDecimal(action.gain, model.language)} ${t.points}`,
        ].filter(Boolean);
        const example = action.tip?.example ?? null;
        const isExampleNew = example !== null && !shownExamples.has(example.organisation);
        if (example) shownExamples.add(example.organisation);
        return (
          <View key={action.questionId} style={styles.action} wrap={false}>
            <Text style={styles.heading}>
              {action.rank}. {action.tip?.title ?? action.question}
            </Text>
            <Text style={styles.tags}>{tags.join(' · ')}</Text>
            <Small>
              {action.question} {t.now}: {action.current}. {t.goal}: {action.target}.
            </Small>
            {action.reason ? (
              <Small>
                {t.blockerReason}: {action.reason}
              </Small>
            ) : null}
            {action.tip ? (
              <TipBlock tip={action.tip} texts={t} showTitle={false} showExample={isExampleNew} />
            ) : null}
          </View>
        );
      })}
      <SectionNotes model={model} tips={tips} />
    </View>
  );
}
