/**
 * How a draft gets from a nudge to the private-message page without leaving the browser or being kept (PRODUCT.md
 * §5). The worker puts it in storage.session (memory only, cleared when the browser closes, and out of content
 * scripts' reach) under a fresh random id and opens the page with only that id in its address; the page takes the
 * draft out at once, so afterwards nothing of it is stored anywhere.
 *
 * States of an entry: absent → handed over (the page is opening) → taken (removed). If the page cannot be opened,
 * the entry is removed there and then.
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { SpanSchema } from '../../protocol';

/** The private-message page (built from src/pages/raise/index.html). */
export const RAISE_PAGE = 'src/pages/raise/index.html';

const KEY_PREFIX = 'raise:';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const HandoffSchema = v.strictObject({
  draft: v.string(),
  packId: v.string(),
  threats: v.optional(v.array(SpanSchema)),
  safeguarding: v.optional(v.literal(true)),
});

/**
 * The draft as typed, the pack id of the school the nudge named ("generic" while none is chosen), where the note's
 * threat findings are in the draft, if any (see prefill.ts), and whether the note offered the school's safeguarding
 * route (Route.safeguarding) rather than its usual one.
 */
export type Handoff = v.InferOutput<typeof HandoffSchema>;

/** Keeps the draft for the page and opens it with `open(url)`; nothing is kept if the page cannot be opened. */
export async function handOver(handoff: Handoff, open: (url: string) => Promise<unknown>): Promise<void> {
  const id = crypto.randomUUID();
  const key = KEY_PREFIX + id;
  await browser.storage.session.set({ [key]: handoff });
  try {
    // The page's own address, then the id (the package script reads getURL's argument as a file the worker loads).
    await open(`${browser.runtime.getURL(RAISE_PAGE)}#${id}`);
  } catch (error) {
    await browser.storage.session.remove(key);
    throw error;
  }
}

/** The draft handed over under `id`, removed as it is read; null if there is none (already taken, or made up). */
export async function takeOver(id: string): Promise<Handoff | null> {
  if (!ID.test(id)) return null;
  const key = KEY_PREFIX + id;
  const items = await browser.storage.session.get(key);
  await browser.storage.session.remove(key);
  const parsed = v.safeParse(HandoffSchema, items[key]);
  return parsed.success ? parsed.output : null;
}
