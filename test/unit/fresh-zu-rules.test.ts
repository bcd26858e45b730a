/**
 * The rule changes made after fresh-300-zu was scored (docs/model.md): each kind of draft it missed, written fresh
 * here (never the set's own sentences), with quiet look-alikes. What the rules read is checked through `prepare` (the
 * evidence the model is given), and the verdict where a change decides it.
 */
import { describe, expect, it } from 'vitest';
import { check, rulesRead } from './rules-read';

describe("at Northwick, a child named with the school's name before their class (evenInPraise)", () => {
  it.each([
    "Big congratulations to Isla Brennan and Theo Walsh from Northwick's Year 5 on the maths challenge!",
    "so proud of Kofi in Northwick's reception class for reading in assembly",
  ])('"%s" nudges there as naming a child', (text) => {
    const verdict = check(text, 'northwick');
    expect(verdict.nudge).toBe(true);
    expect(verdict.categories).toContain('naming_child');
  });

  it('stays quiet at a school that lets praise name children, and for the Year 5 team as a whole', () => {
    expect(check("Big congratulations to Isla from Bexton's Year 5 on the maths challenge!", 'bexton').nudge).toBe(false);
    expect(check("Well done to everyone in Northwick's Year 5 on the maths challenge!", 'northwick').nudge).toBe(false);
  });

  it.each([
    "Photos from Northwick's Year 6 trip are on the website now",
    "Results from Northwick's Year 11 mocks go home on Friday",
    "Poems from Northwick's Year 3 are up in the library, lovely to read",
  ])('"%s" stays quiet there: what a class made or got, not a child', (text) => {
    expect(check(text, 'northwick').nudge).toBe(false);
  });
});

describe('what children are shown of a group, called filth (hate.filth-shown) or rammed down their throats (hate.rammed-down)', () => {
  it.each([
    ['A rainbow pride board in the Year 2 corridor. My six year old does not need to see that filth.', 'hate.filth-shown'],
    ["The primary's doing a pride week and frankly kids that age shouldn't be taught this filth.", 'hate.filth-shown'],
    ['The pride display in the infants is not suitable, four year olds do not need to see that filth.', 'hate.filth-shown'],
    ['Pride flags in every classroom now, and the trans agenda forced down our throats at parents evening.', 'hate.rammed-down'],
  ])('"%s" gives hate evidence (%s)', (text, rule) => {
    expect(rulesRead(text)).toContain(rule);
  });

  it.each([
    "The primary's doing a pride week and frankly kids that age shouldn't be taught this filth.",
    'Bexton are doing a pride month display in the infants. Four year olds do not need to see that filth.',
    'Pride flags in every classroom now, and the trans agenda forced down our throats at parents evening.',
  ])('"%s" nudges as hate', (text) => {
    const verdict = check(text);
    expect(verdict.nudge).toBe(true);
    expect(verdict.categories).toContain('hate');
  });

  it.each([
    'Switched the news off, the kids do not need to see that filth about the stabbing.',
    'Somebody daubed slogans on the pride bench and the kids had to see that filth at drop off.',
    'The new parking scheme was forced down our throats by the council, no consultation at all.',
    'One pride assembly a year is not being forced down their throats, calm down.',
    "One rainbow poster in the hall, it's hardly being rammed down our throats.",
    'The low traffic agenda is being rammed down our throats by the council.',
  ])('"%s" gives none, and stays quiet', (text) => {
    const read = rulesRead(text);
    expect(read).not.toContain('hate.filth-shown');
    expect(read).not.toContain('hate.rammed-down');
    expect(check(text).categories).not.toContain('hate');
  });
});
