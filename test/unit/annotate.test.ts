/**
 * The annotation pass (PRODUCT.md §3, stage 3): who each sentence is about and how it is said. These marks are
 * what lets the model tell "I'm going to kill him" about the writer's toddler from the same words about a teacher.
 */
import { describe, it, expect } from 'vitest';
import { annotate, GATED_LISTS, GATED_PATTERNS, gatesOf, GROUP_GATE, MANNERS, names, TARGETS } from '../../src/engine/annotate';
import { NOT_THE_SCHOOL_GATE, WORD_GATES } from '../../src/engine/word-gates.generated';
import { gateOf, shipGate, textOpens, wordGate } from '../../src/engine/word-gate';
import { NOT_THE_SCHOOL, NOT_THE_SCHOOL_LIST } from '../../src/engine/lexicon';
import { GATED_GUARDS } from '../../src/engine/rules/conditions/complaint';
import { readCorpus } from '../../scripts/train/data';
import type { Manner, Target } from '../../src/engine/annotate';
import { buildContext } from '../../src/engine/context';
import { tokenize } from '../../src/engine/model/features';
import { tokenStrings } from '../../src/engine/rule-tokens';
import { holds, holdsIn } from '../../src/engine/lexicon-words';
import { normalise } from '../../src/engine/normalise';
import { getBundledPack } from '../../src/packs';
import type { Role } from '../../src/engine/types';

function notes(text: string, school = 'bexton', role: Role = 'parent'): { targets: Target[]; manner: Manner[] }[] {
  const pack = getBundledPack(school);
  if (!pack) throw new Error(`no pack ${school}`);
  const draft = buildContext(normalise(text), pack, role);
  return annotate(draft, tokenStrings(draft, tokenize(draft))).sentences.map((s) => ({
    targets: names(TARGETS, s.targets),
    manner: names(MANNERS, s.manner),
  }));
}

describe('annotate: who a sentence is about', () => {
  it("tells the writer's own child from a member of staff", () => {
    expect(notes("I'm going to kill my son, he's drawn on the sofa again.")[0]?.targets).toContain('own_child');
    const staff = notes("I'm going to kill Mr Jones when I see him.")[0]?.targets ?? [];
    expect(staff).toContain('staff');
    expect(staff).not.toContain('own_child');
  });

  it('finds the school by its aliases, and a school with no pack by how schools are named', () => {
    expect(notes('Bexton have done it again.')[0]?.targets).toContain('school');
    expect(notes('Castle Hill Primary sent another letter home.', 'generic')[0]?.targets).toContain('school');
    expect(notes('st peters never answer the phone', 'generic')[0]?.targets).toContain('school');
  });

  it('marks other organisations, other families\' children, other parents and groups', () => {
    expect(notes('The council have left the bins for three weeks.')[0]?.targets).toContain('other_org');
    expect(notes('That boy in 4B keeps kicking my daughter.')[0]?.targets).toContain('pupil');
    expect(notes("Jayden's mum needs to have a word with him.")[0]?.targets).toContain('parent');
    expect(notes('Muslims are welcome here.')[0]?.targets).toContain('group');
    expect(notes('Disabled people use the side gate.')[0]?.targets).toContain('group');
    expect(notes('The disabled get the front spaces.')[0]?.targets).toContain('group');
    // A word in single quotes is still the group's word, read across the quotation marks.
    expect(notes("Those 'disabled' people use the side gate.")[0]?.targets).toContain('group');
  });

  it("reads a sentence's group words from the draft's own tokens exactly as from its text", () => {
    const pack = getBundledPack('bexton');
    if (!pack) throw new Error('no pack bexton');
    const text =
      "Those 'disabled' people use the side gate. Muslims are welcome here! The disabled toilet is broken. " +
      "Gay-rights club meets Tuesday 🌈 \"trans people\" were mentioned. Sort 'em out, Mr Jones. Nothing here.";
    const draft = buildContext(normalise(text), pack, 'parent');
    const words = tokenStrings(draft, tokenize(draft));
    const seen: boolean[] = [];
    for (let i = 0; i < draft.sentences.length; i++) {
      const sentence = draft.sentenceText(i);
      for (const entry of ['GROUP_WORD', 'IDENTITY']) {
        const found = holdsIn(entry, sentence, words, i, draft.sentences[i] as { start: number; end: number });
        expect(found, `${entry} in ${sentence}`).toBe(holds(entry, sentence));
        seen.push(found);
      }
    }
    // Both answers occur, so agreeing is not agreeing on nothing.
    expect(seen).toContain(true);
    expect(seen).toContain(false);
  });

  it("reads each draft's words over the last draft's, a long draft into words of its own", () => {
    const pack = getBundledPack('bexton');
    if (!pack) throw new Error('no pack bexton');
    const wordsOf = (text: string): string[] => {
      const draft = buildContext(normalise(text), pack, 'parent');
      const read = tokenStrings(draft, tokenize(draft));
      const count = read.ranges[2 * draft.sentences.length - 1] as number;
      return Array.from({ length: count }, (_, i) => read.words[i] as string);
    };
    const many = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
    for (const text of ['Mr Jones shouted at my son today.', many(2000), 'Nothing here', many(5000), many(1000), 'The gate is locked.']) {
      expect(wordsOf(text)).toEqual(normalise(text).text.match(/[a-z0-9]+|[^a-z0-9 ]/g));
    }
  });

  it('answers about the text asked, however texts and entries alternate', () => {
    const quoted = "those 'disabled' people use the side gate.";
    const plain = 'nothing here.';
    expect(holds('GROUP_WORD', quoted)).toBe(true);
    expect(holds('GROUP_WORD', plain)).toBe(false);
    expect(holds('IDENTITY', plain)).toBe(false);
    expect(holds('GROUP_WORD', quoted)).toBe(true);
    expect(holds('IDENTITY', quoted)).toBe(true);
    expect(holds('GROUP_WORD', plain)).toBe(false);
  });

  it('carries a group on into the next sentence, as it carries people', () => {
    const [, second] = notes('Two Romanian families joined Year 3. They keep to themselves.');
    expect(second?.targets).toContain('group');
    const [, unrelated] = notes('Two new families joined Year 3. They keep to themselves.');
    expect(unrelated?.targets).not.toContain('group');
  });

  it('still carries a person into a sentence that names a group', () => {
    const [, second] = notes('Mr Jones is useless. He is gay and should be sacked.');
    expect(second?.targets).toContain('staff');
    expect(second?.targets).toContain('group');
  });

  it('reads "the disabled toilet" as a place, not a group', () => {
    expect(notes('The disabled toilet by reception is filthy again.')[0]?.targets).not.toContain('group');
    expect(notes('The disabled get the front spaces.')[0]?.targets).toContain('group');
  });


  it('carries the people of one sentence into the next when it goes on with a pronoun', () => {
    const [first, second] = notes('Mrs Patel kept my son in again. She is a nightmare.');
    expect(first?.targets).toContain('staff');
    expect(second?.targets).toContain('staff');
    const [, unrelated] = notes('Mrs Patel kept my son in again. The weather is awful.');
    expect(unrelated?.targets).not.toContain('staff');
  });

  it('marks nothing in a sentence about nobody', () => {
    expect(notes('Lovely sunny day today.')[0]?.targets).toEqual([]);
  });
});

describe('annotate: how a sentence is said', () => {
  it('marks negation, questions, reported speech and praise', () => {
    expect(notes("It wasn't the teacher's fault.")[0]?.manner).toContain('negated');
    expect(notes('Does anyone at this school read emails?')[0]?.manner).toContain('question');
    expect(notes('Apparently the head said no.')[0]?.manner).toContain('reported');
    expect(notes("My girl was told by a boy in her class 'I'm going to stab you' and she is scared.")[0]?.manner).toContain('reported');
    expect(notes("Someone wrote 'the head is a liar' on the gate.")[0]?.manner).toContain('reported');
    expect(notes("I'm going to stab him, he's ruined everything.")[0]?.manner).not.toContain('reported');
    expect(notes("We're rockin' and rollin' at the disco, bring 'em all.")[0]?.manner).not.toContain('reported');
    expect(notes('Thank you Miss Hughes, you are a star.')[0]?.manner).toContain('praise');
  });

  it('marks sarcasm markers, person and shouting', () => {
    expect(notes('Love how we get 24 hours notice for a non-uniform day 🙄')[0]?.manner).toContain('sarcasm');
    const said = notes('You need to sort this out, I am fed up.')[0]?.manner ?? [];
    expect(said).toEqual(expect.arrayContaining(['first', 'second']));
    expect(notes('THIS IS NOT ACCEPTABLE AT ALL')[0]?.manner).toContain('shouted');
    expect(notes('this is fine')[0]?.manner).not.toContain('shouted');
  });
});

describe('annotate: word gates', () => {
  it('derives what a sentence must hold from the pattern itself', () => {
    expect(wordGate(['thanks?', 'council(?:lors?)?', 'kind(?:ly|ness)?'])).toEqual({ starts: ['thank', 'council', 'kind'], pieces: [] });
    // The rarest part of an alternative: its noun, not its article; after an optional word, or a class of spaces.
    expect(wordGate(['(?:the|a) (?:little )?(?:boy|girl)s?'])?.starts).toEqual(['boy', 'girl']);
    expect(wordGate(['school[- ]gate mums?'])?.starts).toEqual(['school']);
    expect(wordGate(["[a-z]{2,20}'s (?:mum|dad)"])?.starts).toEqual(['mum', 'dad']);
    // A word that may follow a letter starts no token: the literal piece every match holds is asked for instead.
    expect(wordGate(['[a-z]+'])).toBeNull();
    expect(wordGate(['x?ray'])).toEqual({ starts: [], pieces: ['ray'] });
    expect(wordGate(['a&e', '/s'])).toEqual({ starts: [], pieces: ['a&e', '/s'] });
  });

  it('gates a group of words on the letters after it, and an alternative on words the others already open for', () => {
    // "is" alone opened the negation gate at every "is"; "one" of "no one" at every "one", where "no" opens for it.
    expect(wordGate(['(?:is|was)nt', 'no', 'no one'])).toEqual({ starts: ['isnt', 'wasnt', 'no'], pieces: [] });
    expect(wordGate(['kids?', 'child(?:ren)?', 'other (?:kids|children)'])).toEqual({ starts: ['kid', 'child'], pieces: [] });
    expect(wordGate(['kids?', 'other (?:kids|children)'])).toEqual({ starts: ['kid', 'other'], pieces: [] });
    expect(wordGate(['mums?', 'mummy'])).toEqual({ starts: ['mum'], pieces: [] });
  });

  it('takes a shipped gate only when it was made from the same list', () => {
    const shipped = shipGate(['thanks?']);
    expect(gateOf(['thanks?'], shipped)).toBe(shipped.gate);
    expect(gateOf(['thanks?', 'kind'], shipped)).toEqual({ starts: ['thank', 'kind'], pieces: [] });
    expect(gateOf(['kind'], undefined)).toEqual({ starts: ['kind'], pieces: [] });
  });

  const gateMisses = (texts: readonly string[]): string[] => {
    const pack = getBundledPack('bexton');
    if (!pack) throw new Error('bexton pack missing');
    const missed: string[] = [];
    for (const text of texts) {
      const draft = buildContext(normalise(text), pack, 'parent');
      const words = tokenStrings(draft, tokenize(draft));
      for (let i = 0; i < draft.sentences.length; i++) {
        const sentence = draft.sentenceText(i);
        const gates = gatesOf(draft, words, i, sentence);
        for (const [pattern, bit] of GATED_PATTERNS) if (pattern.test(sentence) && (gates & bit) === 0) missed.push(`${pattern.source.slice(0, 40)}: ${sentence}`);
        // The group words' gate, asked of every sentence but a quoted one (annotate).
        const span = draft.sentences[i] as { start: number; end: number };
        if ((gates & GROUP_GATE) === 0 && words.quoted[i] === 0 && holdsIn('GROUP_WORD', sentence, words, i, span)) missed.push(`GROUP_WORD: ${sentence}`);
      }
    }
    return missed;
  };

  it('never keeps a pattern from a sentence it matches: awkward words', () => {
    expect(
      gateMisses([
        "The boys' mums were there. the kid's mum!! f*ck the council. 2council tax. 'the boy' said. (her son) is fine",
        'MPs and the PM. A&E again /s. Mid-council row. school-gate mums. x*the boy in 4B. her*mum. 3rd-year pupils in the class',
        "Thanks a lot NHS...the ref\nclearly, obviously it was the bus driver's fault. Tesco's car park is shut.",
        'e.g.the boy, i.e.her dad, st.mums',
      ]),
    ).toEqual([]);
  });

  it('every gate word starts with a letter, so a word-list entry is sought inside a token only where a letter follows a symbol', () => {
    const gates = GATED_LISTS.map((list, b) => gateOf(list, WORD_GATES[b]));
    expect(gates.filter((g) => g !== null).length).toBeGreaterThan(10);
    expect(gates.flatMap((g) => (g?.starts ?? []).filter((w) => !/^[a-z]/.test(w)))).toEqual([]);
    expect(
      gateMisses(['so proud of 2my son!! x*thanks to the head. !!!!!!!!my daughter is fine', `${'!'.repeat(5000)}my son is fine`]),
    ).toEqual([]);
  });

  it('never keeps a pattern from a sentence it matches: the corpus', () => {
    expect(gateMisses(readCorpus().map((r) => r.text))).toEqual([]);
  });

  it("opens the gate of the draft-wide \"not about the school\" pattern wherever it matches (context.ts)", () => {
    const gate = gateOf(NOT_THE_SCHOOL_LIST, NOT_THE_SCHOOL_GATE);
    expect(gate).not.toBeNull();
    const pattern = new RegExp(NOT_THE_SCHOOL);
    const texts = [
      "this isn't a dig at the school, honestly",
      "not the school's fault. nothing to do with school. it's the council's job",
      "our school is lovely, my son's school's great, this is aimed at the government",
      ...readCorpus().map((r) => r.text),
    ].map((t) => normalise(t).text);
    const matched = texts.filter((t) => pattern.test(t));
    expect(matched.length).toBeGreaterThan(3);
    expect(matched.filter((t) => !textOpens(gate, t))).toEqual([]);
  });

  it("opens the gates of the complaint rules' gated guards wherever they match (complaint.ts)", () => {
    // Every corpus draft, and (the writer-on-themself guard reads the words just before a hit) its first words.
    const texts = [
      'my son is so ',
      'he said my husband was being ',
      'the head is playing the villain',
      ...readCorpus()
        .slice(0, 3000)
        .flatMap((r) => {
          const t = normalise(r.text).text;
          return [t, ...[...t.matchAll(/ /g)].map((m) => t.slice(0, (m.index as number) + 1))];
        }),
    ];
    for (const [pattern, gate] of GATED_GUARDS()) {
      expect(gate).not.toBeNull();
      const matched = texts.filter((t) => pattern.test(t));
      expect(matched.length).toBeGreaterThan(0);
      expect(matched.filter((t) => !textOpens(gate, t))).toEqual([]);
    }
  });
});
