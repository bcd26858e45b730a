/** FNV-1a over the UTF-16 code units of s[from, to), from `seed`: the one string hash the model's features and the token-id table share. */
export function hashRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
