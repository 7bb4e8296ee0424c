/**
 * One registry of field components, keyed by question type. TypeScript checks that every type of the
 * questionnaire contract has a component: a new question type does not compile until it has one.
 */
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { getScaleOptions } from '../../questionnaire/questions.ts';
import type {
  ChoiceQuestion,
  Language,
  Question,
  QuestionType,
  ScaleQuestion,
} from '../../questionnaire/schema.ts';
import { useQuestionnaire } from '../scan/scan-context.tsx';
import { RadioGroupField } from './radio-group-field.tsx';

interface FieldProps<Q extends Question> {
  question: Q;
  number: number;
  language: Language;
  registration: UseFormRegisterReturn;
}

function ChoiceField({ question, number, language, registration }: FieldProps<ChoiceQuestion>) {
  return (
    <RadioGroupField
      questionId={question.id}
      number={number}
      text={question.text}
      help={question.help}
      options={question.options}
      language={language}
      registration={registration}
    />
  );
}

function ScaleField({ question, number, language, registration }: FieldProps<ScaleQuestion>) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const options = getScaleOptions(questionnaire, question).map((option) => ({
    id: option.id,
    label: option.label,
    isSpecial: 'kind' in option,
  }));
  return (
    <RadioGroupField
      questionId={question.id}
      number={number}
      text={question.text}
      help={question.help}
      options={options}
      language={language}
      registration={registration}
      more={
        <details className="evidence">
          <summary>{t('field.evidenceTitle')}</summary>
          <p>{question.evidence[language]}</p>
        </details>
      }
    />
  );
}

type FieldRegistry = {
  [T in QuestionType]: (props: FieldProps<Extract<Question, { type: T }>>) => JSX.Element;
};

const fieldRegistry: FieldRegistry = {
  choice: ChoiceField,
  scale: ScaleField,
};

/** Renders a question with the component registered for its type. */
export function QuestionField(props: FieldProps<Question>) {
  const Component = fieldRegistry[props.question.type] as (props: FieldProps<Question>) => JSX.Element;
  return <Component {...props} />;
}
