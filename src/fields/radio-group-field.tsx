import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Language, LocalizedText } from '../../questionnaire/schema.ts';

export interface RadioOption {
  id: string;
  label: LocalizedText;
  /** Shown apart from the scale: "weet niet" and "niet van toepassing". */
  isSpecial?: boolean;
}

interface RadioGroupFieldProps {
  questionId: string;
  number: number;
  text: LocalizedText;
  help: LocalizedText;
  options: RadioOption[];
  language: Language;
  registration: UseFormRegisterReturn;
  /** More about the question, such as the evidence an assessor could ask for. */
  more?: ReactNode;
}

/** One question as a fieldset of radio buttons, with its help text tied to the group. */
export function RadioGroupField({
  questionId,
  number,
  text,
  help,
  options,
  language,
  registration,
  more,
}: RadioGroupFieldProps) {
  const helpId = `${questionId}-help`;
  const regular = options.filter((o) => !o.isSpecial);
  const special = options.filter((o) => o.isSpecial);
  const renderOption = (option: RadioOption) => (
    <label key={option.id} className="radio-option">
      <input type="radio" value={option.id} {...registration} />
      <span>{option.label[language]}</span>
    </label>
  );
  return (
    <fieldset className="question" id={`question-${questionId}`} aria-describedby={helpId}>
      <legend>
        <span className="question-number">{number}.</span> {text[language]}
      </legend>
      <p id={helpId} className="question-help">
        {help[language]}
      </p>
      <div className="radio-options">{regular.map(renderOption)}</div>
      {special.length > 0 ? (
        <div className="radio-options radio-options-special">{special.map(renderOption)}</div>
      ) : null}
      {more}
    </fieldset>
  );
}
