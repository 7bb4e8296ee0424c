import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { H2, P, Small } from './text.tsx';
import { TipBlock } from './tip-block.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  action: { borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingBottom: 6, marginBottom: 8 },
  heading: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3, marginBottom: 2 },
  tags: { fontSize: SIZES.small, color: COLORS.warning, marginBottom: 3 },
});

export function ActionPlanSection({ model }: { model: ReportModel }) {
  const l = model.language;
  return (
    <View>
      <H2>{REPORT_TEXTS.actions[l]}</H2>
      {model.actions.length === 0 ? (
        <P>{REPORT_TEXTS.noActions[l]}</P>
      ) : (
        <P>{REPORT_TEXTS.actionsIntro[l]}</P>
      )}
      {model.actions.map((action) => {
        const tags = [
          action.neededFor ? `${REPORT_TEXTS.unblocks[l]}: ${action.neededFor}` : null,
          action.isQuickWin ? REPORT_TEXTS.quickWin[l] : null,
          `${action.themeTitle} · ${REPORT_TEXTS.gain[l]} +${action.gain} ${REPORT_TEXTS.points[l]}`,
        ].filter(Boolean);
        return (
          <View key={action.questionId} style={styles.action} wrap={false}>
            <Text style={styles.heading}>
              {action.rank}. {action.tip?.title ?? action.question}
            </Text>
            <Text style={styles.tags}>{tags.join(' · ')}</Text>
            <Small>
              {action.question} {REPORT_TEXTS.now[l]}: {action.current}. {REPORT_TEXTS.goal[l]}:{' '}
              {action.target}.
            </Small>
            {action.tip ? <TipBlock tip={action.tip} language={l} showTitle={false} /> : null}
          </View>
        );
      })}
    </View>
  );
}
