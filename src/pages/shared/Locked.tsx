/** What a control set by enterprise policy says beside it: the control itself is disabled. */
export const LOCKED_TEXT = 'Set by your school or trust';

export function LockedNote({ when }: { when: boolean }) {
  return when ? <p class="locked">{LOCKED_TEXT}</p> : null;
}
