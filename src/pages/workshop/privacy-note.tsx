/**
 * Before the group report is made: what it will show of each participant (number and role, a name only when
 * given) and which roles it does not show apart, with the advisor's choice to show single roles apart all the same.
 * The sentences come from templates/role-privacy.ts, the same words the report and `quickscan compare` use.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../questionnaire/schema.ts';
import { describeRolePrivacy, type RolePrivacy } from '../../../templates/role-privacy.ts';
import { useWorkshopStore } from '../../scan/scan-context.tsx';

export function PrivacyNote({
  privacy,
  namesGiven,
  language,
}: {
  privacy: RolePrivacy;
  namesGiven: number;
  language: Language;
}) {
  const { t } = useTranslation();
  const workshop = useWorkshopStore();
  const lines = describeRolePrivacy(privacy, namesGiven, language);
  return (
    <div className="privacy-note" data-testid="privacy-note">
      <h3>{t('workshop.room.privacyTitle')}</h3>
      <p>{lines.join(' ')}</p>
      <div className="form-row">
        <input
          id="show-single-roles"
          type="checkbox"
          checked={privacy.showSingleRoles}
          aria-describedby="show-single-roles-help"
          onChange={(event) => workshop.setShowSingleRoles(event.target.checked)}
        />{' '}
        <label htmlFor="show-single-roles">{t('workshop.room.showSingleRoles')}</label>
        <p id="show-single-roles-help" className="muted small">
          {t('workshop.room.showSingleRolesHelp')}
        </p>
      </div>
    </div>
  );
}
