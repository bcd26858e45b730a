/** The card's own styles, inside its shadow root so the site's CSS cannot reach it nor it the site. */
export const NUDGE_CSS = `
:host { all: initial; display: block; }
:host(:not(:popover-open):not([data-open])) { display: none; }
/* In a page's own flow (the practice composer), the card takes the width it is given and no more. */
:host([data-inline]) { margin-top: 12px; }
:host([data-inline]) .card { width: auto; max-width: 480px; }
/* Beside a site's composer, given another width to fit on screen (placement.ts): the width set on the host. */
:host([data-fitted]) .card { width: auto; }
.card {
  --bg: #ffffff; --fg: #1c2526; --muted: #4a5859; --border: #9bb5b5; --accent: #0b6e6e; --accent-fg: #ffffff;
  --low: #0b6e6e; --medium: #8a5a00; --high: #a3262a; --quote-bg: #eef5f5;
  box-sizing: border-box;
  width: min(480px, calc(100vw - 16px));
  padding: 10px 14px;
  border: 1px solid var(--border);
  border-left: 5px solid var(--tone);
  border-radius: 12px;
  background: var(--bg);
  color: var(--fg);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
  animation: appear 160ms ease-out;
}
.card[data-theme="dark"] {
  --bg: #15202b; --fg: #e7edf0; --muted: #b8c4c9; --border: #3d5466; --accent: #7fd1cf; --accent-fg: #0c1a1a;
  --low: #7fd1cf; --medium: #f0b955; --high: #ff8a8f; --quote-bg: #1e2f3c;
}
.card[data-severity="low"] { --tone: var(--low); }
.card[data-severity="medium"] { --tone: var(--medium); }
.card[data-severity="high"] { --tone: var(--high); }
@keyframes appear { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.brand { margin: 0 0 2px; font-size: 12px; color: var(--muted); }
.headline { margin: 0; font-size: 15px; font-weight: 700; }
.intro { margin: 2px 0 4px; }
.also { margin: 2px 0 4px; }
.noticed { margin: 0 0 4px; }
mark { background: transparent; color: inherit; font-weight: 600; text-decoration: underline 2px var(--tone); }
details { margin: 0 0 6px; }
summary { cursor: pointer; color: var(--accent); }
blockquote { margin: 6px 0 0; padding: 6px 10px; background: var(--quote-bg); border-radius: 6px; }
cite { display: block; margin-top: 4px; font-style: normal; font-size: 12px; color: var(--muted); }
.route { margin: 0 0 8px; font-size: 13px; color: var(--muted); }
button.link { margin-top: 6px; padding: 2px 0; border: 0; border-radius: 0; font-weight: 400; font-size: 13px;
  text-decoration: underline; background: transparent; color: var(--muted); }
.refused { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.turned-off { margin: 6px 0 0; font-size: 13px; }
.turned-off p { margin: 0 0 2px; }
.turned-off .later { color: var(--muted); }
.turned-off button.link { margin-top: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; font-weight: 600; padding: 6px 11px; border-radius: 999px; cursor: pointer;
  border: 1px solid var(--accent); background: transparent; color: var(--accent);
}
button.primary { background: var(--accent); color: var(--accent-fg); }
button:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;
