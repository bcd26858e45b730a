import { describe, it, expect } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { analyzeInSteps } from '../../src/engine/analyze';
import type { Category, Role, Verdict } from '../../src/engine';
import { getBundledPack } from '../../src/packs';

function check(text: string, school = 'generic', role: Role = 'parent'): Verdict {
  const pack = getBundledPack(school);
  if (!pack) throw new Error(`no pack ${school}`);
  return analyzeDraft(text, { role, pack });
}

/** The decision's mechanics (order, clauses, which categories a pack and role allow), on the rules' findings. */
function byRules(text: string, school = 'generic', role: Role = 'parent'): Verdict {
  const pack = getBundledPack(school);
  if (!pack) throw new Error(`no pack ${school}`);
  return analyzeDraft(text, { role, pack, model: null });
}

function quoted(text: string, verdict: Verdict, category: Category): string[] {
  return verdict.findings.filter((f) => f.category === category).map((f) => text.slice(f.span.start, f.span.end));
}

/** A draft nudges with `category`, its highlight covering `words`. */
function expectFound(text: string, category: Category, words: string, school = 'generic', role: Role = 'parent'): void {
  const verdict = check(text, school, role);
  expect(verdict.nudge, text).toBe(true);
  expect(verdict.categories, text).toContain(category);
  expect(quoted(text, verdict, category).join(' | '), text).toContain(words);
}

/** Each draft nudges, naming the category, with its words among those quoted for it. */
function expectEachFound(cases: readonly (readonly [text: string, words: string])[], category: Category): void {
  for (const [text, words] of cases) expectFound(text, category, words);
}

/** Every draft stays quiet. */
function expectQuiet(texts: readonly string[], school = 'generic', role: Role = 'parent'): void {
  for (const text of texts) expect(check(text, school, role).nudge, text).toBe(false);
}

describe('analyzeDraft: the verdict', () => {
  it('is quiet for an empty draft', () => {
    expect(check('')).toEqual({ nudge: false, severity: 'none', categories: [], findings: [], packId: 'generic' });
  });

  it('orders findings by position and categories by the catalogue', () => {
    const text = 'I will punch him. Mr Lyle is a useless prat and the school is a joke.';
    const verdict = byRules(text);
    const starts = verdict.findings.map((f) => f.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(verdict.categories).toEqual(['complaint', 'abuse', 'threat']);
    expect(verdict.severity).toBe('high');
    expect(verdict.nudge).toBe(true);
  });

  it("finds someone's private number on its own, and leaves the writer's own and the school's quiet", () => {
    // personal_info.someones-own-number stands alone (`alone: true`): before it, the model alone weighed such a
    // draft, and a short one stayed quiet.
    for (const school of ['bexton', 'bradgate', 'northwick', 'generic']) {
      const text = "Mrs Hale's home number is 0161 496 0999, she deserves a few calls";
      const verdict = check(text, school);
      expect(verdict.nudge, school).toBe(true);
      expect(quoted(text, verdict, 'personal_info'), school).toContain('0161 496 0999');
    }
    expect(check('My home number is 0161 496 0555 if the school needs to reach me about the trip.').nudge).toBe(false);
    expect(check("The school's mobile number for trip days is 07700 900555, save it before Friday.").nudge).toBe(false);
  });

  it('finds a plain verdict on the school on its own, and leaves the same words about a road, a TV school or a past school quiet', () => {
    // complaint.verdict-on-the-school stands alone (`alone: true`): the model alone scored these about 0.5-0.75,
    // short of its nudge gate.
    for (const [text, school, words] of [
      ['this school is an absolute joke', 'generic', 'this school is an absolute joke'],
      ['what a joke of a school honestly', 'generic', 'joke'],
      ['Shocking school, shocking leadership.', 'generic', 'Shocking school'],
      ['bradgate complaints process is a joke', 'bradgate', 'complaints process is a joke'],
    ] as const) {
      expectFound(text, 'complaint', words, school);
    }
    expectQuiet([
      'the lane down to the school is a joke after all this rain, wellies only',
      'Loved that film last night, the school in it is a total circus',
      "the school on the news tonight is a disgrace, glad it's nowhere near us",
      'Our old school was a joke, but this one has been brilliant with Maya from day one.',
      'Worst school run ever, the car park was a lake and the lollipop man was soaked.',
    ]);
  });

  it('finds a member of staff called a bully or a racist on its own, and leaves a question quiet', () => {
    // allegation.staff-called-wrongdoer stands alone: the shipped model left "the teachers there are bullies" quiet.
    for (const text of ['the teachers there are bullies', 'Mrs Lowe is a racist and the school knows it.']) {
      expect(check(text).categories, text).toContain('allegation');
    }
    expect(check('Is the new head a bully or just strict? Asking before we pick a school.').nudge).toBe(false);
  });

  it('finds a grievance said outright on its own, the writer reporting it included, and leaves its look-alikes quiet', () => {
    // complaint.said-outright stands alone. "I reported it…" is the writer's own doing, not hearsay (speech.ts).
    expectEachFound(
      [
        ['I reported it to the head and the school have done absolutely nothing.', 'the school have done absolutely nothing'],
        ['that teacher wants sacking, shouting at six year olds', 'that teacher wants sacking'],
        ['Had the meeting, nothing changed. I am going to the papers with this school now.', 'I am going to the papers'],
        ['the new detention policy is a joke, an hour for a missing pen', 'detention policy is a joke'],
      ],
      'complaint',
    );
    expectQuiet([
      'The school did nothing wrong here, the coach company cancelled on them.',
      'Rang the housing trust again, the trust have done nothing about the damp.',
      "Don't send your kids to that school disco in just t-shirts, it's freezing in the hall.",
      "Sainsbury's uniform policy is ridiculous, no hoodies even on the freezer aisle.",
      'Our PE teacher needs to get fired up for sports day, the kids are buzzing!',
      'The school did nothing for Halloween this year, which suits me, no costume to make!',
    ]);
  });

  it('finds calls for the head to go and the school said not to care on their own, and leaves head lice quiet', () => {
    // complaint.said-outright's calls for staff to go, "no confidence", "doesn't give a damn about our kids".
    expectEachFound(
      [
        ['The headteacher should resign. Nobody trusts a word she says.', 'The headteacher should resign'],
        ['Time for the head to go. Enough is enough.', 'Time for the head to go'],
        ['I have no confidence in the leadership of this school whatsoever', 'no confidence in the leadership'],
        ["This school doesn't give a damn about our kids", "This school doesn't give a damn about our kids"],
        ['Absolutely disgusted with the way the school has treated my son', 'disgusted with the way the school has treated'],
      ],
      'complaint',
    );
    expectQuiet([
      'Nit letter again. We need to get rid of the head lice once and for all, any tips?',
      'The head teacher needs to go to the hospital with the boy, so assembly is cancelled.',
      'the teachers should go easy on homework over christmas, the kids are shattered',
    ]);
  });

  it('finds the school said to have covered something up on its own, and leaves a literal covering quiet', () => {
    // allegation.school-covered-up stands alone (the model alone still reads "the TA covered it up… the cake" as an
    // allegation: docs/model.md, known limits).
    expectFound('my son was punched in the toilets and the school covered it up', 'allegation', 'the school covered it up');
    expectQuiet([
      'the caretaker covered it up with a tarp till the roofer comes',
      'The school covered the pond up with a net, so no more worrying at pick up',
      'Did the school cover it up or was it just never reported?',
    ]);
  });

  it("finds a verdict on the school by its name on its own, and leaves a place that shares the name quiet", () => {
    // complaint.school-by-name stands alone: a name that says it is a school, or the pack's place-like name before
    // something only a school has.
    expectFound('Bexton Primary is an absolute joke', 'complaint', 'is an absolute joke', 'bexton');
    expectFound('northwick park lunches are a disgrace', 'complaint', 'lunches are a disgrace', 'northwick');
    expectFound('do not send your kids to Northwick Park', 'complaint', 'do not send your kids to', 'northwick');
    expectFound('OGAT is a shambles', 'complaint', 'is a shambles', 'ogat');
    expectFound('dont send your kids to ashfield academy', 'complaint', 'dont send your kids to');
    expectQuiet(['Northwick Park is a disgrace, dog mess everywhere and the bins overflowing'], 'northwick');
    expectQuiet(['Outwood is going downhill, another pub shut on the high street'], 'ogat');
    expectQuiet([
      'the potholes on the road up to the academy are a joke',
      "St Mary's has gone downhill since they shut the cafe, the parking is a nightmare too",
      'Is Kirkby High a joke or is it just me? Honestly asking before we apply.',
    ]);
  });
  it('finds plain verdicts on the school and its staff as a body, and a cover-up by "they", on their own', () => {
    // complaint.verdict-on-the-school and allegation.school-covered-up stand alone; the model left these quiet.
    expectEachFound(
      [
        ['That school is a dump', 'school is a dump'],
        ['the school is run by idiots', 'school is run by idiots'],
        ['the new head has ruined this school', 'has ruined this school'],
        ["Worst head teacher we've ever had", "Worst head teacher we've"],
        ['honestly the staff there are clueless', 'the staff there are clueless'],
      ],
      'complaint',
    );
    expectFound('School swept the whole thing under the carpet as usual', 'allegation', 'School swept the whole thing under the carpet');
    expectFound('the kids at my school are feral honestly', 'staff_conduct', 'the kids at my school are feral', 'stoc', 'staff');
    expectQuiet([
      'The storm has ruined the school fete, marquee gone.',
      'The staff at the leisure centre are clueless about the swimming timetable.',
      'The twins broke a vase at their gran\'s and they swept it under the rug, literally.',
      'Is the school run by the council or the trust now?',
    ]);
  });
  it('finds sarcastic thanks aimed at the school on its own, and leaves heartfelt thanks and other targets quiet', () => {
    // complaint.sarcastic-thanks and complaint.sarcastic-eye-roll stand alone; the model alone left these quiet.
    expectFound("Well done Bexton for losing my son's coursework. Stellar work.", 'complaint', 'Well done Bexton for losing', 'bexton');
    expectFound('Glad to see the head finally answered my email. Only took him 6 weeks!', 'complaint', 'Only took him 6 weeks');
    expectFound('Really helpful of the school to tell us about the trip the night before 🙄', 'complaint', 'Really helpful of the school');
    expectFound('Thanks for nothing Mr Davies', 'complaint', 'Thanks for nothing Mr Davies');
    expectQuiet([
      'Well done to the school for another brilliant Ofsted, so proud of the staff',
      'Massive thank you to the school for the notice about the trip, really helpful',
      'Well done Hillside under 9s, brilliant win on Saturday!',
      'Thanks to the school for the lovely nativity, my son forgot every line 🙄',
      'coach to the school trip cancelled with 1 hours notice, thanks for nothing',
      'Thank you Mrs Hale for never giving up on him ❤️',
    ]);
  });
  it('finds a member of staff running their pupils down on its own, and leaves slang and topics quiet', () => {
    // staff_conduct.pupils-run-down stands alone, for staff.
    expectFound('my year 9s are the thickest group ive ever taught lol', 'staff_conduct', 'thickest group ive ever taught', 'stoc', 'staff');
    expectQuiet(
      [
        'My tutor group are stupid clever, they found a mistake in the textbook.',
        "My year 2s are animals this week, rainforest topic and they've each chosen one to be.",
        'My form are thick as thieves this year, lovely to see.',
      ],
      'stoc',
      'staff',
    );
  });

  it("finds a member of staff naming a pupil with their class on its own, and leaves the writer's own child quiet", () => {
    // staff_conduct.pupil-named-with-class stands alone: STOC §3.6 asks staff not to single out pupils, even in praise.
    const text = "shout out to Priya Nair in 10B for the best essay I've marked all year";
    const verdict = check(text, 'stoc', 'staff');
    expect(verdict.nudge).toBe(true);
    expect(verdict.categories).toContain('staff_conduct');
    expect(quoted(text, verdict, 'staff_conduct')).toContain('Priya');
    expect(check('So proud of my son Tom in Year 3 today, he read his poem out at his school.', 'stoc', 'staff').nudge).toBe(false);
    expect(check('Proud of my Year 9s today, every one of them stood up and read their poem.', 'stoc', 'staff').nudge).toBe(false);
    // A parent's praise at STOC is judged as before: the rule is the staff code's.
    expect(check(text, 'stoc', 'parent').categories).not.toContain('staff_conduct');
  });

  it('cites the pack clause and uses the pack wording', () => {
    const verdict = check('Mrs Hale at Bexton is a total jobsworth.', 'bexton');
    const finding = verdict.findings.find((f) => f.category === 'abuse');
    expect(finding?.source).toContain('Inappropriate use of social networking sites by parents');
    expect(finding?.source).toContain('Bexton');
    expect(verdict.packId).toBe('bexton');
  });

  it('only fires categories the pack enables', () => {
    // STOC's staff policy asks nothing of parents' complaints.
    expect(byRules('The school is an absolute shambles.', 'stoc').categories).not.toContain('complaint');
    expect(byRules('The school is an absolute shambles.', 'bexton').categories).toContain('complaint');
    // The model's findings too: a pack that disables a category never gets it, whatever the model thinks.
    const bexton = getBundledPack('bexton');
    if (!bexton) throw new Error('no pack bexton');
    const noComplaints = { ...bexton, rules: { ...bexton.rules, complaint: undefined } };
    const text = 'Bexton is a shambles, three emails about the reading books and not one reply. Does anyone there care?';
    expect(analyzeDraft(text, { role: 'parent', pack: bexton }).categories).toContain('complaint');
    expect(analyzeDraft(text, { role: 'parent', pack: noComplaints }).categories).not.toContain('complaint');
  });

  it('keeps staff_conduct to staff', () => {
    const text = 'When SLT announce a new marking policy on the Friday before half term. Love it here.';
    expect(byRules(text, 'stoc', 'staff').categories).toContain('staff_conduct');
    expect(byRules(text, 'stoc', 'parent').categories).not.toContain('staff_conduct');
    const told = 'One of my Year 9s, Kayden, told the whole class about his dad being arrested. Poor lad.';
    expect(check(told, 'stoc', 'staff').categories).toContain('staff_conduct');
    expect(check(told, 'stoc', 'parent').categories).not.toContain('staff_conduct');
  });
});

describe('analyzeDraft: school context', () => {
  it('fires threats and hate wherever they are aimed', () => {
    expect(byRules('The bloke next door is getting a slap if he blocks my drive again.').categories).toContain('threat');
    expect(byRules('Refugees are vermin and should all be sent back.').categories).toContain('hate');
    expect(check('Refugees are vermin and should all be sent back.').categories).toContain('hate');
  });

  it('treats a veiled threat as a threat', () => {
    expect(check('The head of Year 9 wants to be careful walking to her car tonight.').categories).toContain('threat');
  });

  it('fires insults and complaints only about the school community', () => {
    expect(byRules('The man at the chippy is a total jobsworth.').nudge).toBe(false);
    expect(byRules('The council are an absolute joke with these potholes.').nudge).toBe(false);
    expect(byRules('Mr Fane in Year 3 is a total jobsworth.').categories).toContain('abuse');
    expect(byRules('The new head is an absolute joke.').categories).toContain('complaint');
  });

  it('recognises the school by the names people use', () => {
    expect(byRules('Bexton is a shambles this term.', 'bexton').categories).toContain('complaint');
    expect(byRules('@BextonPrimary is a shambles this term.', 'bexton').categories).toContain('complaint');
    expect(byRules('Outwood is a shambles this term.', 'ogat').categories).toContain('complaint');
  });
});

describe('analyzeDraft: quiet by default', () => {
  const quiet = [
    'Year 6 absolutely smashed it at the gala, so proud of them all!',
    'This Year 5 homework is killing me, fractions are not my friend.',
    'The PE kit will be the death of me, third lost jumper this term.',
    'Huge thank you to Mrs Poole and the Year 2 team for the lovely trip.',
    'Does anyone know what time reception finish on Friday?',
    'So proud of my Maisie for her reading award at school today!',
    'Not school related, but the takeaway on the high street is run by absolute clowns.',
    'I emailed the head instead of posting and we had a meeting the same week. Sorted.',
    'Teachers, you are amazing. Have a restful half term.',
  ];
  for (const text of quiet) {
    it(`stays quiet: ${text}`, () => {
      expect(check(text).findings).toEqual([]);
    });
  }

  it('keeps short everyday replies quiet, and still finds short threats at someone', () => {
    for (const text of ["I'll be there at 3.", 'Hope that helps someone.', "She'll be ok x", 'I’ll be waiting in the car']) {
      expect(check(text).categories, text).not.toContain('threat');
    }
    for (const text of ['Mr Hale better watch his back', "I'll be waiting for him at the gate", 'Teachers like him want shooting']) {
      expect(check(text).categories, text).toContain('threat');
    }
  });

  it('keeps the start of a message quiet while it is typed, and still finds short breaches', () => {
    // Each is what the engine reads at a pause in typing, before the message says anything.
    for (const text of ['Dear Mr Ashworth,', 'Hi Mrs Jones', 'Mr Ashworth', 'the deputy at']) {
      expect(check(text).nudge, text).toBe(false);
      expect(check(text, 'generic', 'staff').nudge, text).toBe(false);
    }
    // Only whom it is to: the school's handle or its name, as a reply begins.
    const replies: [string, string][] = [['@outwoodgrange', 'ogat'], ['Outwood.', 'ogat'], ['bexton,', 'bexton'], ['@northwickparkat_head', 'northwick']];
    for (const [text, school] of replies) {
      expect(check(text, school).nudge, text).toBe(false);
      expect(check(text, school, 'staff').nudge, text).toBe(false);
    }
    // Short, but saying something: judged as before, by rules or by the model.
    expect(check('burn the school down').categories).toContain('threat');
    expect(check('Mr Dunn is scum').categories).toContain('abuse');
    expect(check('Mr Platt 🔪 later').categories).toContain('threat');
  });

  it('holds a short draft only the model found, short of sure, until the way to posting', () => {
    // Most often the start of a message while it is typed ("whoever the new head"); posted as it stands, a terse
    // breach ("travellers ruin everything"): still a nudge, asked about by the pre-send check rather than shown at each
    // pause.
    for (const text of ['whoever the new head', 'travellers ruin everything']) {
      const verdict = check(text);
      expect(verdict.nudge, text).toBe(true);
      expect(verdict.onPost, text).toBe(true);
    }
    expect(check('travellers ruin everything').categories).toEqual(['hate']);
    // A rule's finding, a longer draft, or a mild kind the post is never paused for: shown while typing as before.
    for (const text of ['burn the school down', 'muslims out', 'muslims out and send the rest of them back', 'worst school ever']) {
      const verdict = check(text);
      expect(verdict.nudge, text).toBe(true);
      expect(verdict.onPost, text).toBeUndefined();
    }
  });

  it('keeps counter-speech quiet', () => {
    // The rules' guard; the model still names this one hate (docs/model.md, known limits).
    expect(byRules('Saying Muslims are terrorists is racist and I won’t have it at our school gate.').categories).not.toContain('hate');
    expect(check('Racism has no place at our school gate. Proud of the parents who stood up to it this morning.').nudge).toBe(false);
  });
});

describe('analyzeDraft: spans point at the words', () => {
  it('quotes the original words, disguises and all', () => {
    const text = 'Honestly Mr Gale is a total b@st@rd.';
    const verdict = check(text);
    expect(quoted(text, verdict, 'abuse')).toContain('b@st@rd');
  });

  it('counts offsets in UTF-16 units of the original', () => {
    const text = '😡😡 Café drama: Mrs Rye is a proper jobsw\u200Borth 🤬';
    const verdict = check(text);
    const words = quoted(text, verdict, 'abuse');
    expect(words.some((w) => w.startsWith('jobsw'))).toBe(true);
  });

  it("quotes the model's words as a phrase: not ending on a joining word, with the word that leads into them", () => {
    const drafts: [string, Role][] = [
      ["That Harrison kid in my daughter's class keeps hitting people", 'parent'],
      ["Honestly fed up covering for someone else's SLT making them do lunch duty every day", 'staff'],
    ];
    for (const [text, role] of drafts) {
      const words = check(text, 'generic', role)
        .findings.filter((f) => f.ruleId.startsWith('model.'))
        .map((f) => ({ quote: text.slice(f.span.start, f.span.end), before: text.slice(0, f.span.start).trim().split(/\s+/).pop() ?? '' }));
      expect(words.length, text).toBeGreaterThan(0);
      for (const { quote, before } of words) {
        expect(quote, text).not.toMatch(/\s(?:in|on|at|of|to|for|with|and|or|the|my)$/i);
        expect(before.toLowerCase(), quote).not.toMatch(/^(?:that|the|someone|my|his|her)$/);
      }
    }
  });

  it("quotes who is at the school with what is said of them, and not the end of the clause before", () => {
    // "Bexton is a nasty little bully" alone reads as if the parent had called the school one.
    const bully = "Mrs Patel's son Jake at Bexton is a nasty little bully";
    const quotes = check(bully, 'bexton', 'parent').findings.map((f) => bully.slice(f.span.start, f.span.end));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote, bully).not.toMatch(/^Bexton\b/);
    expect(quotes.some((q) => q.startsWith('Jake at Bexton')), quotes.join(' | ')).toBe(true);
    // With the class between: who, their class and their school, and a class's number kept with its word.
    const inClass = "Mrs Patel's son Jake in Year 5 at Bexton is a nasty little bully";
    const classQuotes = check(inClass, 'bexton', 'parent').findings.map((f) => inClass.slice(f.span.start, f.span.end));
    for (const quote of classQuotes) expect(quote, inClass).not.toMatch(/^(?:Bexton|3|at|in)\b|\bYear$/);
    expect(classQuotes).toContain('Jake in Year 5 at Bexton is a nasty little bully');
    const pushing = "Mrs Patel's son Jake in Year 5 at Bexton is always pushing people";
    for (const f of check(pushing, 'bexton', 'parent').findings) expect(pushing.slice(f.span.start, f.span.end), pushing).not.toMatch(/\bYear$/);
    // "emails and the head is hopeless" put the office's unanswered emails into the personal attack.
    const office = 'The office at Bexton never answers emails and the head is hopeless';
    const abuse = check(office, 'bexton', 'parent').findings.find((f) => f.category === 'abuse');
    expect(abuse && office.slice(abuse.span.start, abuse.span.end)).toBe('the head is hopeless');
    // A word that weighs much is kept before "and": the draft's sensitive detail stays in the quote.
    const prison =
      "so sad about the walsh kids in year 2 and year 5. their dads in prison and their mum's in hospital after an overdose, the kids are with foster carers now. social services took them on friday. if you see them at school be nice to them";
    const confidential = check(prison, 'northwick', 'parent').findings.find((f) => f.category === 'confidential');
    expect(confidential && prison.slice(confidential.span.start, confidential.span.end)).toMatch(/\bprison and their mum/);
  });

  it('points at a phone number', () => {
    const text = 'Here is Mr Shaw’s number 07700 900123, ring him tonight.';
    expect(quoted(text, byRules(text), 'personal_info')).toEqual(['07700 900123']);
  });
});

describe('analyzeDraft: any text at all', () => {
  const odd = [
    '\ud800\udc00\ud800',
    '\u200b'.repeat(1000),
    'مدرسة سيئة جدا',
    '🤡'.repeat(500),
    'a'.repeat(100_000),
    'Mr X is a prat. '.repeat(20_000),
    'f*** '.repeat(10_000),
  ];
  for (const text of odd) {
    it(`returns a verdict for ${JSON.stringify(text.slice(0, 12))}… (${text.length} units)`, () => {
      const verdict = check(text);
      for (const f of verdict.findings) {
        expect(f.span.start).toBeGreaterThanOrEqual(0);
        expect(f.span.end).toBeLessThanOrEqual(text.length);
        expect(f.span.start).toBeLessThan(f.span.end);
      }
    });
  }

  it('accepts a one-megabyte paste', () => {
    const text = 'The school trip was lovely and the kids had fun. '.repeat(21_000);
    expect(check(text).nudge).toBe(false);
  });
});

describe('analyzeDraft: hate and counter-speech', () => {
  it('nudges contempt for a group and keeps reported or rejected words quiet', () => {
    // Said about the school gate. The same words with no place in them are missed (docs/model.md, known limits).
    expect(check('I can’t stand disabled people, they slow everyone down at the school gate.').categories).toContain('hate');
    expect(check('Writing "immigrants are parasites" says more about you than them.').categories).not.toContain('hate');
    expect(check('Immigrants are not parasites, whatever the man at the gate says.').categories).not.toContain('hate');
  });
});

describe('analyzeDraft: drafts read in turn', () => {
  // What is worked out once per draft is remembered for the last draft only (last-memo.ts): a draft read while
  // another waits between its steps must not be answered for with the other's.
  it('gives each draft the verdict it gets alone', () => {
    const pack = getBundledPack('bexton');
    if (!pack) throw new Error('no pack bexton');
    const texts = [
      "I can’t stand disabled people, they slow everyone down at the school gate. Mrs Hale's son Leo has ADHD.",
      'Immigrants are not parasites, whatever the man at the gate says. My Isla told me Mr Okafor is a p r a t.',
      'I will punch him. Mr Lyle is a useless prat and the school is a joke.',
    ];
    const alone = texts.map((text) => analyzeDraft(text, { role: 'staff', pack }));
    const steps = texts.map((text) => analyzeInSteps(text, { role: 'staff', pack }));
    for (const s of steps) expect(s.next().done).toBe(false);
    const inTurn = steps.reverse().map((s) => s.next().value).reverse();
    expect(inTurn).toEqual(alone);
  });
});

// The phrase rules' own behaviours (now the model's evidence), judged by the rules alone.
describe('analyzeDraft: issue #3 behaviours', () => {
  const categories = (text: string, school = 'bexton', role: Role = 'parent'): Category[] => byRules(text, school, role).categories;

  it('sees through disguised words: spaced letters, digits and symbols, look-alike letters', () => {
    expect(categories('Mr Okafor is a p r a t and everyone knows.')).toContain('abuse');
    expect(categories('Mrs Hale in Year 2 is a total tw@t.')).toContain('abuse');
    expect(categories('I will k i l l him if he grabs my boy again.', 'generic')).toContain('threat');
    expect(categories('I will k1ll him if he grabs my boy again.', 'generic')).toContain('threat');
    expect(categories('The h\u0435ad is a \u0441lown.')).toContain('abuse');
  });

  it('knows staff by role, not only by name', () => {
    expect(categories('The woman in the office is a stuck-up cow.')).toContain('abuse');
    expect(categories('His teacher is completely clueless.')).toContain('abuse');
    expect(categories('The dinner lady is an absolute witch to the little ones.')).toContain('abuse');
    expect(categories('The TA is a lazy liar.')).toContain('abuse');
  });

  it('keeps quoting and arguing against abuse quiet', () => {
    expect(categories('Somebody painted "the caretaker is a vile pig" on the wall. Reported to the police.')).not.toContain('abuse');
    expect(categories('Calling the lunchtime staff idiots is out of order, they work so hard.')).not.toContain('abuse');
  });

  it('treats veiled threats as threats', () => {
    expect(categories('That TA should watch her back after school.', 'generic')).toContain('threat');
    expect(categories('Tell the head I know where he parks.', 'generic')).toContain('threat');
  });

  it('keeps staff feelings about the job quiet and flags specific pupils and leaks', () => {
    expect(categories('Marking all weekend again, I love my job really.', 'stoc', 'staff')).toEqual([]);
    expect(categories('One of my Year 9s told me I was her favourite teacher today.', 'stoc', 'staff')).toContain('staff_conduct');
    expect(categories('Our school is going into special measures, you heard it here first.', 'stoc', 'staff')).toContain('staff_conduct');
  });
});
