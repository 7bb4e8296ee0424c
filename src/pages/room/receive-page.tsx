import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../../questionnaire/schema.ts';
import { useQuestionnaire, useWorkshopStore } from '../../scan/scan-context.tsx';
import { WORKSHOP_PATH } from '../../scan/steps.ts';
import { describeOutcome } from '../workshop/collect-panel.tsx';
import type { ReceiveOutcome } from '../workshop/receive.ts';
import { receiveCodes } from '../workshop/room.ts';
import { usePageFocus } from '../use-page-focus.ts';

/**
 * The advisor opens a link a participant shared from a distance (`#/workshop/ontvang/<code>`): the answers are
 * received into the workshop on this device, as a QR code read by the camera would be, and the page says what
 * happened.
 */
export function ReceivePage({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const workshop = useWorkshopStore();
  const headingRef = usePageFocus<HTMLHeadingElement>('receive');
  const [outcome, setOutcome] = useState<ReceiveOutcome | null>(null);
  const received = useRef<string | null>(null);

  useEffect(() => {
    // Once per code: a second run (React's strict mode, a re-render) would report the participant as a duplicate.
    if (received.current === code) return;
    received.current = code;
    setOutcome(receiveCodes(questionnaire, workshop, [code])[0] ?? null);
  }, [questionnaire, workshop, code]);

  const message = outcome ? describeOutcome(t, language, outcome) : null;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('room.receive.title')}
      </h1>
      {message ? (
        <p
          className={message.isRefused ? 'notice notice-warning' : 'notice notice-info'}
          role="status"
          data-testid="receive-outcome"
        >
          {message.text}
        </p>
      ) : null}
      <p>
        <Link href={WORKSHOP_PATH} className="button">
          {t('room.receive.toWorkshop')}
        </Link>
      </p>
    </>
  );
}
