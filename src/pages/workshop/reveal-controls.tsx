/**
 * Reveal, then discuss: before the advisor shows the spread, the room sees only how many participants have
 * arrived per role (so early answers do not sway the rest); "Toon de spreiding" shows it, "Verberg" hides it again.
 */
import { useTranslation } from 'react-i18next';
import { participantRole, PARTICIPANT_ROLES } from '../../../questionnaire/answers-file.ts';
import type { Language } from '../../../questionnaire/schema.ts';
import { roleLabel } from '../../../templates/participant-labels.ts';
import { useWorkshopStore } from '../../scan/scan-context.tsx';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';

/** How many participants have arrived, per role: counts only, never an answer. */
export function ArrivalsByRole({
  participants,
  language,
}: {
  participants: readonly WorkshopParticipant[];
  language: Language;
}) {
  const { t } = useTranslation();
  const roles = participants.map((p) => participantRole(p.file) ?? null);
  const counts = [...PARTICIPANT_ROLES, null].flatMap((role) => {
    const count = roles.filter((r) => r === role).length;
    return count > 0 ? [{ role, count }] : [];
  });
  return (
    <div className="arrivals" data-testid="arrivals">
      <p className="arrivals-total">{t('workshop.room.arrived', { count: participants.length })}</p>
      {counts.length > 0 ? (
        <ul className="arrivals-list" aria-label={t('workshop.room.byRole')}>
          {counts.map(({ role, count }) => (
            <li key={role ?? 'none'}>
              {roleLabel(role, language)}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Toon de spreiding" or "Verberg de spreiding", kept in the workshop store. */
export function RevealButton({ revealed }: { revealed: boolean }) {
  const { t } = useTranslation();
  const workshop = useWorkshopStore();
  return (
    <button
      type="button"
      className={revealed ? 'button button-secondary' : 'button'}
      aria-pressed={revealed}
      data-testid="reveal"
      onClick={() => workshop.setRevealed(!revealed)}
    >
      {revealed ? t('workshop.room.hide') : t('workshop.room.reveal')}
    </button>
  );
}
