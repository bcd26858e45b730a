// Dresses the fixture pages as a parent's everyday feed for the store pictures (nudge-look.test.ts): navigation, a
// header, people drawn as coloured initials, school-community posts with reactions and counts, and a drawn
// sports-day photo and cake-sale flyer. Everything is built here as DOM and CSS (no network, no image files), only in
// the store test's page: the fixture pages other tests drive keep their own wording. The composers stay the
// fixtures' own; only their surroundings are styled. No real site's logo is drawn.
import type { Page } from 'playwright-core';

/** A DOM tree the page builds: text, or [tag, attributes, ...children] (SVG tags inside <svg>). */
type Tree = string | [tag: string, attributes: Record<string, string>, ...children: Tree[]];

/** Where each piece goes: inserted relative to the first element matching `at`. */
interface Placement {
  at: string;
  where: 'prepend' | 'append' | 'before' | 'after';
  tree: Tree;
}

export type StoreSite = 'x' | 'facebook';

// ---- People and icons ----------------------------------------------------------------------------------------

/** The parent who is posting. */
const ME = { name: 'Rachel Moore', handle: '@rachmoore', initials: 'RM', colour: '#7c5cbf' };

const PEOPLE = {
  pta: { name: 'Bexton Primary PTA', handle: '@BextonPTA', initials: 'PTA', colour: '#e0527a' },
  priya: { name: 'Priya Shah', handle: '@priyashah', initials: 'PS', colour: '#2e8b57' },
  tom: { name: 'Tom Hughes', handle: '@tomhughes84', initials: 'TH', colour: '#d9822b' },
  laura: { name: 'Laura Bennett', handle: '@laurabennett', initials: 'LB', colour: '#3b82c4' },
  library: { name: 'Oakfield Library', handle: '@OakfieldLib', initials: 'OL', colour: '#56606b' },
  dan: { name: 'Dan Okafor', handle: '@danokafor', initials: 'DO', colour: '#9b59b6' },
  hannah: { name: 'Hannah Clarke', handle: '@hclarke', initials: 'HC', colour: '#c0392b' },
  marcus: { name: 'Marcus Reid', handle: '@marcusreid', initials: 'MR', colour: '#16a085' },
  aisha: { name: 'Aisha Begum', handle: '@aishab', initials: 'AB', colour: '#b8860b' },
  chloe: { name: 'Chloe Evans', handle: '@chloe_evans', initials: 'CE', colour: '#5d6dbe' },
  running: { name: 'Bexton Running Club', handle: '@BextonRC', initials: 'BR', colour: '#1f7a4d' },
} as const;

type Person = { name: string; handle: string; initials: string; colour: string };

function avatar(person: Person, size: number): Tree {
  const font = Math.round(size * (person.initials.length > 2 ? 0.3 : 0.4));
  return [
    'span',
    {
      class: 'st-avatar',
      'aria-hidden': 'true',
      style: `width:${size}px;height:${size}px;background:${person.colour};font-size:${font}px`,
    },
    person.initials,
  ];
}

/** Simple line icons on a 24×24 grid, drawn for this scene. */
const ICONS: Record<string, Tree[]> = {
  home: [['path', { d: 'M3 11l9-8 9 8v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z' }]],
  search: [['circle', { cx: '11', cy: '11', r: '7' }], ['path', { d: 'M16.5 16.5L21 21' }]],
  bell: [['path', { d: 'M6 17v-6a6 6 0 0 1 12 0v6l2 2H4z' }], ['path', { d: 'M10 21h4' }]],
  mail: [['rect', { x: '3', y: '5', width: '18', height: '14', rx: '2' }], ['path', { d: 'M3 7l9 6 9-6' }]],
  bookmark: [['path', { d: 'M6 3h12v18l-6-4-6 4z' }]],
  people: [
    ['circle', { cx: '9', cy: '8', r: '3.5' }],
    ['path', { d: 'M2 20c0-4 3-6 7-6s7 2 7 6' }],
    ['circle', { cx: '17', cy: '9', r: '2.5' }],
    ['path', { d: 'M17 14c3 0 5 2 5 5' }],
  ],
  person: [['circle', { cx: '12', cy: '8', r: '4' }], ['path', { d: 'M4 21c0-4.5 3.5-7 8-7s8 2.5 8 7' }]],
  more: [
    ['circle', { cx: '12', cy: '12', r: '9' }],
    ['path', { d: 'M8 12h.01M12 12h.01M16 12h.01' }],
  ],
  dots: [['path', { d: 'M5 12h.01M12 12h.01M19 12h.01' }]],
  image: [
    ['rect', { x: '3', y: '5', width: '18', height: '14', rx: '2' }],
    ['circle', { cx: '8.5', cy: '10', r: '1.5' }],
    ['path', { d: 'M21 16l-5-5-10 8' }],
  ],
  smile: [
    ['circle', { cx: '12', cy: '12', r: '9' }],
    ['path', { d: 'M8 14s1.5 2 4 2 4-2 4-2M9 9.5h.01M15 9.5h.01' }],
  ],
  calendar: [
    ['rect', { x: '3', y: '5', width: '18', height: '16', rx: '2' }],
    ['path', { d: 'M3 10h18M8 3v4M16 3v4' }],
  ],
  pin: [['path', { d: 'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11z' }], ['circle', { cx: '12', cy: '10', r: '2.5' }]],
  poll: [['path', { d: 'M4 6h10M4 12h16M4 18h7' }]],
  reply: [['path', { d: 'M12 4c5 0 9 3 9 7s-4 7-9 7c-1 0-2-.1-3-.4L4 20l1.3-4C4.5 14.6 3 13 3 11c0-4 4-7 9-7z' }]],
  repost: [['path', { d: 'M4 9l3-3 3 3M7 6v9a2 2 0 0 0 2 2h6M20 15l-3 3-3-3M17 18V9a2 2 0 0 0-2-2H9' }]],
  heart: [['path', { d: 'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.5A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11z' }]],
  views: [['path', { d: 'M5 20v-8M10 20V6M15 20v-9M20 20V9' }]],
  share: [['path', { d: 'M12 3v12M7 8l5-5 5 5M5 14v6h14v-6' }]],
  like: [
    [
      'path',
      { d: 'M7 10v10H4V10zM7 10l4-7c1.5 0 2.6 1 2.3 2.6L12.6 9H19a2 2 0 0 1 2 2.3l-1.3 7a2 2 0 0 1-2 1.7H7' },
    ],
  ],
  video: [['rect', { x: '3', y: '6', width: '13', height: '12', rx: '2' }], ['path', { d: 'M16 10l5-3v10l-5-3' }]],
  store: [['path', { d: 'M4 9l1.5-5h13L20 9M4 9v11h16V9M4 9h16M9 20v-6h6v6' }]],
  grid: [
    [
      'path',
      { d: 'M5 5h.01M12 5h.01M19 5h.01M5 12h.01M12 12h.01M19 12h.01M5 19h.01M12 19h.01M19 19h.01' },
    ],
  ],
  chat: [['path', { d: 'M12 3c5 0 9 3.6 9 8s-4 8-9 8c-1.2 0-2.3-.2-3.3-.5L4 20l1.2-3.6C3.8 15 3 13.1 3 11c0-4.4 4-8 9-8z' }]],
  globe: [['circle', { cx: '12', cy: '12', r: '9' }], ['path', { d: 'M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18' }]],
  gift: [['path', { d: 'M4 11h16v9H4zM3 7h18v4H3zM12 7v13M12 7c-2-4-6-3-5 0M12 7c2-4 6-3 5 0' }]],
  clock: [['circle', { cx: '12', cy: '12', r: '9' }], ['path', { d: 'M12 7v5l3 2' }]],
  flag: [['path', { d: 'M5 21V4M5 4h11l-2 4 2 4H5' }]],
  caret: [['path', { d: 'M7 10l5 5 5-5' }]],
  tag: [['path', { d: 'M3 12V4h8l10 10-8 8zM7.5 8h.01' }]],
};

function icon(name: keyof typeof ICONS, size = 24, extra: Record<string, string> = {}): Tree {
  return [
    'svg',
    {
      viewBox: '0 0 24 24',
      width: String(size),
      height: String(size),
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '1.9',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      ...extra,
    },
    ...(ICONS[name] ?? []),
  ];
}

// ---- Drawn pictures ------------------------------------------------------------------------------------------

/** A sports-day photo: a field, the track's lanes, bunting, children running in house colours. */
function sportsDayPicture(): Tree {
  const runner = (x: number, y: number, shirt: string, scale: number): Tree => [
    'g',
    { transform: `translate(${x} ${y}) scale(${scale})` },
    ['circle', { cx: '0', cy: '-46', r: '9', fill: '#8d5a3b' }],
    ['rect', { x: '-9', y: '-36', width: '18', height: '26', rx: '6', fill: shirt }],
    ['path', { d: 'M-5 -10l-10 22M5 -10l9 20', stroke: '#2b2b2b', 'stroke-width': '6', 'stroke-linecap': 'round' }],
    ['path', { d: 'M-8 -30l-12 12M8 -30l12 -8', stroke: '#8d5a3b', 'stroke-width': '5', 'stroke-linecap': 'round' }],
  ];
  const flags = ['#e74c3c', '#f1c40f', '#3498db', '#2ecc71', '#9b59b6', '#e67e22'];
  const bunting: Tree[] = [];
  for (let i = 0; i < 15; i++) {
    const x = 10 + i * 40;
    bunting.push(['path', { d: `M${x} ${20 + (i % 2) * 3}l16 0l-8 20z`, fill: flags[i % flags.length] ?? '#e74c3c' }]);
  }
  return [
    'svg',
    { viewBox: '0 0 600 300', width: '100%', preserveAspectRatio: 'xMidYMid slice', 'aria-hidden': 'true' },
    [
      'defs',
      {},
      [
        'linearGradient',
        { id: 'st-sky', x1: '0', y1: '0', x2: '0', y2: '1' },
        ['stop', { offset: '0', 'stop-color': '#8fc9f2' }],
        ['stop', { offset: '1', 'stop-color': '#d8eefc' }],
      ],
    ],
    ['rect', { width: '600', height: '300', fill: 'url(#st-sky)' }],
    ['circle', { cx: '520', cy: '60', r: '26', fill: '#fff6c2' }],
    ['path', { d: 'M0 130c60-22 120-24 180-12s120 10 180-6 160-18 240 4V160H0z', fill: '#4f8a3c' }],
    ['circle', { cx: '70', cy: '118', r: '26', fill: '#3f7a32' }],
    ['circle', { cx: '105', cy: '112', r: '20', fill: '#467f36' }],
    ['circle', { cx: '430', cy: '115', r: '24', fill: '#3f7a32' }],
    ['rect', { x: '230', y: '96', width: '110', height: '40', fill: '#c9b79c' }],
    ['path', { d: 'M222 98l63-26 63 26z', fill: '#a0522d' }],
    ['rect', { x: '0', y: '140', width: '600', height: '160', fill: '#6fb04f' }],
    [
      'path',
      {
        d: 'M0 300L170 140M120 300L230 140M240 300L290 140M360 300L350 140M480 300L410 140M600 300L470 140',
        stroke: '#f4f8ee',
        'stroke-width': '4',
      },
    ],
    ['path', { d: 'M0 20 C150 44 450 44 600 20', stroke: '#555', 'stroke-width': '1.5', fill: 'none' }],
    ...bunting,
    runner(190, 250, '#e74c3c', 1.2),
    runner(300, 262, '#3498db', 1.3),
    runner(410, 246, '#f1c40f', 1.15),
    ['rect', { x: '545', y: '150', width: '6', height: '150', fill: '#f4f8ee' }],
  ];
}

/** The PTA's cake-sale flyer. */
function cakeSaleFlyer(): Tree {
  const cupcake = (x: number, y: number, icing: string, paper: string): Tree => [
    'g',
    { transform: `translate(${x} ${y})` },
    ['path', { d: 'M-30 0h60l-9 42h-42z', fill: paper }],
    ['path', { d: 'M-22 4v36M-8 4v38M8 4v38M22 4v36', stroke: '#ffffff88', 'stroke-width': '3' }],
    ['path', { d: 'M-34 2c-6-20 10-30 18-28 4-16 28-16 32 0 10-2 24 10 18 28z', fill: icing }],
    ['circle', { cx: '0', cy: '-32', r: '7', fill: '#d62839' }],
  ];
  /** A centred line of the flyer; `font` is the CSS font shorthand. */
  const line = (y: number, colour: string, font: string, text: string): Tree => [
    'text',
    { x: '300', y: String(y), 'text-anchor': 'middle', fill: colour, style: `font: ${font}` },
    text,
  ];
  return [
    'svg',
    { viewBox: '0 0 600 300', width: '100%', 'aria-hidden': 'true' },
    ['rect', { width: '600', height: '300', fill: '#fde6ec' }],
    ['path', { d: 'M0 0h600v40H0z', fill: '#f7c6d4' }],
    line(105, '#b0305a', '700 54px Georgia, serif', 'Cake Sale!'),
    line(145, '#4a2b36', '22px Arial, sans-serif', 'Friday 3:15pm · School playground'),
    line(175, '#4a2b36', '17px Arial, sans-serif', 'All cakes 50p · Raising money for new library books'),
    cupcake(110, 230, '#fff1c9', '#7ec4cf'),
    cupcake(230, 236, '#f9b4c8', '#f2a65a'),
    cupcake(370, 236, '#c8e6a0', '#9d8ce0'),
    cupcake(490, 230, '#fbd3e0', '#7ec4cf'),
    line(292, '#b0305a', '14px Arial, sans-serif', 'Bexton Primary PTA'),
  ];
}

// ---- The X-like page -----------------------------------------------------------------------------------------

const X_CSS = `
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, "Liberation Sans", sans-serif; }
.app { justify-content: center; }
.app > header[role="banner"], section[aria-labelledby="timeline-heading"] { display: none; }
.st-avatar { flex: none; display: inline-grid; place-items: center; border-radius: 50%; color: #fff; font-weight: 700;
  letter-spacing: .02em; font-family: Arial, "Liberation Sans", sans-serif; }
.st-xnav { width: 250px; padding: 4px 12px; box-sizing: border-box; display: flex; flex-direction: column; height: 100vh;
  position: sticky; top: 0; }
.st-xnav a { display: flex; align-items: center; gap: 18px; padding: 11px 12px; font-size: 19px; color: #0f1419;
  text-decoration: none; border-radius: 999px; }
.st-xnav a.on { font-weight: 700; }
.st-xnav .st-mark { width: 30px; height: 30px; margin: 8px 12px 2px; border-radius: 9px; background: #0f1419; display: grid;
  place-items: center; color: #fff; }
.st-badge { position: relative; display: inline-flex; }
.st-badge b { position: absolute; top: -6px; right: -7px; min-width: 16px; height: 16px; border-radius: 8px; background: #1d9bf0;
  color: #fff; font-size: 11px; line-height: 16px; text-align: center; border: 1px solid #fff; }
.st-xnav .st-post { margin-top: 14px; justify-content: center; background: #0f1419; color: #fff; font-weight: 700; font-size: 17px; padding: 14px; }
.st-xnav .st-me { margin-top: auto; margin-bottom: 12px; display: flex; align-items: center; gap: 10px; padding: 10px; font-size: 15px; }
.st-me span.st-who { display: flex; flex-direction: column; line-height: 1.25; }
.st-muted { color: #536471; font-weight: 400; }
main { border-inline: 1px solid #eff3f4; }
.st-tabs { display: flex; border-bottom: 1px solid #eff3f4; position: sticky; top: 0; background: rgb(255 255 255 / 90%); z-index: 1; }
.st-tabs div { flex: 1; text-align: center; padding: 16px 0 0; font-size: 15px; color: #536471; }
.st-tabs div span { display: inline-block; padding-bottom: 13px; }
.st-tabs div.on { color: #0f1419; font-weight: 700; }
.st-tabs div.on span { border-bottom: 4px solid #1d9bf0; padding-bottom: 9px; }
.composer { position: relative; padding: 4px 16px 12px 68px; }
.composer::before { content: "${ME.initials}"; position: absolute; left: 16px; top: 14px; width: 40px; height: 40px; border-radius: 50%;
  background: ${ME.colour}; color: #fff; font: 700 16px/40px Arial, "Liberation Sans", sans-serif; text-align: center; }
.composer .toolbar { align-items: center; border-top: 1px solid #eff3f4; margin-top: 4px; }
.composer .toolbar::before { content: ""; margin-right: auto; width: 200px; height: 20px; background: var(--st-tools) no-repeat left center; }
.composer .toolbar [data-testid="addButton"] { background: #fff; color: #1d9bf0; border: 1px solid #cfd9de; width: 30px; height: 30px;
  padding: 0; font-size: 18px; line-height: 1; }
.composer .toolbar [data-testid="tweetButtonInline"] { padding: 9px 18px; font-size: 15px; }
.st-tweet { display: flex; gap: 12px; padding: 12px 16px 6px; border-bottom: 1px solid #eff3f4; font-size: 15px; line-height: 1.35; color: #0f1419; }
.st-tweet .st-body { flex: 1; min-width: 0; }
.st-tweet p { margin: 2px 0 0; }
.st-tweet .st-media { margin-top: 10px; border: 1px solid #cfd9de; border-radius: 16px; overflow: hidden; line-height: 0; }
.st-tweet .st-acts { display: flex; justify-content: space-between; max-width: 430px; color: #536471; font-size: 13px; margin: 8px 0 4px; }
.st-tweet .st-acts span { display: inline-flex; align-items: center; gap: 6px; }
.st-tweet .st-liked { color: #f91880; }
.st-aside { width: 350px; margin-left: 28px; padding-top: 6px; }
.st-search { display: flex; align-items: center; gap: 12px; background: #eff3f4; border-radius: 999px; padding: 11px 18px; color: #536471; font-size: 15px; }
.st-card { border: 1px solid #eff3f4; border-radius: 16px; margin-top: 14px; overflow: hidden; }
.st-card h2 { font-size: 20px; margin: 0; padding: 12px 16px; }
.st-trend { padding: 10px 16px; font-size: 13px; color: #536471; line-height: 1.4; }
.st-trend b { display: block; color: #0f1419; font-size: 15px; }
.st-follow { display: flex; align-items: center; gap: 10px; padding: 10px 16px; font-size: 15px; line-height: 1.3; }
.st-follow .st-who { flex: 1; display: flex; flex-direction: column; }
.st-follow .st-btn { background: #0f1419; color: #fff; font-weight: 700; font-size: 14px; border-radius: 999px; padding: 7px 16px; }
.st-more { color: #1d9bf0; font-size: 15px; padding: 14px 16px; }
`;

/** The composer's media tools (photo, GIF, poll, emoji, schedule, location), as one drawn strip. */
function xToolStrip(): string {
  const paths = [
    'M3 5h18v14H3zM8.5 10h.01M21 16l-5-5-10 8',
    'M4 6h16v12H4zM9 10H7v4h2v-1.5M12 10v4M15 14v-4h2.5M15 12h2',
    'M4 6h10M4 12h16M4 18h7',
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 14s1.5 2 4 2 4-2 4-2M9 9.5h.01M15 9.5h.01',
    'M3 5h18v16H3zM3 10h18M8 3v4M16 3v4',
    'M12 21s-7-6-7-11a7 7 0 0 1 14 0c0 5-7 11-7 11zM12 8a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  ];
  const groups = paths
    .map((d, i) => `<g transform="translate(${i * 34} 0)"><path d="${d}"/></g>`)
    .join('');
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20" viewBox="0 0 240 24" fill="none" ' +
    `stroke="#1d9bf0" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round">${groups}</svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

function tweet(person: Person, time: string, text: string, counts: [string, string, string, string], media?: Tree, liked = false): Tree {
  const [replies, reposts, likes, views] = counts;
  const body: Tree[] = [
    ['div', {}, ['b', {}, person.name], ' ', ['span', { class: 'st-muted' }, `${person.handle} · ${time}`]],
    ['p', {}, text],
  ];
  if (media) body.push(['div', { class: 'st-media' }, media]);
  body.push([
    'div',
    { class: 'st-acts' },
    ['span', {}, icon('reply', 18), replies],
    ['span', {}, icon('repost', 18), reposts],
    ['span', liked ? { class: 'st-liked' } : {}, icon('heart', 18, liked ? { fill: 'currentColor' } : {}), likes],
    ['span', {}, icon('views', 18), views],
    ['span', {}, icon('share', 18)],
  ]);
  return ['article', { class: 'st-tweet' }, avatar(person, 40), ['div', { class: 'st-body' }, ...body]];
}

function xScene(): Placement[] {
  const navItem = (name: keyof typeof ICONS, label: string, on = false, badge?: string): Tree => [
    'a',
    { href: '#', class: on ? 'on' : '' },
    badge ? ['span', { class: 'st-badge' }, icon(name, 26), ['b', {}, badge]] : icon(name, 26, on ? { 'stroke-width': '2.4' } : {}),
    label,
  ];
  const nav: Tree = [
    'div',
    { class: 'st-xnav', 'aria-hidden': 'true' },
    ['div', { class: 'st-mark' }, icon('chat', 18, { 'stroke-width': '2.4' })],
    navItem('home', 'Home', true),
    navItem('search', 'Explore'),
    navItem('bell', 'Notifications', false, '3'),
    navItem('mail', 'Messages'),
    navItem('bookmark', 'Bookmarks'),
    navItem('people', 'Communities'),
    navItem('person', 'Profile'),
    navItem('more', 'More'),
    ['a', { href: '#', class: 'st-post' }, 'Post'],
    [
      'div',
      { class: 'st-me' },
      avatar(ME, 40),
      ['span', { class: 'st-who' }, ['b', {}, ME.name], ['span', { class: 'st-muted' }, ME.handle]],
    ],
  ];
  const tabs: Tree = [
    'div',
    { class: 'st-tabs', 'aria-hidden': 'true' },
    ['div', {}, ['span', {}, 'For you']],
    ['div', { class: 'on' }, ['span', {}, 'Following']],
  ];
  const feed: Tree = [
    'div',
    { class: 'st-feed', 'aria-hidden': 'true' },
    tweet(
      PEOPLE.tom,
      '38m',
      'Has anyone picked up a navy PE bag with a red name tag? Left on the bench by the Year 3 gate after football club. Trainers and a water bottle in it.',
      ['4', '9', '12', '486'],
    ),
    tweet(
      PEOPLE.priya,
      '2h',
      'Sports day in the sunshine! Year 4 relay team, you were unstoppable. Thank you to every teacher and volunteer who made it happen.',
      ['11', '6', '87', '2.1K'],
      sportsDayPicture(),
      true,
    ),
    tweet(
      PEOPLE.pta,
      '4h',
      'Cake sale this Friday at pick-up! Donations to the school office by Thursday please, labelled if they contain nuts.',
      ['7', '15', '42', '1.3K'],
      cakeSaleFlyer(),
    ),
  ];
  const trend = (context: string, name: string, count: string): Tree => [
    'div',
    { class: 'st-trend' },
    context,
    ['b', {}, name],
    count,
  ];
  const follow = (person: Person): Tree => [
    'div',
    { class: 'st-follow' },
    avatar(person, 40),
    ['span', { class: 'st-who' }, ['b', {}, person.name], ['span', { class: 'st-muted' }, person.handle]],
    ['span', { class: 'st-btn' }, 'Follow'],
  ];
  const aside: Tree = [
    'aside',
    { class: 'st-aside', 'aria-hidden': 'true' },
    ['div', { class: 'st-search' }, icon('search', 18), 'Search'],
    [
      'div',
      { class: 'st-card' },
      ['h2', {}, 'What’s happening'],
      trend('Trending in United Kingdom', 'Half-term', '12.4K posts'),
      trend('Local · Trending', 'Bexton summer fair', '1,208 posts'),
      trend('Weather · Trending', 'Heatwave', '48.9K posts'),
      trend('Sport · Trending', 'Sports day', '3,210 posts'),
      ['div', { class: 'st-more' }, 'Show more'],
    ],
    [
      'div',
      { class: 'st-card' },
      ['h2', {}, 'Who to follow'],
      follow(PEOPLE.library),
      follow(PEOPLE.running),
      ['div', { class: 'st-more' }, 'Show more'],
    ],
  ];
  return [
    { at: '.app > main', where: 'before', tree: nav },
    { at: '.app > main', where: 'after', tree: aside },
    { at: '.app > main', where: 'prepend', tree: tabs },
    { at: '[data-testid="primaryColumn"]', where: 'append', tree: feed },
  ];
}

// ---- The Facebook-like page ----------------------------------------------------------------------------------

const FACEBOOK_CSS = `
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, "Liberation Sans", sans-serif; background: #f0f2f5; }
#mount_0_0 > [role="banner"], .shortcuts, [role="feed"] > [role="article"] { display: none; }
.st-avatar { flex: none; display: inline-grid; place-items: center; border-radius: 50%; color: #fff; font-weight: 700;
  letter-spacing: .02em; font-family: Arial, "Liberation Sans", sans-serif; }
.st-top { position: sticky; top: 0; z-index: 1; height: 56px; background: #2d6cdf; display: flex; align-items: center;
  padding: 0 16px; gap: 10px; color: #fff; box-shadow: 0 1px 2px rgb(0 0 0 / 20%); }
.st-top .st-mark { width: 40px; height: 40px; border-radius: 50%; background: #fff; color: #2d6cdf; display: grid; place-items: center; }
.st-top .st-search { display: flex; align-items: center; gap: 8px; width: 220px; height: 40px; border-radius: 20px;
  background: rgb(255 255 255 / 22%); padding: 0 14px; box-sizing: border-box; font-size: 15px; color: #eef3ff; }
.st-top .st-tabs { flex: 1; display: flex; justify-content: center; gap: 8px; height: 100%; }
.st-top .st-tabs span { width: 110px; display: grid; place-items: center; color: #dbe6ff; border-bottom: 3px solid transparent; }
.st-top .st-tabs span.on { color: #fff; border-bottom-color: #fff; }
.st-top .st-round { width: 40px; height: 40px; border-radius: 50%; background: rgb(255 255 255 / 22%); display: grid; place-items: center; position: relative; }
.st-top .st-round b { position: absolute; top: -4px; right: -4px; background: #e41e3f; color: #fff; font-size: 12px; border-radius: 10px;
  min-width: 19px; height: 19px; line-height: 19px; text-align: center; }
.page { justify-content: space-between; gap: 24px; }
.page [role="main"] { flex: 0 1 590px; }
.feed { margin: 16px auto; }
.st-left, .st-right { width: 300px; padding: 12px 8px; box-sizing: border-box; font-size: 15px; color: #050505; }
.st-row { display: flex; align-items: center; gap: 12px; padding: 8px; border-radius: 8px; font-weight: 500; }
.st-dot { width: 36px; height: 36px; border-radius: 50%; display: grid; place-items: center; color: #fff; flex: none; }
.st-left hr, .st-right hr { border: 0; border-top: 1px solid #ced0d4; margin: 8px 8px; }
.st-head { color: #65676b; font-weight: 600; font-size: 16px; padding: 6px 8px; }
.st-grp { width: 36px; height: 36px; border-radius: 8px; display: grid; place-items: center; color: #fff; font-weight: 700; font-size: 13px; flex: none; }
.st-online { position: relative; }
.st-online::after { content: ""; position: absolute; right: -1px; bottom: -1px; width: 10px; height: 10px; border-radius: 50%; background: #31a24c;
  border: 2px solid #f0f2f5; }
.composer-entry { padding: 12px 16px 6px; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.composer-entry .composer-button { flex: 1; padding: 10px 14px; font-size: 16px; }
.st-tools { flex-basis: 100%; display: flex; border-top: 1px solid #e4e6eb; margin-top: 12px; padding-top: 4px; }
.st-tools span { flex: 1; display: flex; align-items: center; justify-content: center; gap: 8px; padding: 8px; color: #65676b; font-weight: 600; font-size: 15px; }
.st-post { background: #fff; border-radius: 8px; margin-bottom: 16px; box-shadow: 0 1px 2px rgb(0 0 0 / 20%); font-size: 15px; color: #050505; }
.st-post .st-by { display: flex; gap: 10px; padding: 12px 16px 0; align-items: center; line-height: 1.3; }
.st-post .st-by small { display: flex; align-items: center; gap: 4px; color: #65676b; font-size: 13px; }
.st-post p { margin: 10px 16px 12px; line-height: 1.35; }
.st-post .st-pic { line-height: 0; }
.st-post .st-counts { display: flex; justify-content: space-between; align-items: center; color: #65676b; margin: 10px 16px; font-size: 15px; }
.st-react { display: inline-flex; align-items: center; gap: 6px; }
.st-react i { width: 18px; height: 18px; border-radius: 50%; display: inline-grid; place-items: center; color: #fff; border: 1px solid #fff; }
.st-react i + i { margin-left: -10px; }
.st-post .st-acts { display: flex; border-top: 1px solid #ced0d4; margin: 0 16px; padding: 4px 0; }
.st-post .st-acts span { flex: 1; display: flex; gap: 8px; align-items: center; justify-content: center; padding: 6px; color: #65676b; font-weight: 600; }
.layer { background: rgb(255 255 255 / 42%); place-items: start center; padding-top: 74px; box-sizing: border-box; }
[role="dialog"] .dialog-header { display: flow-root; }
[role="dialog"] .st-author { display: flex; align-items: center; gap: 10px; margin: 16px 16px 0; font-weight: 600; font-size: 15px; }
[role="dialog"] .st-author .st-who { display: flex; flex-direction: column; gap: 3px; }
[role="dialog"] .st-audience { display: inline-flex; align-items: center; gap: 4px; background: #e4e6eb; border-radius: 6px; padding: 2px 8px;
  font-size: 13px; color: #050505; }
[role="dialog"] .st-add { display: flex; align-items: center; justify-content: space-between; margin: 0 16px; border: 1px solid #ced0d4;
  border-radius: 8px; padding: 8px 12px 8px 16px; font-weight: 600; font-size: 15px; }
[role="dialog"] .st-add span { display: flex; gap: 6px; }
`;

function fbPost(
  person: Person,
  where: string,
  time: string,
  text: string,
  reactions: { who: string; comments: string; shares: string },
  picture?: Tree,
): Tree {
  const parts: Tree[] = [
    [
      'div',
      { class: 'st-by' },
      avatar(person, 40),
      [
        'div',
        { style: 'flex:1' },
        ['b', {}, person.name],
        where ? ['span', { class: 'st-muted', style: 'font-weight:600;color:#050505' }, ` ▸ ${where}`] : '',
        ['small', {}, time, ' · ', icon('globe', 12)],
      ],
      ['span', { style: 'color:#65676b' }, icon('dots', 22)],
    ],
    ['p', {}, text],
  ];
  if (picture) parts.push(['div', { class: 'st-pic' }, picture]);
  parts.push(
    [
      'div',
      { class: 'st-counts' },
      [
        'span',
        { class: 'st-react' },
        ['i', { style: 'background:#2d6cdf' }, icon('like', 11, { 'stroke-width': '2.6' })],
        ['i', { style: 'background:#f33e58' }, icon('heart', 11, { fill: 'currentColor', 'stroke-width': '0' })],
        reactions.who,
      ],
      ['span', {}, `${reactions.comments} comments · ${reactions.shares} shares`],
    ],
    [
      'div',
      { class: 'st-acts' },
      ['span', {}, icon('like', 20), 'Like'],
      ['span', {}, icon('reply', 20), 'Comment'],
      ['span', {}, icon('share', 20), 'Share'],
    ],
  );
  return ['div', { class: 'st-post' }, ...parts];
}

function facebookScene(): Placement[] {
  const round = (name: keyof typeof ICONS, badge?: string): Tree => [
    'span',
    { class: 'st-round' },
    icon(name, 20),
    ...(badge ? [['b', {}, badge] as Tree] : []),
  ];
  const top: Tree = [
    'div',
    { class: 'st-top', 'aria-hidden': 'true' },
    ['span', { class: 'st-mark' }, icon('people', 24, { 'stroke-width': '2.4' })],
    ['span', { class: 'st-search' }, icon('search', 16), 'Search'],
    [
      'span',
      { class: 'st-tabs' },
      ['span', { class: 'on' }, icon('home', 26)],
      ['span', {}, icon('video', 26)],
      ['span', {}, icon('store', 26)],
      ['span', {}, icon('people', 26)],
    ],
    round('grid'),
    round('chat', '2'),
    round('bell', '4'),
    avatar(ME, 40),
  ];
  const dotRow = (name: keyof typeof ICONS, colour: string, label: string): Tree => [
    'div',
    { class: 'st-row' },
    ['span', { class: 'st-dot', style: `background:${colour}` }, icon(name, 20)],
    label,
  ];
  const group = (initials: string, colour: string, label: string): Tree => [
    'div',
    { class: 'st-row' },
    ['span', { class: 'st-grp', style: `background:${colour}` }, initials],
    label,
  ];
  const left: Tree = [
    'div',
    { class: 'st-left', 'aria-hidden': 'true' },
    ['div', { class: 'st-row' }, avatar(ME, 36), ME.name],
    dotRow('people', '#3b82c4', 'Friends'),
    dotRow('clock', '#2c9bb3', 'Memories'),
    dotRow('bookmark', '#9b59b6', 'Saved'),
    dotRow('people', '#2d6cdf', 'Groups'),
    dotRow('video', '#1f8fd1', 'Video'),
    dotRow('store', '#2c9bb3', 'Marketplace'),
    dotRow('calendar', '#e0527a', 'Events'),
    ['hr', {}],
    ['div', { class: 'st-head' }, 'Your shortcuts'],
    group('BP', '#e0527a', 'Bexton Primary Parents'),
    group('PTA', '#d9822b', 'Bexton PTA Volunteers'),
    group('BR', '#1f7a4d', 'Bexton Running Club'),
  ];
  const contact = (person: Person, online: boolean): Tree => [
    'div',
    { class: 'st-row' },
    ['span', { class: online ? 'st-online' : '' }, avatar(person, 36)],
    person.name,
  ];
  const right: Tree = [
    'div',
    { class: 'st-right', 'aria-hidden': 'true' },
    ['div', { class: 'st-head' }, 'Birthdays'],
    [
      'div',
      { class: 'st-row', style: 'font-weight:400' },
      ['span', { style: 'color:#e0527a' }, icon('gift', 30)],
      ['span', {}, ['b', {}, 'Laura Bennett'], '’s birthday is today.'],
    ],
    ['hr', {}],
    ['div', { class: 'st-head' }, 'Contacts'],
    contact(PEOPLE.priya, true),
    contact(PEOPLE.tom, false),
    contact(PEOPLE.laura, true),
    contact(PEOPLE.dan, true),
    contact(PEOPLE.hannah, false),
    contact(PEOPLE.marcus, true),
    contact(PEOPLE.aisha, false),
    contact(PEOPLE.chloe, true),
  ];
  const ask = avatar(ME, 40);
  const tools: Tree = [
    'div',
    { class: 'st-tools', 'aria-hidden': 'true' },
    ['span', {}, ['span', { style: 'color:#e42645;padding:0' }, icon('video', 22)], 'Live video'],
    ['span', {}, ['span', { style: 'color:#45bd62;padding:0' }, icon('image', 22)], 'Photo/video'],
    ['span', {}, ['span', { style: 'color:#f7b928;padding:0' }, icon('smile', 22)], 'Feeling/activity'],
  ];
  const posts: Tree = [
    'div',
    { class: 'st-feed', 'aria-hidden': 'true' },
    fbPost(
      PEOPLE.pta,
      '',
      '2h',
      'Cake sale this Friday at pick-up! Donations to the school office by Thursday please, labelled if they contain nuts. Thank you, bakers!',
      { who: 'Priya Shah and 41 others', comments: '12', shares: '9' },
      cakeSaleFlyer(),
    ),
    fbPost(
      PEOPLE.priya,
      'Bexton Primary Parents',
      '3h',
      'What a sports day! The Year 4 relay was the highlight. Thank you to the staff and every parent who helped with the water station.',
      { who: 'Tom Hughes and 57 others', comments: '23', shares: '2' },
      sportsDayPicture(),
    ),
    fbPost(
      PEOPLE.tom,
      'Bexton Primary Parents',
      '5h',
      'Has anyone picked up a navy PE bag with a red name tag? Left by the Year 3 gate after football club.',
      { who: 'Hannah Clarke and 6 others', comments: '8', shares: '3' },
    ),
  ];
  return [
    { at: '#mount_0_0', where: 'prepend', tree: top },
    { at: '.page', where: 'prepend', tree: left },
    { at: '.page', where: 'append', tree: right },
    { at: '.composer-entry', where: 'prepend', tree: ask },
    { at: '.composer-entry', where: 'append', tree: tools },
    { at: '[role="feed"]', where: 'append', tree: posts },
  ];
}

/** The Create post dialog's own parts around the (unchanged) editor: who is posting, to whom, and what to add. */
function facebookDialog(): Placement[] {
  const author: Tree = [
    'div',
    { class: 'st-author', 'aria-hidden': 'true' },
    avatar(ME, 40),
    [
      'span',
      { class: 'st-who' },
      ME.name,
      ['span', { class: 'st-audience' }, icon('people', 13), 'Friends', icon('caret', 13)],
    ],
  ];
  const addColours: [keyof typeof ICONS, string][] = [
    ['image', '#45bd62'],
    ['tag', '#1877f2'],
    ['smile', '#f7b928'],
    ['pin', '#f5533d'],
    ['flag', '#3ab0c2'],
  ];
  const add: Tree = [
    'div',
    { class: 'st-add', 'aria-hidden': 'true' },
    'Add to your post',
    ['span', {}, ...addColours.map(([name, colour]): Tree => ['span', { style: `color:${colour}` }, icon(name, 24)])],
  ];
  return [
    { at: '[role="dialog"] .dialog-header', where: 'after', tree: author },
    { at: '[role="dialog"] [aria-label="Post"][role="button"]', where: 'before', tree: add },
  ];
}

// ---- Putting it on the page ----------------------------------------------------------------------------------

function place(page: Page, placements: Placement[]): Promise<void> {
  // Sent as JSON: Playwright's argument types cannot follow the recursive Tree.
  return page.evaluate((json) => {
    const items = JSON.parse(json) as Placement[];
    const SVG = 'http://www.w3.org/2000/svg';
    const build = (tree: Tree, svg: boolean): Node => {
      if (typeof tree === 'string') return document.createTextNode(tree);
      const [tag, attributes, ...children] = tree;
      const inSvg = svg || tag === 'svg';
      const node = inSvg ? document.createElementNS(SVG, tag) : document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
      for (const child of children) node.append(build(child, inSvg));
      return node;
    };
    for (const { at, where, tree } of items) {
      const anchor = document.querySelector(at);
      if (!anchor) throw new Error(`store scene: nothing matches ${at}`);
      anchor[where](build(tree, false));
    }
  }, JSON.stringify(placements));
}

/** Dresses the page around the composer, before it is opened. */
export async function dressStoreScene(page: Page, site: StoreSite): Promise<void> {
  if (site === 'x') {
    await page.addStyleTag({ content: X_CSS.replace('var(--st-tools)', xToolStrip()) });
    await place(page, xScene());
  } else {
    await page.addStyleTag({ content: FACEBOOK_CSS });
    await place(page, facebookScene());
    // The feed's composer entry invites the parent by name, as the site does.
    await page
      .locator('.composer-entry .composer-button span')
      .evaluate((label, name) => (label.textContent = `What’s on your mind, ${name}?`), ME.name.split(' ')[0]);
  }
}

/** Dresses the open composer's surroundings (Facebook's dialog); the editor and its draft are left as they are. */
export async function dressStoreComposer(page: Page, site: StoreSite): Promise<void> {
  if (site === 'facebook') await place(page, facebookDialog());
}
