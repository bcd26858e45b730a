/**
 * A message with markup inside it, such as a link in a sentence: `t(key, SLOT)` marks where the markup goes in the
 * translated sentence, and `fillSlot` puts it there. Translators move the placeholder; the markup stays markup.
 */
import type { ComponentChildren } from 'preact';

/** A private-use character: never in a translation, never typed by a user. */
export const SLOT = '\uE000';

export function fillSlot(message: string, inner: ComponentChildren): ComponentChildren {
  const at = message.indexOf(SLOT);
  // A translation that lost its placeholder still shows the markup, after the sentence.
  if (at < 0) return <>{message} {inner}</>;
  return (
    <>
      {message.slice(0, at)}
      {inner}
      {message.slice(at + SLOT.length)}
    </>
  );
}
