/**
 * A school whose policy asks parents not to name other families' children at all (Northwick, 002: "Naming children
 * or posting any comments about children who attend any of the schools within the Trust") sets `evenInPraise` on
 * its naming_child rule. There, a child named with their class or surname initial is a finding on its own, praise
 * included ("Well done to Amara in Year 6!"); elsewhere praise is left to the model, which keeps it quiet
 * (docs/annotation.md). Only the two rules that tie a name to a child at the school count ("Amara in Year 6",
 * "Kai B"): a name after "shout out to" may be the lollipop lady's. What stays quiet there too is what the guide
 * keeps quiet for Northwick: lost property, arrangements between families, one's own children, adults, permission.
 */
import type { Prepared } from './analyze';
import { STAFF_ROLE } from './lexicon';
import type { AnalyzeOptions, Pack } from './types';

const CHILD_NAMED = new Set(['naming_child.name-and-class', 'naming_child.name-and-initial', 'naming_child.name-and-class-strict']);

/** Lost property handed back ("name tape says T. Okonkwo, Year 9", "Kai D's PE bag is on the bench", "came home with her bottle by mistake"): a kindness. */
const LOST_PROPERTY = new RegExp(
  [
    "\\b(?:found|lost|lost property|name tapes?|name labels?|name tags?|labelled|hand(?:ed|ing)? (?:it |them )?in|left (?:his|her|their) \\w+|is anyone missing|belongs? to|someone else'?s|came home with|by mistake|drop (?:it|them) (?:back|round|off))\\b",
    "'s (?:pe )?(?:bag|kit|coat|jumper|cardigan|bottle|water bottle|lunchbox|lunch box|book bag|reading folder|shoes|trainers|hat|gloves) (?:is|was|has been)\\b",
  ].join('|'),
);
/** The child's parent has said it may be shared ("her mum let me know it was ok to shout about her", "with his dad's ok"). */
const PERMISSION =
  /\b(?:permission|blessing|with (?:[a-z0-9_.@]+'s|his|her|their) (?:ok|okay|consent)|share away|(?:said|says|let me know|told me|asked me to)(?: (?:it'?s|it was|it is|that'?s))? (?:ok|okay|fine|alright|happy)|said (?:to )?(?:put it up|share|post)|(?:checked|cleared it|ok'?d it) with (?:his|her|their) (?:mum|mam|dad|parents?|family))\b/;
/**
 * The writer's own children together ("my two… Harry's in Year 4 and Millie's starting Reception"), or a parent's own
 * pride ("Proud mum moment: Leo in Year 2 got star of the week!", "Ruby in Year 4 won the spelling bee! So proud of
 * my girl"): whose child is named cannot be told, and one's own child by name stays quiet (PRODUCT.md §2.4).
 */
const OWN_CHILDREN = new RegExp(
  [
    '\\b(?:my|our) (?:two|three|four|kids|boys|girls|children|lot|twins|little ones|babies)\\b',
    '\\bproud (?:mum|mam|mom|mummy|mama|dad|daddy|parent|parents|nan|nana|grandma|grandad|granny)\\b',
    '\\b(?:proud of|well done|love you|happy birthday(?: to)?) (?:my|our) (?:girl|boy|son|daughter|lad|lass|little|baby|eldest|youngest|middle one)\\b',
  ].join('|'),
);

/**
 * Capitalised words those two rules take for names that are rarely a child's, where a finding on its own would be
 * wrong: a sentence's first word ("Mine's in Year 7", "Hes in year 10", "Went into my daughter's Year 3 class"), a
 * subject ("Islam in Year 4").
 */
const NOT_A_CHILD = new Set(
  (
    'mine hes shes theyre went came popped got been back going behaviour behavior attendance ' +
    'islam christianity judaism hinduism sikhism buddhism holi empire'
  ).split(' '),
);
/**
 * Before the name: a handle ("@Jo P", an adult in the thread), a place ("a boy from Eritrea"), an account ("on
 * facebook under Tomasz K") or a topic ("cover the British Empire").
 */
const NOT_A_CHILD_BEFORE = /(?:@|\b(?:from|under|about|cover|covers|covering|include|includes|including|learn|learning|study|studying|teach|teaching) (?:the )?(?:\w+ )?)$/;
/**
 * After it: an adult of the class ("Steve, Year 4 dad", "Lauren H on the year 5 whatsapp", "Kerry in Year 2 (the
 * TA)"): a parent, a parents' channel, or a member of staff by the context pass's own list of roles.
 */
const ADULT_AFTER = new RegExp(
  `^(?:\\W+\\w+){0,4}?\\W+(?:${[...STAFF_ROLE, 'mums?', 'mam', 'dads?', 'parents?', 'whatsapp', 'chat', 'group', 'page', 'rep', 'head', 'office', 'receptionist', 'coach', 'pta'].join('|')})\\b`,
);
/** Another school by its name ("St Michael's", "Oakfield Primary"): a child named there is not at this one. */
const A_SCHOOL = /\b(?:st|saint) [a-z]+|\b[a-z]+(?:'s)? (?:primary|infants?|juniors?|academy|high school|college|grammar|prep)\b/g;

/** Before a school's name: the school a child is moving on to ("getting into", "a place at"), not the one they are at. */
const MOVING_ON = /\b(?:into|to|place at|places at|offer from|offered|starting at|moving to|off to)(?: [a-z]+){0,2}$/;

/**
 * Whether the draft names a school that is not the pack's own, as the one a child is at: a school's name with none
 * of the pack's names in it or just before it ("Northwick Park Academy" is the pack's; "St Michael's" is not), and
 * not the school a child is moving on to.
 */
function namesAnotherSchool(p: Prepared): boolean {
  const { text } = p.draft;
  A_SCHOOL.lastIndex = 0;
  for (let m = A_SCHOOL.exec(text); m; m = A_SCHOOL.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index).trimEnd();
    if (!p.draft.namesSchoolWithin(Math.max(0, m.index - 30), m.index + m[0].length) && !MOVING_ON.test(before)) return true;
  }
  return false;
}

/** Arrangements between families, the child's name to reach a parent ("is Sam from Year 4 still doing the car share?"). */
const ARRANGEMENT =
  /\b(?:car ?share|lifts?|play ?dates?|party bags?|party invites?|message me|dm me|pm me|inbox me|phone number|contact details|get in touch)\b/;

/** Whether a draft is read for a school that asks parents for no names at all (the rules with `evidence: false`). */
export const readsStrictNaming = (options: AnalyzeOptions): boolean =>
  options.role === 'parent' && options.pack.rules.naming_child?.evenInPraise === true;

/** The pack as a school asking for no names at all would have it: where the rules with `evidence: false` are read (their cases, tests). */
export function withStrictNaming(pack: Pack): Pack {
  const rule = pack.rules.naming_child;
  if (!rule) throw new Error(`pack ${pack.id} does not check naming_child`);
  return { ...pack, rules: { ...pack.rules, naming_child: { ...rule, evenInPraise: true } } };
}

/** The places of the words that name a child even in praise, for a pack that asks for it; none elsewhere. */
export function namedEvenInPraise(p: Prepared, options: AnalyzeOptions): (Prepared['evidence'][number] | Prepared['asked'][number])[] {
  if (!readsStrictNaming(options)) return [];
  const text = p.draft.text;
  const hits = [...p.evidence, ...p.asked].filter(
    (e) =>
      e.plain &&
      CHILD_NAMED.has(e.ruleId) &&
      !NOT_A_CHILD.has(/^[a-z]+/.exec(text.slice(e.start, e.end))?.[0] ?? '') &&
      !NOT_A_CHILD_BEFORE.test(text.slice(Math.max(0, e.start - 30), e.start)) &&
      !ADULT_AFTER.test(text.slice(e.end, e.end + 40)),
  );
  if (hits.length === 0) return [];
  if (LOST_PROPERTY.test(text) || ARRANGEMENT.test(text) || OWN_CHILDREN.test(text) || PERMISSION.test(text) || namesAnotherSchool(p)) return [];
  return hits;
}
