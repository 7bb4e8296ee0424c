import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { StepQuestionView } from '../../templates/step-model.ts';

interface RadioGroupFieldProps {
  question: StepQuestionView;
  registration: UseFormRegisterReturn;
  /** More about the question, such as what could show the answer. */
  more?: ReactNode;
}

/** One question as a fieldset of radio buttons, with its help text tied to the group. */
export function RadioGroupField({ question, registration, more }: RadioGroupFieldProps) {
  const helpId = `${question.id}-help`;
  const regular = question.options.filter((o) => !o.isSpecial);
  const special = question.options.filter((o) => o.isSpecial);
  const renderOption = (option: StepQuestionView['options'][number]) => (
    <label key={option.id} className="radio-option">
      <input type="radio" value={option.id} {...registration} />
      <span>{option.label}</span>
    </label>
  );
  return (
    <fieldset className="question" id={`question-${question.id}`} aria-describedby={helpId}>
      <legend>
        <span className="question-number">{question.number}.</span> {question.text}
      </legend>
      <p id={helpId} className="question-help">
        {question.help}
      </p>
      <div className="radio-options">{regular.map(renderOption)}</div>
      {special.length > 0 ? (
        <div className="radio-options radio-options-special">{special.map(renderOption)}</div>
      ) : null}
      {more}
    </fieldset>
  );
}
