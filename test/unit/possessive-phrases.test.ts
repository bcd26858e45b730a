/**
 * A plural possessive or a clipped word in a rule ("hours'", "wits'", "'til") is read as the draft's tokens have it:
 * the apostrophe at the word's edge is a token of its own there (rule-tokens.ts), so the phrase splits it off too.
 * Before, such words in the rule files matched nothing.
 */
import { describe, expect, it } from 'vitest';
import { parsePhrase } from '../../src/engine/phrases/language';
import { check, rulesRead } from './rules-read';

/** Word nodes, as the parser gives them. */
const words = (...ws: string[]) => ws.map((w) => ({ k: 'word', w }));

describe('a word with an apostrophe at its edge, in a phrase', () => {
  it('is the word and the apostrophe, as a draft is split', () => {
    expect(parsePhrase("kids'")).toEqual(words('kids', "'"));
    expect(parsePhrase("our kids' throats")).toEqual(words('our', 'kids', "'", 'throats'));
    expect(parsePhrase("(hours | hours') notice")).toEqual([{ k: 'alt', options: [words('hours'), words('hours', "'")] }, ...words('notice')]);
    expect(parsePhrase("wait 'til")).toEqual(words('wait', "'", 'til'));
    // An apostrophe inside a word stays part of it, and one alone is a token of its own.
    expect(parsePhrase("teacher's")).toEqual(words("teacher's"));
    expect(parsePhrase("'")).toEqual(words("'"));
  });

  it('reads curly apostrophes as drafts are folded, and splits one before a prefix', () => {
    // A school admin's pack phrase pasted from a document: "parents’ evening".
    expect(parsePhrase('parents\u2019 evening')).toEqual(words('parents', "'", 'evening'));
    expect(parsePhrase('\u2018kill*')).toEqual([...words("'"), { k: 'prefix', p: 'kill' }]);
    expect(() => parsePhrase("kids'*")).toThrow(/ends with an apostrophe/);
  });
});

describe('what a parent sees where an apostrophe starts a word', () => {
  it('"Can\'t wait \'til I see you all" is looking forward, not a veiled threat; "just wait \'til I get hold of you" is', () => {
    expect(check("Can't wait 'til I see you all at the Bexton summer fair on Saturday!").nudge).toBe(false);
    expect(check("can't wait till I see you all at the Bexton fair").nudge).toBe(false);
    const threat = check("Just wait 'til I get hold of you, Mr Price.");
    expect(threat.nudge).toBe(true);
    expect(threat.categories).toContain('threat');
  });
});

describe('what the rules read where a plural possessive carries the meaning', () => {
  it.each([
    ["Cheers Bexton for the 48 hours' notice about the trip, really helpful", 'complaint.going-public'],
    ["at my wits' end with Bexton, that's the fourth email with no reply", 'complaint.going-public'],
    ["Bexton only ever favour the teachers' kids, every single time", 'complaint.damning-verdict'],
    ["it's in the immigrants' nature to cheat, we all know it", 'hate.group-frames'],
  ])('"%s" gives %s, as it does without the apostrophe', (text, rule) => {
    expect(rulesRead(text)).toContain(rule);
    expect(rulesRead(text.replace(/s' /, 's '))).toContain(rule);
  });

  it('leaves a plural possessive in a quiet draft quiet', () => {
    expect(rulesRead("Parents' evening went well, thanks to all the staff at Bexton for 48 hours of slots")).toEqual([]);
    expect(rulesRead("Two minutes' silence at Bexton this morning for Remembrance, the children were so respectful")).toEqual([]);
  });
});
