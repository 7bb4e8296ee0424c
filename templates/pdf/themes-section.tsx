import { StyleSheet, View } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { Bullet, H2, H3, HeadedList, P, Small } from './text.tsx';
import { TipBlock } from './tip-block.tsx';

const styles = StyleSheet.create({
  theme: { marginBottom: 10 },
});

export function ThemesSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  const none = <P>{t.nothing}</P>;
  return (
    <View>
      <H2>{t.themes}</H2>
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
              items={theme.tips.map((tip) => (
                <TipBlock key={tip.title} tip={tip} texts={t} />
              ))}
            />
          ) : null}
        </View>
      ))}
    </View>
  );
}
