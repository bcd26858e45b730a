/** What a control set by enterprise policy says beside it: the control itself is disabled. */
import { t } from '../../i18n';

export function LockedNote({ when }: { when: boolean }) {
  return when ? <p class="locked">{t('lockedBySchool')}</p> : null;
}
