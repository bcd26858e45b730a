// @vitest-environment happy-dom
// What a parent or a member of staff reads on the note for a real draft: the school's pack and the user's settings,
// through the worker's handler and the engine, to the card as it renders.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createHandler } from '../../../src/background/handler';
import { openRoute } from '../../../src/content/composer';
import { Nudge } from '../../../src/content/nudge/Nudge';
import type { VerdictReply } from '../../../src/content/nudge/Nudge';
import type { Pack, Role } from '../../../src/engine/types';
import { buildOwnPack } from '../../../src/pages/options/own-pack';
import { ProtocolClient } from '../../../src/protocol';
import type { Request } from '../../../src/protocol';
import { defaultSettings, resolveSettings } from '../../../src/settings';
import type { Settings } from '../../../src/settings';
import { unmarked } from '../older-packs';

function userClick(element: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  act(() => {
    element?.dispatchEvent(event);
  });
}

/** The worker's reply to `text` for a user with these settings (and packs they added). */
async function replyFor(text: string, user: Partial<Settings>, imported: Pack[] = []): Promise<VerdictReply> {
  const settings = resolveSettings({ user: { ...defaultSettings(), ...user }, imported });
  const handle = createHandler({
    getSettings: () => Promise.resolve(settings),
    updateSettings: () => Promise.resolve(),
    openOptions: () => Promise.resolve(),
    openRaisePage: () => Promise.resolve(),
    now: () => Date.UTC(2025, 0, 15, 9, 0),
  });
  const reply = await handle({ kind: 'analyze', text, site: 'x' });
  if (reply.kind !== 'verdict') throw new Error(`expected a verdict, got ${JSON.stringify(reply)}`);
  expect(reply.verdict.nudge).toBe(true);
  return reply;
}

/** The note as drawn, with "Why am I seeing this?" opened. */
function noteFor(reply: VerdictReply, draft: string, mode: 'nudge' | 'presend' = 'nudge'): HTMLElement {
  const host = document.createElement('div');
  render(<Nudge mode={mode} reply={reply} draft={draft} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onPostAnyway={vi.fn()} />, host);
  userClick(host.querySelector('summary'));
  return host;
}

const quote = (host: HTMLElement) => host.querySelector('blockquote')?.firstChild?.textContent ?? '';
const cite = (host: HTMLElement) => host.querySelector('cite')?.textContent ?? '';

function ashdown(): Pack {
  const built = buildOwnPack({ name: 'Ashdown Primary School', aliases: 'Ashdown', email: 'office@ashdown.example', url: '', staff: 'Mrs Okafor' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.pack;
}

const COMPLAINT = 'Ashdown never answer emails and the office staff are useless. Avoid this school.';

describe("a personal pack's note", () => {
  for (const [made, pack] of [
    ['made now', ashdown()],
    ['made before general guidance was marked', unmarked(ashdown())],
  ] as const) {
    for (const role of ['parent', 'staff'] as Role[]) {
      it(`says its quote is general guidance, not the school's own policy (${made}, ${role})`, async () => {
        const reply = await replyFor(COMPLAINT, { role, schools: [pack.id] }, [pack]);
        const note = noteFor(reply, COMPLAINT);
        expect(quote(note)).not.toBe('');
        expect(cite(note)).toBe("General guidance, not from Ashdown Primary School's own policy");
        expect(note.textContent).not.toContain('Typical school code of conduct');
      });
    }
  }

  const ACCUSATION = "Mr Hughes at Ashdown lied about the trip money, he's a thief.";
  /** Words that say the school's own policy asks something, where no policy of the school stands behind the note. */
  const SCHOOL_CLAIM = /\b(The school asks|its policy asks|the policy asks)\b/;

  for (const [made, pack] of [
    ['made now', ashdown()],
    ['made before general guidance was marked', unmarked(ashdown())],
  ] as const) {
    it(`says what schools usually ask, not what "the school" asks (${made})`, async () => {
      const note = noteFor(await replyFor(ACCUSATION, { role: 'parent', schools: [pack.id] }, [pack]), ACCUSATION);
      expect(note.textContent).toMatch(/Schools usually ask|schools usually ask/);
      expect(note.textContent).not.toMatch(SCHOOL_CLAIM);
    });
  }

  it('says what schools usually ask when another chosen school found it and the note is shown under the personal pack', async () => {
    // Judged under Bexton's pack (which found the threat), shown under Ashdown's, whose clauses are general guidance.
    const text = "Mr Hughes at Ashdown lied about the trip money, he's a thief and he wants to watch his back.";
    const reply = await replyFor(text, { role: 'parent', schools: ['bexton', ashdown().id] }, [ashdown()]);
    expect(reply.school.packId).toBe(ashdown().id);
    const said = reply.verdict.findings.map((f) => f.message).join(' ');
    expect(said).toMatch(/schools usually ask/i);
    expect(said).not.toMatch(SCHOOL_CLAIM);
  });

  it("keeps the school's own asking where its policy says it (Bexton)", async () => {
    const text = "Mr Hughes at Bexton lied about the trip money, he's a thief.";
    const note = noteFor(await replyFor(text, { role: 'parent', schools: ['bexton'] }), text);
    expect(note.textContent).toMatch(SCHOOL_CLAIM);
  });

  it('says so before any school is chosen too, rather than citing "Your school"', async () => {
    const text = 'The head at this school never answers emails and the office staff are useless.';
    const note = noteFor(await replyFor(text, {}), text);
    expect(cite(note)).toBe('General guidance for any school');
  });
});

/** Drafts a parent at a STOC school might write, with the kind of note each leads with. */
const STOC_PARENT_DRAFTS = [
  ['abuse', 'Mrs Patel at St Anne\'s is a useless, lazy cow and everyone knows it.'],
  ['threat', 'If Mr Jones puts my son in detention again I will be waiting for him at the gates, he had better watch his back.'],
  ['allegation', "Mr Jones the PE teacher at St Anne's has been stealing from the school fund, I've seen it."],
  ['hate', "The new teacher at St Anne's is a Muslim and they should never have let her near our kids."],
  ['confidential', "Heard from another mum that Jayden in Year 3 at St Anne's has been referred to social services."],
  ['photo', "I'll post the photos of all the kids from the St Anne's nativity tonight, tagging their parents."],
  ['personal_info', "Mr Jones from St Anne's lives at 14 Elm Road, his number is 07700 900123."],
] as const;

describe("a STOC parent's note (the Trust's policy speaks to its staff and pupils, not to parents)", () => {
  it.each(STOC_PARENT_DRAFTS)('quotes no rule for pupils or staff as the parent\'s own (%s)', async (_, text) => {
    const note = noteFor(await replyFor(text, { role: 'parent', schools: ['stoc'] }), text);
    expect(quote(note)).not.toBe('');
    expect(quote(note)).not.toMatch(/\b(pupils|staff) (will|must|are|should)\b/i);
    expect(cite(note)).toBe("General guidance, not from STOC Trust's own policy");
    expect(note.textContent).not.toMatch(/\b(The school asks|its policy asks|the policy asks)\b/);
  });

  it.each(STOC_PARENT_DRAFTS)("still quotes staff the Trust's own words to staff (%s)", async (_, text) => {
    const note = noteFor(await replyFor(text, { role: 'staff', schools: ['stoc'] }), text);
    expect(cite(note)).toMatch(/^STOC Trust, §[234]\./);
    expect(quote(note)).not.toMatch(/^Pupils\b/);
  });
});

describe("a Bradgate member of staff's note", () => {
  it('does not quote a rule that begins "Parents must" when staff post as the school', async () => {
    const text = "I've set up a Facebook page called Bradgate Education Partnership Official and I'll post the school's news on it.";
    const note = noteFor(await replyFor(text, { role: 'staff', schools: ['bradgate'] }), text);
    expect(note.querySelector('.headline')?.textContent).toBe('This could look as if it speaks for the school');
    expect(quote(note)).not.toMatch(/^Parents\b/);
    expect(cite(note)).toBe('Bradgate Education Partnership, §2.3');
  });
});

const actions = (host: HTMLElement) => [...host.querySelectorAll('.actions button')].map((button) => button.textContent);
const routeLine = (host: HTMLElement) => host.querySelector('.route')?.textContent ?? null;

/** What "Raise it" on this note hands the private-message page, through the content side's request and the worker. */
async function handoffFor(reply: VerdictReply, draft: string, user: Partial<Settings>): Promise<unknown> {
  const requests: Request[] = [];
  openRoute(reply, draft, new ProtocolClient((request) => (requests.push(request), Promise.resolve({ kind: 'done' }))));
  const openRaisePage = vi.fn((_handoff: unknown) => Promise.resolve());
  const handle = createHandler({
    getSettings: () => Promise.resolve(resolveSettings({ user: { ...defaultSettings(), ...user } })),
    updateSettings: () => Promise.resolve(),
    openOptions: () => Promise.resolve(),
    openRaisePage,
  });
  expect(requests).toHaveLength(1);
  await expect(handle(requests[0])).resolves.toEqual({ kind: 'done' });
  return openRaisePage.mock.calls[0]?.[0];
}

const STOC_STAFF: Partial<Settings> = { role: 'staff', schools: ['stoc'] };
/** A member of staff's post about a pupil's welfare: a safeguarding matter. */
const WELFARE = 'Worried about one of my Year 5s, she has come in hungry every day this week and has bruises on her arms.';
/** A member of staff insulting a colleague: a school matter, nothing to do with safeguarding. */
const COLLEAGUE = 'Mr Jones in the maths department is the laziest teacher I have ever worked with.';

describe("a STOC member of staff's route", () => {
  it('is SLT for a school matter, with no mention of the Designated Safeguarding Lead', async () => {
    const reply = await replyFor(COLLEAGUE, STOC_STAFF);
    const note = noteFor(reply, COLLEAGUE);
    expect(actions(note)).toEqual(['Raise it with STOC', 'Edit my post', 'Not now']);
    expect(routeLine(note)).toBe('Raise school matters with a member of SLT, not on social media.');
    expect(note.textContent).not.toContain('Safeguarding');
    expect(await handoffFor(reply, COLLEAGUE, STOC_STAFF)).toEqual({ draft: COLLEAGUE, packId: 'stoc' });
  });

  it("is the Designated Safeguarding Lead for a child's welfare, offered to raise it there", async () => {
    const reply = await replyFor(WELFARE, STOC_STAFF);
    expect(reply.verdict.categories).toContain('confidential');
    const note = noteFor(reply, WELFARE);
    expect(actions(note)).toEqual(['Raise it with STOC', 'Edit my post', 'Not now']);
    expect(routeLine(note)).toBe(
      "Report a concern about a child's welfare, and any communication from children, to the Designated Safeguarding Lead, not on social media.",
    );
    expect(await handoffFor(reply, WELFARE, STOC_STAFF)).toEqual({ draft: WELFARE, packId: 'stoc', safeguarding: true });
  });

  it('leaves other schools as they were: staff there are asked to edit a post about a pupil\'s welfare', async () => {
    const note = noteFor(await replyFor(WELFARE, { role: 'staff', schools: ['bexton'] }), WELFARE);
    expect(actions(note)).toEqual(['Edit my post', 'Not now']);
    expect(routeLine(note)).toBeNull();
  });
});

describe("a STOC member of staff's public complaint about their school", () => {
  // STOC's pack does not check complaints (its policy is for staff): such a draft is found as staff conduct alone.
  it.each([
    "Honestly the way our school is run is a joke. SLT have no idea what they're doing.",
    "Our head has absolutely no clue how to run a school. Another pointless initiative dumped on us this week.",
    "Can't believe the trust is making us do lunch duty every day now. Disgraceful way to treat staff.",
    "Our school's new behaviour policy is a complete mess and leadership won't listen.",
  ])('is offered to raise it with SLT, first: %s', async (text) => {
    const reply = await replyFor(text, STOC_STAFF);
    expect(reply.verdict.categories).toEqual(['staff_conduct']);
    const note = noteFor(reply, text);
    expect(actions(note)).toEqual(['Raise it with STOC', 'Edit my post', 'Not now']);
    expect(routeLine(note)).toBe('Raise school matters with a member of SLT, not on social media.');
  });

  it('as staff at a school whose pack checks complaints are (found as a complaint too)', async () => {
    const text = "Honestly the way our school is run is a joke. SLT have no idea what they're doing.";
    const note = noteFor(await replyFor(text, { role: 'staff', schools: ['bexton'] }), text);
    expect(actions(note)).toEqual(['Raise it with Bexton', 'Edit my post', 'Not now']);
  });

  it('is not offered for a post about a pupil, which has nothing to raise', async () => {
    const text = 'So proud of Maya in my class today, she read aloud in assembly.';
    const note = noteFor(await replyFor(text, STOC_STAFF), text);
    expect(actions(note)).toEqual(['Edit my post', 'Not now']);
    expect(routeLine(note)).toBeNull();
  });
});
