/**
 * "1,000": thousands with commas, as en-GB writes them. Not `toLocaleString`: its first call sets up Intl, about
 * 10 ms that every fresh worker paid before its first verdict, for messages it rarely shows. A module of its own,
 * so the content script can use it without the packs' schema.
 */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
