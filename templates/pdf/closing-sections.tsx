/** Next steps on the 4B route, the figures, the disclaimer and the appendix. */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportModel } from '../report-model.ts';
import { H2, H3, HeadedList, P, Small } from './text.tsx';
import { COLORS, SIZES } from './theme.ts';

const styles = StyleSheet.create({
  step: { marginBottom: 6 },
  stepTitle: { fontSize: SIZES.h3, fontWeight: 'bold', lineHeight: 1.3 },
  current: { color: COLORS.warning },
  figure: { flexDirection: 'row', marginBottom: 5 },
  figureValue: { width: 70, fontSize: 12, fontWeight: 'bold', color: COLORS.accent },
  figureText: { flex: 1 },
  qa: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: COLORS.border, paddingVertical: 2 },
  question: { width: '65%', fontSize: SIZES.small, lineHeight: 1.35, paddingRight: 8 },
  answer: { width: '35%', fontSize: SIZES.small, lineHeight: 1.35, fontWeight: 'bold' },
});

export function NextStepsSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  return (
    <View>
      <H2>{t.nextSteps}</H2>
      <P>{t.nextStepsIntro}</P>
      {model.nextSteps.map((step) => (
        <View key={step.id} style={styles.step} wrap={false}>
          <Text style={[styles.stepTitle, step.status === 'current' ? styles.current : {}]}>
            {step.title} ({step.statusLabel})
          </Text>
          <P>{step.text}</P>
        </View>
      ))}
      <P>{t.monitor}</P>
    </View>
  );
}

export function FiguresSection({ model }: { model: ReportModel }) {
  const t = model.texts;
  return (
    <View>
      <H2>{t.figures}</H2>
      {model.figures.map((figure) => (
        <View key={figure.value} style={styles.figure} wrap={false}>
          <Text style={styles.figureValue}>{figure.value}</Text>
          <View style={styles.figureText}>
            <P>{figure.text}</P>
            <Small>
              {t.source}: {figure.source}, {figure.year}
            </Small>
          </View>
        </View>
      ))}
    </View>
  );
}

export function DisclaimerSection({ model }: { model: ReportModel }) {
  return (
    <View wrap={false}>
      <H2>{model.texts.disclaimerTitle}</H2>
      <P>{model.disclaimer}</P>
    </View>
  );
}

export function AppendixSection({ model }: { model: ReportModel }) {
  return (
    <View>
      <H2>{model.texts.appendix}</H2>
      {model.appendix.map((section) => (
        <HeadedList
          key={section.sectionTitle}
          heading={<H3>{section.sectionTitle}</H3>}
          items={section.items.map((item) => (
            <View key={item.question} style={styles.qa} wrap={false}>
              <Text style={styles.question}>{item.question}</Text>
              <Text style={styles.answer}>{item.answer}</Text>
            </View>
          ))}
        />
      ))}
    </View>
  );
}
