import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { buildSectionSchema, OrganisationNameSchema } from '../../questionnaire/step-schema.ts';
import type { StepModel } from '../../templates/step-model.ts';
import { QuestionField } from '../fields/field-registry.tsx';
import { useQuestionnaire, useScanState, useScanStore } from '../scan/scan-context.tsx';

/**
 * The questions of one section. Every change is saved at once; the form follows the saved answers,
 * so an answer changed in another tab shows here too. Hidden questions are not rendered.
 */
export function SectionForm({ step }: { step: StepModel }) {
  const questionnaire = useQuestionnaire();
  const store = useScanStore();
  const { file } = useScanState();
  const schema = useMemo(() => buildSectionSchema(questionnaire, step.id), [questionnaire, step.id]);
  const values = useMemo(
    () => Object.fromEntries(step.questions.map((q) => [q.id, file.answers[q.id] ?? null])),
    [file.answers, step.questions],
  );
  const { register } = useForm({ resolver: zodResolver(schema), values, mode: 'onChange' });

  return (
    <form className="section-form" onSubmit={(event) => event.preventDefault()} noValidate>
      {step.kind === 'intake' ? <OrganisationNameField initialName={file.organisationName ?? ''} /> : null}
      {step.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          registration={register(question.id, {
            onChange: (event: { target: { value: string } }) =>
              store.setAnswer(question.id, event.target.value),
          })}
        />
      ))}
    </form>
  );
}

const NameFormSchema = z.object({ organisationName: OrganisationNameSchema });

/** The optional organisation name: checked as it is typed, saved when it is valid. */
function OrganisationNameField({ initialName }: { initialName: string }) {
  const { t } = useTranslation();
  const store = useScanStore();
  const {
    register,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(NameFormSchema),
    defaultValues: { organisationName: initialName },
    mode: 'onChange',
  });
  const error = errors.organisationName?.message;
  return (
    <div className="text-field">
      <label htmlFor="organisation-name">{t('field.organisationName')}</label>
      <p id="organisation-name-help" className="question-help">
        {t('field.organisationNameHelp')}
      </p>
      <input
        id="organisation-name"
        type="text"
        autoComplete="organization"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'organisation-name-help organisation-name-error' : 'organisation-name-help'}
        {...register('organisationName', {
          onChange: (event: { target: { value: string } }) => {
            if (NameFormSchema.safeParse({ organisationName: event.target.value }).success) {
              store.setOrganisationName(event.target.value);
            }
          },
        })}
      />
      <p id="organisation-name-error" className="field-error" role="alert">
        {error ? t(`field.errors.${error}`, { defaultValue: t('field.errors.invalid') }) : ''}
      </p>
    </div>
  );
}
