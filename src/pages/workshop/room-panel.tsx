import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeInvitation, invitationLink, newWorkshopId } from '../../../questionnaire/answers-code.ts';
import { MAX_ORGANISATION_NAME_LENGTH, ROLE_QUESTION_ID } from '../../../questionnaire/answers-file.ts';
import { isQuestionShown } from '../../../questionnaire/questions.ts';
import type { Language } from '../../../questionnaire/schema.ts';
import { buildStepModel } from '../../../templates/step-model.ts';
import { UserText } from '../../components/user-text.tsx';
import { QrCode } from '../../qr/qr-code.tsx';
import { useQuestionnaire, useWorkshopState, useWorkshopStore } from '../../scan/scan-context.tsx';
import type { WorkshopRoom } from '../../scan/workshop-store.ts';
import { CollectPanel } from './collect-panel.tsx';
import type { Receive } from './receive.ts';
import { appAddress, receiveCodes } from './room.ts';

/**
 * The workshop in a room: the advisor answers the organisation's intake once and starts the workshop; the page
 * shows the invitation (a QR code and a link that open the app on a phone in participant mode, the workshop in the
 * link's fragment, never sent to a server) and collects the participants' answers (camera, photo, pasted link).
 * Placed at the top of the workshop page.
 */
export function RoomPanel() {
  const { room } = useWorkshopState();
  return room ? <Invitation room={room} /> : <StartRoom />;
}

function StartRoom() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const workshop = useWorkshopStore();
  const intakeId = questionnaire.sections.find((section) => section.kind === 'intake')?.id ?? 'intake';
  const [organisationName, setOrganisationName] = useState('');
  const [intake, setIntake] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const nameId = useId();
  const step = useMemo(
    () => buildStepModel(questionnaire, intake, intakeId, language),
    [questionnaire, intake, intakeId, language],
  );
  // The role is each participant's own: they choose it when they join.
  const questions = (step?.questions ?? []).filter((question) => question.id !== ROLE_QUESTION_ID);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const open = questions.filter((question) => intake[question.id] === undefined).map((q) => q.id);
    setMissing(open);
    if (open.length > 0) {
      document.getElementById(`room-${open[0] ?? ''}-${0}`)?.focus();
      return;
    }
    // Only what is shown for these answers: an answer to a question the intake now hides is left out.
    const shown = Object.fromEntries(
      Object.entries(intake).filter(([id]) => isQuestionShown(questionnaire, intake, id)),
    );
    const room: WorkshopRoom = {
      workshopId: newWorkshopId(),
      organisationName: organisationName.trim(),
      intake: shown,
      startedAt: new Date().toISOString(),
    };
    workshop.startRoom(room);
  }

  return (
    <section className="report-section room-start" aria-labelledby="room-start-title">
      <h2 id="room-start-title">{t('room.start.title')}</h2>
      <p>{t('room.start.intro')}</p>
      <p className="muted">{t('room.start.privacy')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="text-field">
          <label htmlFor={nameId}>{t('room.start.organisation')}</label>
          <input
            id={nameId}
            type="text"
            autoComplete="organization"
            maxLength={MAX_ORGANISATION_NAME_LENGTH}
            value={organisationName}
            onChange={(event) => setOrganisationName(event.target.value)}
          />
        </div>
        <p>{t('room.start.intake')}</p>
        {questions.map((question) => {
          const isMissing = missing.includes(question.id);
          const errorId = `room-${question.id}-error`;
          return (
            <fieldset
              key={question.id}
              className="question"
              aria-describedby={isMissing ? errorId : undefined}
              aria-invalid={isMissing || undefined}
            >
              <legend>{question.text}</legend>
              {isMissing ? (
                <p id={errorId} className="field-error" role="alert">
                  {t('room.start.missing')}
                </p>
              ) : null}
              <div className="radio-options">
                {question.options.map((option, index) => (
                  <label key={option.id} className="radio-option">
                    <input
                      type="radio"
                      id={`room-${question.id}-${index}`}
                      name={`room-${question.id}`}
                      value={option.id}
                      checked={intake[question.id] === option.id}
                      onChange={() => {
                        setIntake((current) => ({ ...current, [question.id]: option.id }));
                        setMissing((current) => current.filter((id) => id !== question.id));
                      }}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <div className="button-row">
          <button type="submit" className="button" data-testid="room-start">
            {t('room.start.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

function Invitation({ room }: { room: WorkshopRoom }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const workshop = useWorkshopStore();
  const { participants } = useWorkshopState();
  const [isLarge, setIsLarge] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const address = appAddress();
  const link = useMemo(
    () =>
      invitationLink(
        address,
        encodeInvitation(questionnaire, {
          workshopId: room.workshopId,
          organisationName: room.organisationName,
          intake: room.intake,
        }),
      ),
    [address, questionnaire, room],
  );
  const receive: Receive = (texts) => receiveCodes(questionnaire, workshop, texts);
  const isLocalOnly = /^(localhost|127\.|\[::1\])/.test(window.location.hostname);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard (a plain-HTTP address) or no permission: the link is on the page to copy by hand.
      setCopy('failed');
    }
  }

  return (
    <section className="report-section room-invitation" aria-labelledby="room-invitation-title">
      <h2 id="room-invitation-title">
        {room.organisationName ? (
          <>
            {t('room.invitation.titleOf')} <UserText>{room.organisationName}</UserText>
          </>
        ) : (
          t('room.invitation.title')
        )}
      </h2>
      <p>{t('room.invitation.intro')}</p>
      {isLocalOnly ? (
        <p className="notice notice-warning" data-testid="room-local-address">
          {t('room.invitation.localAddress')}
        </p>
      ) : null}
      <figure className={isLarge ? 'room-qr room-qr-large' : 'room-qr'}>
        <QrCode text={link} label={t('room.invitation.qrLabel')} />
        <figcaption>{t('room.invitation.scan')}</figcaption>
      </figure>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={isLarge}
          onClick={() => setIsLarge((large) => !large)}
        >
          {isLarge ? t('room.invitation.smaller') : t('room.invitation.larger')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void onCopy()}>
          {t('room.invitation.copy')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {copy === 'copied' ? t('room.invitation.copied') : null}
        {copy === 'failed' ? t('room.invitation.copyFailed') : null}
      </p>
      <label htmlFor="room-invitation-link">{t('room.invitation.linkLabel')}</label>
      <textarea
        id="room-invitation-link"
        className="handover-link"
        readOnly
        rows={2}
        value={link}
        data-testid="room-invitation-link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p data-testid="room-count">{t('room.invitation.count', { count: participants.length })}</p>
      <CollectPanel receive={receive} />
    </section>
  );
}
