/** The nudge's words, in one place: plain, warm British English that never accuses. */
import type { Category, Severity } from '../../engine/types';

export const HEADLINES: Readonly<Record<Category, string>> = {
  complaint: 'This reads like a complaint about the school',
  allegation: 'This makes a serious claim about someone at the school',
  abuse: 'This could come across as a personal attack',
  threat: 'This could be read as a threat',
  hate: 'This could be read as prejudiced',
  naming_child: "This mentions another family's child",
  personal_info: "This shares someone's personal details",
  confidential: 'This touches on something confidential',
  photo: 'This shares or offers photos of children or staff',
  impersonation: 'This could look as if it speaks for the school',
  staff_conduct: 'This may be one for work rather than a personal account',
};

export const SEVERITY_INTRO: Readonly<Record<Exclude<Severity, 'none'>, string>> = {
  low: 'Worth a second thought before you post.',
  medium: 'It may be better raised privately.',
  high: 'Please take a moment before you post this.',
};

export const ACTIONS = {
  raise: (school: string) => `Raise it with ${school}`,
  chooseSchool: 'Choose your school',
  edit: 'Edit my post',
  dismiss: 'Not now',
  postAnyway: 'Post anyway',
  postAnywayTitle: 'Post anyway?',
  why: 'Why am I seeing this?',
  noticed: 'We noticed',
  noSchool: "Choose your child's school in Second Thought's settings to see how it asks for concerns to be raised.",
} as const;

export const LABEL = 'Second Thought';
