// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { leadCategory, Muted, Nudge, quotedWords, Unchecked } from '../../../src/content/nudge/Nudge';
import { steadyRaisePlace } from '../../../src/content/nudge/raise';
import type { VerdictReply } from '../../../src/content/nudge/Nudge';
import { announcement } from '../../../src/content/nudge/wording';
import manifest from '../../../manifest.json';
import type { Category, Finding } from '../../../src/engine/types';
import { CATEGORIES, CATEGORY_SEVERITY } from '../../../src/engine/types';

const DRAFT = 'The head is useless and I will make her pay';

/** A click as the browser makes it for the user's own click or key (happy-dom has no trusted events of its own). */
function userClick(element: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  // act() lets Preact render what the click changed before the test reads it.
  act(() => {
    element?.dispatchEvent(event);
  });
}

function finding(category: Finding['category'], start: number, end: number): Finding {
  return { ruleId: `${category}.test`, category, span: { start, end }, message: `noticed ${category}`, source: '§1' };
}

const REPLY: VerdictReply = {
  kind: 'verdict',
  verdict: {
    nudge: true,
    severity: 'high',
    categories: ['abuse', 'threat'],
    findings: [finding('abuse', 12, 19), finding('threat', 31, 43)],
    packId: 'bexton',
  },
  school: {
    packId: 'bexton',
    name: 'Bexton Primary School',
    shortName: 'Bexton',
    route: { label: 'the school', instruction: 'Contact the school directly.' },
    chosen: true,
    role: 'parent',
  },
  clauses: { threat: { ref: 'Inappropriate use', quote: 'Threatening staff is never acceptable.' } },
  categoriesLocked: false,
};

/** The card for a draft whose only findings are `categories`, written by a parent or a member of staff. */
function cardFor(categories: Category[], role: 'parent' | 'staff', mode: 'nudge' | 'presend' = 'nudge', onMute?: (snooze: boolean, byKeyboard: boolean) => void): HTMLElement {
  const severities = categories.map((category) => CATEGORY_SEVERITY[category]);
  const severity = (['high', 'medium', 'low'] as const).find((level) => severities.includes(level)) ?? 'low';
  const reply: VerdictReply = {
    ...REPLY,
    verdict: { ...REPLY.verdict, severity, categories, findings: categories.map((category) => finding(category, 0, 8)) },
    school: { ...REPLY.school, role },
  };
  const host = document.createElement('div');
  render(
    <Nudge mode={mode} reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onPostAnyway={vi.fn()} onMute={onMute} />,
    host,
  );
  return host;
}

const actions = (host: HTMLElement) => [...host.querySelectorAll('.actions button')].map((button) => button.textContent);
const primary = (host: HTMLElement) => host.querySelector('.actions button.primary')?.textContent;

describe('what the card offers first', () => {
  it.each([
    ['praise of a named child', ['naming_child'], 'parent'],
    ['a photo of children', ['photo'], 'parent'],
    ["someone's details", ['personal_info'], 'parent'],
    ['a named child, by staff', ['naming_child'], 'staff'],
    ["staff's own conduct (a pupil's friend request)", ['staff_conduct'], 'staff'],
    ["a pupil's confidential matter, by staff", ['confidential'], 'staff'],
  ] as const)('leads with "Edit my post" and offers no route for %s', (_, categories, role) => {
    const host = cardFor([...categories], role);
    expect(actions(host)).toEqual(['Edit my post', 'Not now']);
    expect(primary(host)).toBe('Edit my post');
    expect(host.textContent).not.toContain('raised privately');
    expect(host.textContent).not.toContain('Contact the school directly.');
  });

  it('keeps the route second when the draft also holds a concern it can take', () => {
    const host = cardFor(['complaint', 'naming_child'], 'parent');
    expect(actions(host)).toEqual(['Edit my post', 'Raise it with Bexton', 'Not now']);
    expect(primary(host)).toBe('Edit my post');
    expect(host.textContent).toContain('Contact the school directly.');
  });

  it('leads with the route for a complaint, by a parent or by staff', () => {
    for (const role of ['parent', 'staff'] as const) {
      const host = cardFor(['complaint'], role);
      expect(actions(host)).toEqual(['Raise it with Bexton', 'Edit my post', 'Not now']);
      expect(primary(host)).toBe('Raise it with Bexton');
    }
  });

  it("leads with the route for a parent's note about something confidential", () => {
    expect(primary(cardFor(['confidential'], 'parent'))).toBe('Raise it with Bexton');
  });

  it('asks "Post anyway?" with "Edit my post" first and no route, for staff sharing something confidential', () => {
    const host = cardFor(['confidential'], 'staff', 'presend');
    expect(actions(host)).toEqual(['Edit my post', 'Post anyway', 'Not now']);
  });
});

describe("each card's accessible name", () => {
  it('names a note by its headline, so two notes can be told apart', () => {
    const threat = cardFor(['threat'], 'parent').querySelector('.card');
    const complaint = cardFor(['complaint'], 'parent').querySelector('.card');
    expect(threat?.getAttribute('role')).toBe('group');
    expect(threat?.getAttribute('aria-label')).toBe('Second Thought: This could be read as a threat');
    expect(complaint?.getAttribute('aria-label')).toBe('Second Thought: This reads like a public complaint about the school');
  });

  it('names the "Post anyway?" question by its headline too', () => {
    const card = cardFor(['threat'], 'parent', 'presend').querySelector('.card');
    expect(card?.getAttribute('role')).toBe('alertdialog');
    expect(card?.getAttribute('aria-label')).toBe('Post anyway? This could be read as a threat');
  });

  it("describes the confirmation of 'Turn off notes about …' by what it says", () => {
    const host = document.createElement('div');
    render(<Muted mode="muted" category="complaint" until={null} draft={DRAFT} theme="light" role="parent" onUndo={vi.fn()} onClose={vi.fn()} />, host);
    const card = host.querySelector('.card');
    const description = host.querySelector(`#${card?.getAttribute('aria-describedby') ?? 'none'}`);
    expect(description?.textContent).toContain('Turned off notes about public complaints');
  });

  it('is announced with its headline and the keys the browser has for the shortcut to it', () => {
    const suggested = manifest.commands['focus-nudge'].suggested_key.default;
    expect(announcement('threat', suggested, 'parent')).toBe('Second Thought: This could be read as a threat. Press Alt+Shift+N to go to the note.');
  });

  it('names the keys the user changed the shortcut to, not the suggested ones', () => {
    expect(announcement('complaint', 'Ctrl+Shift+Y', 'parent')).toBe(
      'Second Thought: This reads like a public complaint about the school. Press Ctrl+Shift+Y to go to the note.',
    );
  });

  it('names no keys when the browser has no shortcut (removed, or held by another extension)', () => {
    expect(announcement('threat', null, 'parent')).toBe('Second Thought: This could be read as a threat.');
    expect(announcement('threat', '', 'parent')).toBe('Second Thought: This could be read as a threat.');
  });
});

describe('the nudge card', () => {
  it("cites the other chosen school's policy by its name when the clause is that school's", () => {
    // A threat found under Bexton's pack about a school whose pack leaves threats out: the worker sends Bexton's clause.
    const host = document.createElement('div');
    const clause = { ref: 'Inappropriate use', quote: 'Threatening staff is never acceptable.', school: 'Bexton Primary School' };
    const reply: VerdictReply = { ...REPLY, clauses: { threat: clause }, school: { ...REPLY.school, name: 'Ashdown Primary School', shortName: 'Ashdown' } };
    render(<Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} />, host);
    userClick(host.querySelector('summary'));
    expect(host.querySelector('cite')?.textContent).toBe('Bexton Primary School, Inappropriate use');
  });

  it('names the most severe finding, quotes the words and the clause, and offers the three actions', () => {
    const host = document.createElement('div');
    const onRaise = vi.fn();
    render(<Nudge mode="nudge" reply={REPLY} draft={DRAFT} theme="light" onRaise={onRaise} onEdit={vi.fn()} onDismiss={vi.fn()} />, host);
    const text = host.textContent ?? '';
    expect(text).toContain('This could be read as a threat');
    expect(text).toContain('“useless”');
    expect(text).toContain('“make her pay”');
    userClick(host.querySelector('summary'));
    expect(host.textContent).toContain('Threatening staff is never acceptable.');
    expect(host.textContent).toContain('Bexton Primary School, Inappropriate use');
    const buttons = [...host.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Raise it with Bexton', 'Edit my post', 'Not now']);
    userClick(host.querySelector('button[data-action="raise"]'));
    expect(onRaise).toHaveBeenCalledOnce();
    expect(host.querySelector('.card')?.getAttribute('data-severity')).toBe('high');
  });

  it('asks "Post anyway?" when a post is paused, offering the route, editing, posting and setting it aside', () => {
    const host = document.createElement('div');
    const onPostAnyway = vi.fn();
    const onEdit = vi.fn();
    const onDismiss = vi.fn();
    render(
      <Nudge mode="presend" reply={REPLY} draft={DRAFT} theme="dark" onRaise={vi.fn()} onEdit={onEdit} onDismiss={onDismiss} onPostAnyway={onPostAnyway} />,
      host,
    );
    const card = host.querySelector('.card');
    expect(card?.getAttribute('role')).toBe('alertdialog');
    expect(card?.textContent).toContain('Post anyway?');
    const buttons = [...host.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Raise it with Bexton', 'Edit my post', 'Post anyway', 'Not now']);
    userClick(host.querySelector('button[data-action="post-anyway"]'));
    expect(onPostAnyway).toHaveBeenCalledOnce();
    userClick(host.querySelector('button[data-action="dismiss"]'));
    expect(onDismiss).toHaveBeenCalledOnce();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    card?.dispatchEvent(escape);
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('asks "Post anyway?" about a post that could not be checked, offering editing, posting and setting it aside', () => {
    const host = document.createElement('div');
    const onEdit = vi.fn();
    const onPostAnyway = vi.fn();
    const onDismiss = vi.fn();
    render(<Unchecked mode="unchecked" draft={DRAFT} theme="light" onEdit={onEdit} onPostAnyway={onPostAnyway} onDismiss={onDismiss} />, host);
    const card = host.querySelector('.card');
    expect(card?.getAttribute('role')).toBe('alertdialog');
    expect(card?.textContent).toContain('could not check this post');
    expect([...host.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Edit my post', 'Post anyway', 'Not now']);
    userClick(host.querySelector('button[data-action="dismiss"]'));
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(onPostAnyway).not.toHaveBeenCalled();
    userClick(host.querySelector('button[data-action="post-anyway"]'));
    expect(onPostAnyway).toHaveBeenCalledOnce();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    card?.dispatchEvent(escape);
    expect(onEdit).toHaveBeenCalledOnce();
  });

  it('keeps Tab within the "Post anyway?" question, from its last control to its first and back, and not within a note', () => {
    const press = (target: Element, shiftKey = false): KeyboardEvent => {
      const key = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
      Object.defineProperty(key, 'isTrusted', { value: true });
      target.dispatchEvent(key);
      return key;
    };
    for (const mode of ['presend', 'nudge'] as const) {
      const host = document.createElement('div');
      document.body.append(host);
      render(<Nudge mode={mode} reply={REPLY} draft={DRAFT} theme="dark" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onPostAnyway={vi.fn()} />, host);
      const controls = [...host.querySelectorAll<HTMLElement>('button, summary')];
      const first = controls[0] as HTMLElement;
      const last = controls[controls.length - 1] as HTMLElement;
      last.focus();
      const forward = press(last);
      first.focus();
      const back = press(first, true);
      if (mode === 'presend') {
        expect(forward.defaultPrevented).toBe(true);
        expect(back.defaultPrevented).toBe(true);
        expect(document.activeElement).toBe(last);
        first.focus();
        expect(press(first).defaultPrevented).toBe(false);
      } else {
        expect(forward.defaultPrevented).toBe(false);
        expect(back.defaultPrevented).toBe(false);
      }
      render(null, host);
      host.remove();
    }
  });

  it("ignores a script's clicks and keys: every control acts on the user's own only", () => {
    const host = document.createElement('div');
    const actions = { onRaise: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onMute: vi.fn() };
    render(<Nudge mode="nudge" reply={REPLY} draft={DRAFT} theme="light" {...actions} />, host);
    act(() => {
      for (const control of host.querySelectorAll<HTMLElement>('button, summary')) {
        control.click();
        control.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
      host.querySelector('.card')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    for (const action of Object.values(actions)) expect(action).not.toHaveBeenCalled();
    // The clause stays folded away, and out of the card, until the user opens it.
    expect(host.textContent).not.toContain('Threatening staff is never acceptable.');
    userClick(host.querySelector('summary'));
    expect(host.textContent).toContain('Threatening staff is never acceptable.');
    // The user's own click on the link does reach it (a note about complaints; a threat's offers none).
    const complaint: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, severity: 'low', categories: ['complaint'], findings: [finding('complaint', 0, 8)] } };
    render(<Nudge mode="nudge" reply={complaint} draft={DRAFT} theme="light" {...actions} />, host);
    act(() => {
      host.querySelector<HTMLElement>('button[data-action="mute"]')?.click();
    });
    expect(actions.onMute).not.toHaveBeenCalled();
    userClick(host.querySelector('button[data-action="mute"]'));
    expect(actions.onMute).toHaveBeenCalledWith(false, expect.any(Boolean));
  });

  it('does not say which category it found in an attribute', () => {
    const host = document.createElement('div');
    render(<Nudge mode="nudge" reply={REPLY} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} />, host);
    const attributes = [...host.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value));
    for (const category of REPLY.verdict.categories) expect(attributes).not.toContain(category);
  });

  it('renders nothing for a quiet verdict', () => {
    const host = document.createElement('div');
    const quiet: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, nudge: false, severity: 'none', categories: [], findings: [] } };
    render(<Nudge mode="nudge" reply={quiet} draft="" theme="dark" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} />, host);
    expect(host.childNodes).toHaveLength(0);
  });
});

describe('the confirmation of "Turn off notes about …" and "Pause notes about … for a day"', () => {
  it('says on the card which kind of note was switched off, in the link\'s words, and offers Undo and OK', () => {
    const host = document.createElement('div');
    const onUndo = vi.fn();
    const onClose = vi.fn();
    render(<Muted mode="muted" category="naming_child" until={null} draft="" theme="light" role="parent" onUndo={onUndo} onClose={onClose} />, host);
    expect(host.textContent).toContain("Turned off notes about naming other families' children. You can turn them back on in the settings.");
    expect([...host.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Undo', 'OK']);
    userClick(host.querySelector('button[data-action="undo"]'));
    expect(onUndo).toHaveBeenCalledOnce();
    userClick(host.querySelector('button[data-action="close"]'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says until when a pause lasts: a day on, as the settings page writes it', () => {
    const host = document.createElement('div');
    const until = new Date(2025, 0, 16, 9, 0).getTime();
    render(<Muted mode="muted" category="personal_info" until={until} draft="" theme="light" role="parent" onUndo={vi.fn()} onClose={vi.fn()} />, host);
    expect(host.querySelector('.intro')?.textContent).toBe(
      "Paused notes about someone's personal details for a day, until Thu 16 Jan, 09:00. You can turn them back on in the settings.",
    );
  });

  it('ignores a click a page script makes', () => {
    const host = document.createElement('div');
    const onUndo = vi.fn();
    render(<Muted mode="muted" category="complaint" until={null} draft="" theme="dark" role="parent" onUndo={onUndo} onClose={vi.fn()} />, host);
    act(() => {
      host.querySelector<HTMLElement>('button[data-action="undo"]')?.click();
    });
    expect(onUndo).not.toHaveBeenCalled();
  });
});

describe("the draft's other concerns", () => {
  const also = (host: HTMLElement) => host.querySelector('.also')?.textContent;

  it('names the concerns besides the headline\'s, in the order of their weight, for "Jake Smith in 5B keeps hitting my son…"', () => {
    // An allegation, a complaint and another family's child: the headline speaks of the allegation.
    for (const mode of ['nudge', 'presend'] as const) {
      const host = cardFor(['complaint', 'naming_child', 'allegation'], 'parent', mode);
      expect(host.textContent).toContain('This makes a serious claim about someone at the school');
      expect(also(host)).toBe("It also touches on naming other families' children and public complaints.");
      expect(also(host)).not.toContain('accusations');
    }
  });

  it('names each other concern once, and a third one after a comma', () => {
    const host = cardFor(['threat', 'complaint', 'abuse', 'complaint', 'personal_info'], 'parent');
    expect(host.textContent).toContain('This could be read as a threat');
    expect(also(host)).toBe("It also touches on someone's personal details, personal attacks and public complaints.");
  });

  it('speaks of pupils to a member of staff, not of "other families\' children", in the line, the headline and the link', () => {
    // From a fresh-eyes review: "It also touches on naming other families' children" on a teacher's note.
    const also2 = cardFor(['staff_conduct', 'naming_child', 'allegation'], 'staff');
    expect(also(also2)).toBe('It also touches on naming pupils and school matters on a personal account.');
    const lead = cardFor(['naming_child'], 'staff', 'nudge', vi.fn());
    expect(lead.querySelector('.headline')?.textContent).toBe('This names a pupil');
    expect(lead.querySelector('.card')?.getAttribute('aria-label')).toBe('Second Thought: This names a pupil');
    expect(lead.querySelector('button.link')?.textContent).toBe('Pause notes about naming pupils for a day');
    expect(announcement('naming_child', null, 'staff')).toBe('Second Thought: This names a pupil.');
    const host = document.createElement('div');
    render(<Muted mode="muted" category="naming_child" until={null} draft="" theme="light" role="staff" onUndo={vi.fn()} onClose={vi.fn()} />, host);
    expect(host.textContent).toContain('Turned off notes about naming pupils.');
    expect(host.textContent).not.toContain('famil');
    // A parent's note is worded as before.
    expect(cardFor(['naming_child'], 'parent').querySelector('.headline')?.textContent).toBe("This mentions another family's child");
  });

  it("explains a named child to a member of staff in the staff code's words, not in a rule's words to parents", () => {
    // From a review: under "This names a pupil" a teacher read "The school asks parents not to".
    const staff = cardFor(['naming_child', 'complaint'], 'staff');
    // The line says what the headline has not (a review: the headline was said twice).
    expect(staff.querySelector('.intro')?.textContent).toBe('Staff are asked not to identify pupils on personal accounts.');
    // A parent reads the rule's own message; so does staff for a kind with no staff wording.
    expect(cardFor(['naming_child'], 'parent').querySelector('.intro')?.textContent).toBe('noticed naming_child');
    expect(cardFor(['allegation'], 'staff').querySelector('.intro')?.textContent).toBe('noticed allegation');
  });

  it("speaks to a member of staff of a complaint about their own school, to be raised at work", () => {
    // From a review as staff: a teacher's venting about their own school was put to them as a parent's complaint.
    const staff = cardFor(['complaint', 'staff_conduct'], 'staff');
    expect(staff.querySelector('.headline')?.textContent).toBe('This reads like a public complaint about your own school');
    expect(staff.querySelector('.intro')?.textContent).toBe(
      'As staff, you raise concerns about your own school at work: staff are asked not to air them on a personal account.',
    );
    expect(also(cardFor(['naming_child', 'complaint'], 'staff'))).toBe('It also touches on public complaints about your own school.');
    expect(cardFor(['complaint'], 'parent').querySelector('.headline')?.textContent).toBe('This reads like a public complaint about the school');
  });

  it('has no such line when the draft has one concern only', () => {
    for (const mode of ['nudge', 'presend'] as const) {
      const host = cardFor(['allegation'], 'parent', mode);
      expect(host.querySelector('.also')).toBeNull();
      expect(host.textContent).not.toContain('also touches on');
    }
  });
});

describe('the link that turns a kind of note off', () => {
  it.each([
    // Only the mild kinds are turned off from the note.
    ['complaint', 'Turn off notes about public complaints'],
    ['staff_conduct', 'Turn off notes about school matters on a personal account'],
    // Every other kind is only paused for a day (from a fresh-eyes review: medium kinds were switched off for good).
    ['allegation', 'Pause notes about accusations against staff or pupils for a day'],
    ['abuse', 'Pause notes about personal attacks for a day'],
    ['naming_child', "Pause notes about naming other families' children for a day"],
    ['photo', 'Pause notes about photos or video of pupils or staff for a day'],
    ['impersonation', 'Pause notes about posting as the school for a day'],
    ['personal_info', "Pause notes about someone's personal details for a day"],
    ['confidential', 'Pause notes about confidential matters for a day'],
  ] as const)('says what the click does, naming the kind: %s', (category, name) => {
    const onMute = vi.fn();
    const host = cardFor([category], category === 'staff_conduct' ? 'staff' : 'parent', 'nudge', onMute);
    const link = host.querySelector<HTMLElement>('button.link');
    expect(link?.textContent).toBe(name);
    userClick(link);
    expect(onMute).toHaveBeenCalledWith(CATEGORY_SEVERITY[category] !== 'low', expect.any(Boolean));
  });

  it.each(['threat', 'hate'] as const)('is not offered under a note headed by %s, alone or with other concerns', (category) => {
    for (const categories of [[category], [category, 'complaint', 'abuse']] satisfies Category[][]) {
      const host = cardFor(categories, 'parent', 'nudge', vi.fn());
      expect(host.querySelector('.card')).not.toBeNull();
      expect(host.querySelector('button.link')).toBeNull();
      expect(host.textContent).not.toMatch(/Turn off|Pause notes/);
    }
  });

  it("names the headline's kind when the draft has several", () => {
    const host = cardFor(['complaint', 'naming_child', 'allegation'], 'parent', 'nudge', vi.fn());
    expect(host.querySelector('button.link')?.textContent).toBe('Pause notes about accusations against staff or pupils for a day');
  });

  it('after kinds were turned off, lists each where the link was, with its "Undo", then offers the next kind\'s link at once', () => {
    // "Mrs Patel's son Jake … keeps hitting other kids": accusations paused, the named child remains. From a
    // fresh-eyes review: the next kind's link came only after a keystroke, which also took away the first "Undo".
    const undoAllegation = vi.fn();
    const undoAbuse = vi.fn();
    const until = new Date(2025, 0, 16, 9, 0).getTime();
    const host = document.createElement('div');
    const reply: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, severity: 'medium', categories: ['naming_child'], findings: [finding('naming_child', 0, 8)] } };
    const turnedOff = [
      { category: 'allegation' as const, until, onUndo: undoAllegation },
      { category: 'abuse' as const, until, onUndo: undoAbuse },
    ];
    render(
      <Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onMute={vi.fn()} turnedOff={turnedOff} />,
      host,
    );
    expect(host.querySelector('.headline')?.textContent).toBe("This mentions another family's child");
    expect([...host.querySelectorAll('.turned-off p')].map((line) => line.textContent)).toEqual([
      'Paused notes about accusations against staff or pupils for a day, until Thu 16 Jan, 09:00. Undo',
      'Paused notes about personal attacks for a day, until Thu 16 Jan, 09:00. Undo',
      'You can turn them back on in the settings.',
    ]);
    // The remaining kind's own link, after the lines: a second click where the first link was lands on words.
    const link = host.querySelector('button[data-action="snooze"]');
    expect(link?.textContent).toBe("Pause notes about naming other families' children for a day");
    expect(host.querySelector('.turned-off')?.compareDocumentPosition(link as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    userClick(host.querySelector('button[data-action="undo"][data-category="abuse"]'));
    expect(undoAbuse).toHaveBeenCalledOnce();
    expect(undoAllegation).not.toHaveBeenCalled();
  });

  it('keeps the actions where the card first put them, when told (a note on screen)', () => {
    const host = document.createElement('div');
    const reply: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, severity: 'medium', categories: ['complaint', 'naming_child'], findings: [finding('naming_child', 0, 8), finding('complaint', 9, 12)] } };
    const actions = () => [...host.querySelectorAll('.actions button')].map((button) => button.getAttribute('data-action'));
    render(<Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} />, host);
    expect(actions()).toEqual(['edit', 'raise', 'dismiss']);
    render(<Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} raise="first" />, host);
    expect(actions()).toEqual(['raise', 'edit', 'dismiss']);
    expect(host.querySelector('.actions .primary')?.getAttribute('data-action')).toBe('raise');
  });

  it('is not offered when the school or trust sets which notes are shown', () => {
    const onMute = vi.fn();
    const host = document.createElement('div');
    const reply: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, severity: 'low', categories: ['complaint'], findings: [finding('complaint', 0, 8)] } };
    render(<Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onMute={onMute} />, host);
    expect(host.querySelector('button.link')?.textContent).toBe('Turn off notes about public complaints');
    render(
      <Nudge mode="nudge" reply={{ ...reply, categoriesLocked: true }} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onMute={onMute} />,
      host,
    );
    expect(host.querySelector('button.link')).toBeNull();
    expect(host.textContent).not.toContain('Turn off');
    // The rest of the note is as it was.
    expect([...host.querySelectorAll('.actions button')].map((button) => button.textContent)).toEqual(['Raise it with Bexton', 'Edit my post', 'Not now']);
  });

  it('gives way to a line saying why when the worker refused it by policy, and stays with a line when it failed otherwise', () => {
    const host = document.createElement('div');
    const reply: VerdictReply = { ...REPLY, verdict: { ...REPLY.verdict, severity: 'medium', categories: ['abuse'], findings: [finding('abuse', 0, 8)] } };
    const note = (muteRefused?: 'locked' | 'failed') =>
      render(
        <Nudge mode="nudge" reply={reply} draft={DRAFT} theme="light" onRaise={vi.fn()} onEdit={vi.fn()} onDismiss={vi.fn()} onMute={vi.fn()} {...(muteRefused ? { muteRefused } : {})} />,
        host,
      );
    note('locked');
    expect(host.querySelector('button.link')).toBeNull();
    expect(host.querySelector('.refused')?.textContent).toBe('Your school or trust has set which notes are shown.');
    expect(host.textContent).toContain('This could come across as a personal attack');
    note('failed');
    expect(host.querySelector('button.link')?.textContent).toBe('Pause notes about personal attacks for a day');
    expect(host.querySelector('.refused')?.textContent).toBe('That did not work, so nothing has changed.');
  });

  it('names the same kind, in the same words, as the confirmation that follows it', () => {
    for (const category of CATEGORIES) {
      const link = cardFor([category], 'staff', 'nudge', vi.fn()).querySelector('button.link')?.textContent;
      if (category === 'threat' || category === 'hate') {
        expect(link).toBeUndefined();
        continue;
      }
      const [, verb, named] = /^(Turn off|Pause) notes about (.+?)( for a day)?$/.exec(link ?? '') ?? [];
      const snooze = CATEGORY_SEVERITY[category] !== 'low';
      expect(verb).toBe(snooze ? 'Pause' : 'Turn off');
      const host = document.createElement('div');
      render(<Muted mode="muted" category={category} until={snooze ? Date.now() + 24 * 60 * 60_000 : null} draft="" theme="light" role="staff" onUndo={vi.fn()} onClose={vi.fn()} />, host);
      expect(named).toBeTruthy();
      expect(host.querySelector('.intro')?.textContent).toContain(`${snooze ? 'Paused notes about' : 'Turned off notes about'} ${named}${snooze ? ' for a day, until' : '.'}`);
    }
  });
});

describe('quotedWords', () => {
  it('merges overlapping findings into one quote', () => {
    const draft = 'Mr Bell is a total joke';
    expect(quotedWords(draft, [finding('abuse', 8, 23), finding('complaint', 13, 23)])).toEqual(['is a total joke']);
  });

  it("quotes the headline's category first, then the rest in the draft's order", () => {
    const draft = 'I have had enough. He is a liar and I will be waiting for him at the gate.';
    const at = (words: string, category: Category) => finding(category, draft.indexOf(words), draft.indexOf(words) + words.length);
    const findings = [at('have had enough', 'complaint'), at('a liar', 'allegation'), at('will be waiting for', 'threat')];
    expect(quotedWords(draft, findings, 'threat')).toEqual(['will be waiting for', 'have had enough', 'a liar']);
    expect(quotedWords(draft, findings)).toEqual(['have had enough', 'a liar', 'will be waiting for']);
  });

  it('quotes at most three places', () => {
    const draft = 'one two three four';
    const findings = [finding('abuse', 0, 3), finding('abuse', 4, 7), finding('abuse', 8, 13), finding('abuse', 14, 18)];
    expect(quotedWords(draft, findings)).toEqual(['one', 'two', 'three']);
  });
});

describe('leadCategory', () => {
  it('prefers the most severe category', () => {
    expect(leadCategory(['complaint', 'abuse', 'hate'])).toBe('hate');
    expect(leadCategory(['complaint'])).toBe('complaint');
    expect(leadCategory([])).toBeUndefined();
  });
});

describe('steadyRaisePlace', () => {
  it('keeps a note\'s actions where they were: a button shown stays put, and "Raise it" is added after "Edit my post"', () => {
    expect(steadyRaisePlace(undefined, 'second')).toBe('second');
    expect(steadyRaisePlace('first', 'second')).toBe('first');
    expect(steadyRaisePlace('first', 'none')).toBe('first');
    expect(steadyRaisePlace('second', 'first')).toBe('second');
    expect(steadyRaisePlace('none', 'first')).toBe('second');
    expect(steadyRaisePlace('none', 'none')).toBe('none');
  });
});
