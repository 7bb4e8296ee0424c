import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillTemplate } from '../../../templates/content/report-texts.ts';
import { calculateCareLeave } from '../../../templates/leave-calculator.ts';
import type { CalculatorTexts } from '../../../templates/report-model.ts';
import { ToContentsLink } from './section-links.tsx';

/**
 * "Hoeveel zorgverlof?": weekly hours in, maximum care leave per 12 months out. The texts come from the
 * report model, true for this organisation and with the date of the law.
 */
export function LeaveCalculatorPanel({ texts }: { texts: CalculatorTexts }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [isTouched, setIsTouched] = useState(false);
  const calculation = calculateCareLeave(input);
  const showError = isTouched && !calculation.ok;
  const format = (hours: number) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(hours);
  return (
    <section aria-labelledby="calculator-title" className="report-section no-print">
      <h2 id="calculator-title" tabIndex={-1}>
        {texts.title}
      </h2>
      <p>{texts.intro}</p>
      <div className="text-field">
        <label htmlFor={`${id}-hours`}>{t('calculator.label')}</label>
        <p id={`${id}-help`} className="question-help">
          {t('calculator.help')}
        </p>
        <input
          id={`${id}-hours`}
          className="input-short"
          type="text"
          inputMode="decimal"
          value={input}
          aria-invalid={showError ? true : undefined}
          aria-describedby={showError ? `${id}-help ${id}-error` : `${id}-help`}
          onChange={(event) => {
            setInput(event.target.value);
            setIsTouched(true);
          }}
        />
        <p id={`${id}-error`} className="field-error" role="alert">
          {showError && !calculation.ok ? t(`calculator.errors.${calculation.error}`) : ''}
        </p>
      </div>
      <div aria-live="polite">
        {calculation.ok ? (
          <div className="calculator-result" data-testid="calculator-result">
            <p>{fillTemplate(texts.shortTerm, { hours: format(calculation.shortTermHours) })}</p>
            <p>{fillTemplate(texts.longTerm, { hours: format(calculation.longTermHours) })}</p>
            <p className="muted small">
              {texts.deviation} ({texts.asOf})
            </p>
          </div>
        ) : null}
      </div>
      <ToContentsLink />
    </section>
  );
}
