/**
 * The brand at the top of every extension page (popup, settings, welcome, practice): the mark and the name. The
 * mark is decoration (hidden from assistive technology); the name is text. On the popup the brand is the page's
 * heading; elsewhere it sits above the page's own heading.
 */
import { t } from '../../i18n';
import { BRAND_TEAL, MARK } from './mark';

function Mark() {
  const { size, corner, bubble, tail, bars } = MARK;
  return (
    <svg class="brand-mark" viewBox={`0 0 ${size} ${size}`} width="28" height="28" aria-hidden="true" focusable="false">
      <rect width={size} height={size} rx={corner} fill={BRAND_TEAL} />
      <ellipse cx={bubble.cx} cy={bubble.cy} rx={bubble.rx} ry={bubble.ry} fill="#ffffff" />
      <polygon points={tail.map(([x, y]) => `${x},${y}`).join(' ')} fill="#ffffff" />
      {bars.map((b) => (
        <rect key={b.x} x={b.x} y={b.y} width={b.width} height={b.height} fill={BRAND_TEAL} />
      ))}
    </svg>
  );
}

export function Brand({ heading = false }: { heading?: boolean }) {
  const name = <span class="brand-name">{t('extName')}</span>;
  return heading ? (
    <h1 class="brand">
      <Mark />
      {name}
    </h1>
  ) : (
    <p class="brand">
      <Mark />
      {name}
    </p>
  );
}
