// @vitest-environment happy-dom
// What a parent or a member of staff reads on the note for a real draft: the school's pack and the user's settings,
// through the worker's handler and the engine, to the card as it renders.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createHandler } from '../../../src/background/handler';
import { Nudge } from '../../../src/content/nudge/Nudge';
import type { VerdictReply } from '../../../src/content/nudge/Nudge';
import type { Pack, Role } from '../../../src/engine/types';
import { buildOwnPack } from '../../../src/pages/options/own-pack';
import { defaultSettings, resolveSettings } from '../../../src/settings';
import type { Settings } from '../../../src/settings';

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

/** A personal pack as made before general guidance was marked: the general pack's clauses, copied as they were. */
function unmarked(pack: Pack): Pack {
  const rules = Object.fromEntries(
    Object.entries(pack.rules).map(([category, rule]) => {
      const { clause, staffClause, ...rest } = rule;
      const plain = ({ ref, quote: words }: { ref: string; quote: string }) => ({ ref, quote: words });
      return [category, { ...rest, clause: plain(clause), ...(staffClause ? { staffClause: plain(staffClause) } : {}) }];
    }),
  );
  return { ...pack, rules };
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

  it('says so before any school is chosen too, rather than citing "Your school"', async () => {
    const text = 'The head at this school never answers emails and the office staff are useless.';
    const note = noteFor(await replyFor(text, {}), text);
    expect(cite(note)).toBe('General guidance for any school');
  });
});
