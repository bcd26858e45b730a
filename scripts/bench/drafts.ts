/**
 * The drafts every speed figure in `npm run bench` is taken on, ours and the peers' alike: cut from a mix of quiet
 * and breaching posts written for this benchmark (none from any corpus), repeated to length, starting at a
 * different place each time so no two drafts are the same text.
 */
export const MIX = [
  'Cake sale on Friday after school, all money goes to the library fund. Bring a tub if you can!',
  'Mrs Lambert in Year 3 is a useless old bag and everyone at the gate knows it.',
  'Does anyone know if the Year 5 swimming is still on this week? The letter says Thursday.',
  'The school has ignored three of my emails about the bus and nobody ever rings back. Not good enough.',
  'Huge thanks to the office team for finding my son’s coat, you are stars.',
  'If that teacher shouts at my daughter again he had better watch his back in the car park.',
  'This maths homework is killing me, I swear fractions were invented to punish parents.',
  'Poppy in 4B keeps taking my lad’s snacks, her mum needs to have a word with her.',
  'Proud of every child in the choir tonight, what a show.',
  'Heard one of the TAs has been signed off with stress, that is why the class keeps having supply.',
  'Made a page using the academy crest so the parents group looks official.',
  'Immigrants are vermin and should all be sent back, I can’t stand them.',
  'Parents evening at 5, then tea, then bed. Living the dream!',
  'Here is the head’s home address for anyone who wants to tell him what they think.',
  'Our new reading scheme is brilliant and the kids love the library visits.',
].join('\n');

export function draftOf(length: number, seed: number): string {
  const from = (seed * 97) % MIX.length;
  let text = '';
  while (text.length < length + from) text += `${MIX}\n`;
  return text.slice(from, from + length);
}

/** The value at quantile `q` (0 to 1) of an ascending list: the nearest-rank method. */
export function quantile(sorted: number[], q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] as number;
}
