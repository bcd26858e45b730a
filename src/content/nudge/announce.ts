/**
 * Tells screen-reader users a note has appeared, politely and without moving focus: one visually hidden live
 * region per page, present before anything is said into it (a region that appears with its text is often
 * not announced).
 */
const TAG = 'second-thought-announcer';
let region: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  const host = document.createElement(TAG);
  // Visually hidden but in the accessibility tree.
  host.style.cssText =
    'position:fixed;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const live = document.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  shadow.append(live);
  document.body.append(host);
  region = live;
  return live;
}

/** Creates the live region ahead of time, so the first announcement is not lost. */
export function prepareAnnouncer(): void {
  liveRegion();
}

/** Bumped by each announcement and each clearing: text still waiting for its frame gives way to what came after. */
let said = 0;

export function announce(text: string): void {
  const live = liveRegion();
  // Clearing first makes a repeated message count as new.
  live.textContent = '';
  const turn = ++said;
  requestAnimationFrame(() => {
    if (turn === said) live.textContent = text;
  });
}

/** Empties the live region, so what it said about a card no longer on screen is not met there later. */
export function clearAnnouncement(): void {
  said++;
  if (region?.isConnected) region.textContent = '';
}
