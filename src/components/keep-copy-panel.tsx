import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersFile } from '../../questionnaire/answers-file.ts';
import { summariseCompletion } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { saveAnswersFile } from '../files/save-file.ts';
import { formatMoment } from '../i18n/format-day.ts';
import { useCopyState, useCopyStore, useQuestionnaire, useScanState } from '../scan/scan-context.tsx';

/** Whether a scan holds work worth a copy: notes, evidence, drafts, or every question answered. */
export function isWorthACopy(
  questionnaire: Parameters<typeof summariseCompletion>[0],
  file: AnswersFile,
): boolean {
  if (file.notes || file.evidence || file.drafts) return true;
  const { answered, isComplete } = summariseCompletion(questionnaire, file.answers);
  return answered > 0 && isComplete;
}

/** Asked once per visit, when there is first work worth keeping. */
let hasAskedToPersist = false;

/**
 * "Bewaar een kopie": everything lives only in this browser, so after notes, evidence or a finished scan the app
 * offers to save the answers file, says when a copy was last saved (and whether the scan changed since), and asks
 * the browser to keep its storage, saying what it got. Shows nothing before there is such work.
 */
export function KeepCopyPanel() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const copies = useCopyStore();
  const { lastCopyAt, copyOf, persistence } = useCopyState();
  const isShown = isWorthACopy(questionnaire, file);

  useEffect(() => {
    if (!isShown || hasAskedToPersist) return;
    hasAskedToPersist = true;
    void copies.requestPersistence();
  }, [isShown, copies]);

  if (!isShown) return null;
  const isOutdated = lastCopyAt !== null && (file.updatedAt ?? '') > (copyOf ?? '');
  return (
    <section className="report-section keep-copy" aria-labelledby="keep-copy-title" data-testid="keep-copy">
      <h2 id="keep-copy-title">{t('keepCopy.title')}</h2>
      <p>{t('keepCopy.body')}</p>
      <p data-testid="last-copy">
        {lastCopyAt === null
          ? t('keepCopy.never')
          : t(isOutdated ? 'keepCopy.lastOutdated' : 'keepCopy.last', {
              when: formatMoment(lastCopyAt, language),
            })}
      </p>
      {persistence === 'unknown' ? null : (
        <p data-testid="persistence">{t(`keepCopy.persist.${persistence}`)}</p>
      )}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            saveAnswersFile(file);
            copies.recordCopy(file);
          }}
        >
          {t('keepCopy.save')}
        </button>
      </p>
    </section>
  );
}
