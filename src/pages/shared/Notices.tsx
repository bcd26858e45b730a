/**
 * What the settings page must tell the user: settings reset, a pack removed, part of a policy left out. Of a policy,
 * the user (a parent, a teacher) is told one plain sentence; the technical lines are behind a disclosure for whoever
 * manages the browser, who can put them right.
 */
import { t } from '../../i18n';
import { dismissNotices } from '../../settings/store';
import type { SettingsState } from '../../settings/store';

export function Notices({ state }: { state: SettingsState }) {
  const { notices, policyProblems } = state;
  if (notices.length === 0 && policyProblems.length === 0) return null;
  return (
    <div class="notice" role="alert">
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {policyProblems.length > 0 && (
        <>
          <p>{t('policyUnreadable')}</p>
          <details class="for-admin">
            <summary>{t('policyUnreadableDetails')}</summary>
            <ul>
              {policyProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      {state.dismissible && (
        <button type="button" class="secondary" onClick={() => void dismissNotices()}>
          {t('noticesDismiss')}
        </button>
      )}
    </div>
  );
}
