/** "14:05", or "Tue 14 Jan, 14:05" when it is not today: when a pause or snooze ends. */
export function formatUntil(until: number, now = Date.now()): string {
  const end = new Date(until);
  const time = end.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (end.toDateString() === new Date(now).toDateString()) return time;
  return `${end.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' })}, ${time}`;
}
