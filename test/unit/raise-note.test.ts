// The message the private-message page starts from (PRODUCT.md §5): a greeting, why it comes privately, the draft in
// the writer's own words, and a line for what they would like done.
import { describe, expect, it } from 'vitest';
import { privateNote } from '../../src/pages/raise/note';

const DRAFT = 'The head never answers emails and the homework policy is a joke.';

describe('the private message', () => {
  it('greets the school, says it comes through the school’s route, and keeps the draft word for word', () => {
    const note = privateNote({ draft: DRAFT, school: { name: 'Bexton Primary School', routeLabel: "the School's formal complaints process" }, staff: false });
    expect(note).toBe(
      [
        'Dear Bexton Primary School,',
        "I would like to raise this privately, through the School's formal complaints process, rather than on social media.",
        DRAFT,
        'What I would like to happen: ',
        'Thank you.',
      ].join('\n\n'),
    );
  });

  it('from a member of staff, greets no school by name and asks no complaints procedure', () => {
    const note = privateNote({ draft: `  ${DRAFT}\n`, school: { name: 'STOC Trust', routeLabel: 'a member of SLT' }, staff: true });
    expect(note.startsWith('Hello,\n\nI would like to raise this with you privately rather than on social media.\n\n')).toBe(true);
    expect(note).toContain(`\n\n${DRAFT}\n\n`);
    expect(note).not.toContain('STOC');
  });

  it('with no school known, greets no one by name; with no draft, starts empty', () => {
    expect(privateNote({ draft: DRAFT, staff: false }).split('\n\n').slice(0, 2)).toEqual([
      'Hello,',
      'I would like to raise this privately rather than on social media.',
    ]);
    expect(privateNote({ draft: '', staff: false })).toBe('');
  });
});
