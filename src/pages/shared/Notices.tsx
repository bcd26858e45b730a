/** What the settings page must tell the user: settings reset, a pack removed, part of a policy left out. */
import { t } from '../../i18n';
import { dismissNotices } from '../../settings/store';
import type { SettingsState } from '../../settings/store';

export function Notices({ state }: { state: SettingsState }) {
  if (state.notices.length === 0) return null;
  return (
    <div class="notice" role="alert">
      <ul>
        {state.notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      {state.dismissible && (
        <button type="button" class="secondary" onClick={() => void dismissNotices()}>
          {t('noticesDismiss')}
        </button>
      )}
    </div>
  );
}
