/**
 * One registry of field components, keyed by question type. TypeScript checks that every type of the
 * questionnaire contract has a component: a new question type does not compile until it has one.
 */
import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { QuestionType } from '../../questionnaire/schema.ts';
import type { StepQuestionView } from '../../templates/step-model.ts';
import { RadioGroupField } from './radio-group-field.tsx';

interface FieldProps {
  question: StepQuestionView;
  registration: UseFormRegisterReturn;
}

function ChoiceField({ question, registration }: FieldProps) {
  return <RadioGroupField question={question} registration={registration} />;
}

function ScaleField({ question, registration }: FieldProps) {
  const { t } = useTranslation();
  return (
    <RadioGroupField
      question={question}
      registration={registration}
      more={
        question.evidence ? (
          <details className="evidence">
            <summary>{t('field.evidenceTitle')}</summary>
            <p>{question.evidence}</p>
          </details>
        ) : null
      }
    />
  );
}

const fieldRegistry: Record<QuestionType, (props: FieldProps) => JSX.Element> = {
  choice: ChoiceField,
  scale: ScaleField,
};

/** Renders a question with the component registered for its type. */
export function QuestionField(props: FieldProps) {
  const Component = fieldRegistry[props.question.type];
  return <Component {...props} />;
}
