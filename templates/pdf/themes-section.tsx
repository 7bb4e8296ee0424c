import { StyleSheet, View } from '@react-pdf/renderer';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import type { ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, P, Small } from './text.tsx';
import { TipBlock } from './tip-block.tsx';

const styles = StyleSheet.create({
  theme: { marginBottom: 10 },
});

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_match, key: string) => String(values[key] ?? ''));

export function ThemesSection({ model }: { model: ReportModel }) {
  const l = model.language;
  return (
    <View break>
      <H2>{REPORT_TEXTS.themes[l]}</H2>
      {model.themes.map((theme) => (
        <View key={theme.id} style={styles.theme}>
          <H3>{theme.title}</H3>
          <Small>{fill(REPORT_TEXTS.themeScore[l], { score: theme.score, band: theme.band })}</Small>
          <H3>{REPORT_TEXTS.inPlace[l]}</H3>
          {theme.inPlace.length > 0 ? (
            theme.inPlace.map((q) => (
              <Bullet key={q} mark="✓">
                {q}
              </Bullet>
            ))
          ) : (
            <P>{REPORT_TEXTS.nothing[l]}</P>
          )}
          <H3>{REPORT_TEXTS.missing[l]}</H3>
          {theme.missing.length > 0 ? (
            theme.missing.map((q) => <Bullet key={q}>{q}</Bullet>)
          ) : (
            <P>{REPORT_TEXTS.nothing[l]}</P>
          )}
          {theme.tips.map((tip, index) =>
            // The heading stays on the page of the first tip.
            index === 0 ? (
              <View key={tip.title} wrap={false}>
                <H3>{REPORT_TEXTS.tips[l]}</H3>
                <TipBlock tip={tip} language={l} />
              </View>
            ) : (
              <TipBlock key={tip.title} tip={tip} language={l} />
            ),
          )}
        </View>
      ))}
    </View>
  );
}
