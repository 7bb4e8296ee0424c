import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { answersLink, encodeAnswersCode } from '../../../questionnaire/answers-code.ts';
import { isWorkshopParticipant, participantRole } from '../../../questionnaire/answers-file.ts';
import { summariseCompletion } from '../../../questionnaire/questions.ts';
import type { Language } from '../../../questionnaire/schema.ts';
import { roleLabel } from '../../../templates/participant-labels.ts';
import { UserText } from '../../components/user-text.tsx';
import { QrCode } from '../../qr/qr-code.tsx';
import { useQuestionnaire, useScanState } from '../../scan/scan-context.tsx';
import { listSteps, RESULTS_PATH } from '../../scan/steps.ts';
import { appAddress } from '../workshop/room.ts';
import { usePageFocus } from '../use-page-focus.ts';

type ShareState = 'idle' | 'shared' | 'copied' | 'failed';

/**
 * The participant's hand-over: a QR code with their answers, role and participant id for the advisor's camera, and
 * "Deel" (the phone's share sheet, or copy) with a link that carries the same code, for a workshop held remotely.
 * The answers stay on the phone; the code is made here, from what is on the phone, and goes nowhere by itself.
 */
export function HandoverPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('handover');
  const [share, setShare] = useState<ShareState>('idle');
  const isParticipant = isWorkshopParticipant(file);
  const link = useMemo(
    () => (isParticipant ? answersLink(appAddress(), encodeAnswersCode(questionnaire, file)) : ''),
    [isParticipant, questionnaire, file],
  );
  const { answered, total, isComplete, firstOpenSectionId } = summariseCompletion(
    questionnaire,
    file.answers,
  );

  if (!isParticipant) {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('room.handover.title')}
        </h1>
        <p className="notice notice-info" data-testid="handover-not-participant">
          {t('room.handover.notParticipant')}
        </p>
        <p>
          <Link href="/">{t('step.backToStart')}</Link>
        </p>
      </>
    );
  }

  const role = participantRole(file);
  const name = file.participant?.name;
  const canShare = typeof navigator.share === 'function';

  async function onShare() {
    try {
      if (canShare) {
        await navigator.share({ title: t('room.handover.shareTitle'), url: link });
        setShare('shared');
      } else {
        await navigator.clipboard.writeText(link);
        setShare('copied');
      }
    } catch (error) {
      // The user closed the share sheet: nothing to say. Anything else: the link is below to copy by hand.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setShare('failed');
    }
  }

  const firstOpenStep =
    firstOpenSectionId === undefined
      ? undefined
      : listSteps(questionnaire).find((step) => step.id === firstOpenSectionId);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('room.handover.title')}
      </h1>
      <figure className="handover-code">
        <QrCode text={link} label={t('room.handover.qrLabel')} />
        <figcaption>{t('room.handover.hold')}</figcaption>
      </figure>
      <p>{t('room.handover.intro')}</p>
      <p data-testid="handover-completion">
        {t('room.handover.completion', { answered, total })}{' '}
        {isComplete ? null : t('room.handover.notComplete')}
      </p>
      {firstOpenStep ? (
        <p>
          <Link href={firstOpenStep.path}>{t('room.handover.continue')}</Link>
        </p>
      ) : null}
      <p className="muted" data-testid="handover-shows">
        {name ? (
          <>
            {t('room.handover.showsNamed', { role: roleLabel(role, language) })} <UserText>{name}</UserText>
          </>
        ) : (
          t('room.handover.shows', { role: roleLabel(role, language) })
        )}
      </p>
      <h2>{t('room.handover.remoteTitle')}</h2>
      <p>{t('room.handover.remote')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void onShare()}>
          {canShare ? t('room.handover.share') : t('room.handover.copy')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="handover-share-status">
        {share === 'shared' ? t('room.handover.shared') : null}
        {share === 'copied' ? t('room.handover.copied') : null}
        {share === 'failed' ? t('room.handover.copyFailed') : null}
      </p>
      <label className="handover-link-label" htmlFor="handover-link">
        {t('room.handover.linkLabel')}
      </label>
      <textarea
        id="handover-link"
        className="handover-link"
        readOnly
        rows={3}
        value={link}
        data-testid="handover-link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="muted">{t('room.handover.staysHere')}</p>
      <p>
        <Link href={RESULTS_PATH}>{t('room.handover.ownResults')}</Link>
      </p>
    </>
  );
}
