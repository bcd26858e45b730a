/**
 * Writes the icons from the mark in src/pages/shared/mark.ts (a teal rounded square holding a white speech bubble
 * with a pause, the product's "think before you post"): assets/icon.svg, its source drawing, and the PNG sizes the
 * manifest names, drawn from the same shapes. Run: npx tsx scripts/icons.ts (a unit test fails when they are stale).
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MARK, markSvg } from '../src/pages/shared/mark';

const TEAL = [0x0b, 0x6e, 0x6e] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Which colour covers the point (u, v) of the unit square, or null for transparent: the shapes of MARK. */
function shade(u: number, v: number): readonly number[] | null {
  const x = u * MARK.size;
  const y = v * MARK.size;
  const r = MARK.corner;
  const dx = Math.max(r - x, 0, x - (MARK.size - r));
  const dy = Math.max(r - y, 0, y - (MARK.size - r));
  if (dx * dx + dy * dy > r * r) return null;
  if (MARK.bars.some((bar) => x > bar.x && x < bar.x + bar.width && y > bar.y && y < bar.y + bar.height)) return TEAL;
  const { cx, cy, rx, ry } = MARK.bubble;
  const inBubble = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
  return inBubble || inPolygon(x, y, MARK.tail) ? WHITE : TEAL;
}

/** Whether (x, y) is inside the polygon (even-odd rule). */
function inPolygon(x: number, y: number, points: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as readonly [number, number];
    const [xj, yj] = points[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The PNG icon of `size` pixels, each pixel sampled 4×4 times. */
function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0] ?? 0; g += c[1] ?? 0; b += c[2] ?? 0; a += 255;
        }
      }
      const n = samples * samples;
      const covered = a / 255 || 1;
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(r / covered);
      rgba[i + 1] = Math.round(g / covered);
      rgba[i + 2] = Math.round(b / covered);
      rgba[i + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, rgba);
}

/** The sizes the manifest names (toolbar 16 and 32, extensions page 48, store and install 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Every icon file, by its path under the repository: assets/icon.svg and assets/icon-SIZE.png. */
export function renderIcons(): Map<string, Buffer> {
  const out = new Map<string, Buffer>([['assets/icon.svg', Buffer.from(markSvg())]]);
  for (const size of ICON_SIZES) out.set(`assets/icon-${size}.png`, drawIcon(size));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [path, bytes] of renderIcons()) writeFileSync(new URL(`../${path}`, import.meta.url), bytes);
}
