/**
 * The keyboard shortcut to the note (manifest `commands`). Its Alt+Shift+N is only suggested: the browser leaves it
 * unset when another extension holds it, and the user can change or remove it, so it is read from the browser each time.
 */

/** The manifest's command that moves between the post being written and its note. */
export const FOCUS_NUDGE_COMMAND = 'focus-nudge';

/** A command as the browser reports it (commands.getAll): `shortcut` is empty, or absent, when no keys are set. */
export interface BrowserCommand {
  name?: string;
  shortcut?: string;
}

/** The keys the browser has for the shortcut to the note ('Alt+Shift+N'), or null when it has none. */
export function noteShortcutIn(commands: readonly BrowserCommand[] | undefined): string | null {
  return commands?.find(({ name }) => name === FOCUS_NUDGE_COMMAND)?.shortcut?.trim() || null;
}
