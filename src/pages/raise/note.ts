/**
 * The private message the page starts from (PRODUCT.md §5): a greeting, why it comes privately (through the school's
 * route, in its own words), the draft in the writer's own words, and a line for what they would like done. Staff
 * write to their line manager or the head rather than to the school, so theirs greets no one by the school's name.
 * With no draft there is nothing to start from, and the box starts empty.
 */
import { t } from '../../i18n';

export interface NoteParts {
  /** The draft as it comes to the page (less any line with a threat: prefill.ts). */
  draft: string;
  /** The school the concern is about, and its route's label ("the School's formal complaints process"). */
  school?: { name: string; routeLabel: string };
  staff: boolean;
}

export function privateNote({ draft, school, staff }: NoteParts): string {
  if (draft.trim() === '') return draft;
  const greeting = school && !staff ? t('raiseNoteGreeting', school.name) : t('raiseNoteGreetingNone');
  const why = staff ? t('raiseNoteWhyStaff') : school ? t('raiseNoteWhy', school.routeLabel) : t('raiseNoteWhyNoSchool');
  // The line to finish ends in a space, for the writer to type after.
  return [greeting, why, draft.trim(), `${t('raiseNoteWish')} `, t('raiseNoteThanks')].join('\n\n');
}
