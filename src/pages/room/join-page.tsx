import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { decodeInvitation } from '../../../questionnaire/answers-code.ts';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../questionnaire/answers-file.ts';
import type { Language } from '../../../questionnaire/schema.ts';
import { roleLabel } from '../../../templates/participant-labels.ts';
import { UserText } from '../../components/user-text.tsx';
import { today } from '../../files/save-file.ts';
import { joinWorkshop } from '../../scan/join-workshop.ts';
import { useQuestionnaire, useScanState, useScanStore, useSnapshotStore } from '../../scan/scan-context.tsx';
import { listSteps } from '../../scan/steps.ts';
import { usePageFocus } from '../use-page-focus.ts';

/**
 * A participant opens the advisor's invitation on their own phone (`#/doe-mee/<code>`): the workshop's organisation,
 * a choice of role, a name only if they want, and the scan starts at the first theme (the advisor answered the
 * intake). Nothing is sent anywhere: the invitation is in the link's fragment.
 */
export function JoinPage({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const store = useScanStore();
  const snapshots = useSnapshotStore();
  const { file } = useScanState();
  const [, navigate] = useLocation();
  const headingRef = usePageFocus<HTMLHeadingElement>('join');
  const invitation = useMemo(() => decodeInvitation(questionnaire, code), [questionnaire, code]);
  const joined = invitation.ok && file.participant?.workshop === invitation.workshopId;
  const [role, setRole] = useState<ParticipantRole | ''>(joined ? (file.participant?.role ?? '') : '');
  const [name, setName] = useState(joined ? (file.participant?.name ?? '') : '');
  const [roleMissing, setRoleMissing] = useState(false);
  const nameId = useId();
  const roleErrorId = useId();

  if (!invitation.ok) {
    const isNewer = invitation.problem === 'newer-code' || invitation.problem === 'newer-version';
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('room.join.unreadableTitle')}
        </h1>
        <p className="notice notice-warning" role="alert" data-testid="join-refused">
          {isNewer ? t('room.join.newer') : t('room.join.damaged')}
        </p>
        <p>
          <Link href="/">{t('step.backToStart')}</Link>
        </p>
      </>
    );
  }

  const hasOtherScan = !joined && Object.keys(file.answers).length > 0;
  const firstTheme = listSteps(questionnaire, { skipIntake: true })[0]?.path ?? '/';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!invitation.ok) return;
    if (role === '') {
      setRoleMissing(true);
      document.getElementById(`join-role-${PARTICIPANT_ROLES[0]}`)?.focus();
      return;
    }
    const trimmed = name.trim();
    joinWorkshop(
      questionnaire,
      store,
      snapshots,
      invitation,
      { role, ...(trimmed ? { name: trimmed } : {}) },
      today(),
    );
    navigate(firstTheme);
  }

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {invitation.organisationName ? (
          <>
            {t('room.join.titleOf')} <UserText>{invitation.organisationName}</UserText>
          </>
        ) : (
          t('room.join.title')
        )}
      </h1>
      <p className="lead">{t('room.join.intro')}</p>
      <p className="muted">{t('room.join.privacy')}</p>
      {joined ? (
        <p className="notice notice-info" data-testid="join-already">
          {t('room.join.already')}
        </p>
      ) : null}
      {hasOtherScan ? (
        <p className="notice notice-info" data-testid="join-keeps-scan">
          {t('room.join.keepsScan')}
        </p>
      ) : null}
      <form className="join-form" onSubmit={onSubmit} noValidate>
        <fieldset
          className="question"
          aria-describedby={roleMissing ? roleErrorId : undefined}
          aria-invalid={roleMissing || undefined}
        >
          <legend>{t('room.join.role')}</legend>
          {roleMissing ? (
            <p id={roleErrorId} className="field-error" role="alert">
              {t('room.join.roleMissing')}
            </p>
          ) : null}
          <div className="radio-options">
            {PARTICIPANT_ROLES.map((id) => (
              <label key={id} className="radio-option">
                <input
                  type="radio"
                  name="role"
                  id={`join-role-${id}`}
                  value={id}
                  checked={role === id}
                  onChange={() => {
                    setRole(id);
                    setRoleMissing(false);
                  }}
                />
                <span>{roleLabel(id, language)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="text-field">
          <label htmlFor={nameId}>{t('room.join.name')}</label>
          <p className="question-help" id={`${nameId}-help`}>
            {t('room.join.nameHelp')}
          </p>
          <input
            id={nameId}
            type="text"
            autoComplete="off"
            maxLength={100}
            value={name}
            aria-describedby={`${nameId}-help`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" data-testid="join-start">
            {joined ? t('room.join.continue') : t('room.join.start')}
          </button>
        </div>
      </form>
    </>
  );
}
