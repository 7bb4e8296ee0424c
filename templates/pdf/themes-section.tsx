import { StyleSheet, View } from '@react-pdf/renderer';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { TipBlock } from './tip-block.tsx';

const styles = StyleSheet.create({
  theme: { marginBottom: 10 },
});

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

export function ThemesSection({ model }: { model: ReportModel }) {
  const l = model.language;
  const none = <P>{REPORT_TEXTS.nothing[l]}</P>;
  return (
    // A new page only when the action plan before it has content; otherwise that page would stay nearly empty.
    <View break={model.actions.length > 0}>
      <H2>{REPORT_TEXTS.themes[l]}</H2>
      {model.themes.map((theme) => (
        <View key={theme.id} style={styles.theme}>
          <HeadedList
            heading={
              <>
                <H3>{theme.title}</H3>
                <Small>{fill(REPORT_TEXTS.themeScore[l], { score: theme.score, band: theme.band })}</Small>
                <H3>{REPORT_TEXTS.inPlace[l]}</H3>
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
            heading={<H3>{REPORT_TEXTS.missing[l]}</H3>}
            items={theme.missing.map((q) => (
              <Bullet key={q}>{q}</Bullet>
            ))}
            empty={none}
          />
          {theme.tips.length > 0 ? (
            <HeadedList
              heading={<H3>{REPORT_TEXTS.tips[l]}</H3>}
              items={theme.tips.map((tip) => (
                <TipBlock key={tip.title} tip={tip} language={l} />
              ))}
            />
          ) : null}
        </View>
      ))}
    </View>
  );
}
