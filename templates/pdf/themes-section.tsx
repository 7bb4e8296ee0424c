import { StyleSheet, View } from '@react-pdf/renderer';
import { toChartData } from '../chart-data.ts';
import { fillTemplate } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { RadarChart } from './radar-chart.tsx';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { SectionNotes, TipBlock } from './tip-block.tsx';

const styles = StyleSheet.create({
  theme: { marginBottom: 10 },
  chart: { alignItems: 'center', marginTop: 4 },
});

/**
 * Per theme: the score, what is in place, what is missing and the tips. A tip the action plan shows already is a
 * reference to that action, and an example is shown once in the section.
 */
export function ThemesSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const none = <P>{t.nothing}</P>;
  const fullTips = model.themes.flatMap((theme) => theme.tips.filter((tip) => tip.actionRank === null));
  const planExamples = new Set(model.actions.flatMap((action) => action.tip?.example?.organisation ?? []));
  const notedTips = fullTips.map((tip) =>
    tip.example && planExamples.has(tip.example.organisation) ? { ...tip, example: null } : tip,
  );
  // An example the action plan shows already is not shown again here.
  const shownExamples = new Set(model.actions.flatMap((action) => action.tip?.example?.organisation ?? []));
  return (
    <View>
      <H2>{t.themes}</H2>
      <View style={styles.chart} wrap={false}>
        <RadarChart data={toChartData(model)} width={480} height={230} />
      </View>
      {model.themes.map((theme) => (
        <View key={theme.id} style={styles.theme}>
          <HeadedList
            heading={
              <>
                <H3>{theme.title}</H3>
                <Small>{theme.scoreLine}</Small>
                <H3>{t.inPlace}</H3>
              </>
            }
            items={theme.inPlace.map((q) => (
              <Bullet key={q} mark="✓">
                {q}
              </Bullet>
            ))}
            empty={none}
          />
          <HeadedList
            heading={<H3>{t.missing}</H3>}
            items={theme.missing.map((q) => (
              <Bullet key={q}>{q}</Bullet>
            ))}
            empty={none}
          />
          {theme.tips.length > 0 ? (
            <HeadedList
              heading={<H3>{t.tips}</H3>}
              items={theme.tips.map((tip) => {
                if (tip.actionRank !== null) {
                  return (
                    <Small key={tip.title}>
                      {fillTemplate(t.tipSeeAction, { title: tip.title, rank: tip.actionRank })}
                    </Small>
                  );
                }
                const example = tip.example;
                const isExampleNew = example !== null && !shownExamples.has(example.organisation);
                if (example) shownExamples.add(example.organisation);
                return <TipBlock key={tip.title} tip={tip} texts={t} showExample={isExampleNew} />;
              })}
            />
          ) : null}
        </View>
      ))}
      <SectionNotes model={model} tips={notedTips} />
    </View>
  );
}
