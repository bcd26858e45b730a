/**
 * Draws the toolbar and store icons (assets/icon-{16,32,48,128}.png): a teal rounded square holding a white
 * speech bubble with a pause mark, the product's "think before you post". Run: npx tsx scripts/icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

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

/** Which colour covers the point (u, v) of the unit square, or null for transparent. */
function shade(u: number, v: number): readonly number[] | null {
  const r = 0.2;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  // Speech bubble: an ellipse with a tail at the lower left.
  const bx = (u - 0.5) / 0.33;
  const by = (v - 0.45) / 0.26;
  const inBubble = bx * bx + by * by <= 1;
  const inTail = v > 0.6 && v < 0.82 && u > 0.28 && u < 0.44 && u - 0.28 < (0.82 - v) * 0.8;
  if (inBubble || inTail) {
    // Two vertical bars: pause.
    const inBar = v > 0.34 && v < 0.56 && ((u > 0.4 && u < 0.46) || (u > 0.54 && u < 0.6));
    return inBar ? TEAL : WHITE;
  }
  return TEAL;
}

for (const size of [16, 32, 48, 128]) {
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
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), encodePng(size, rgba));
}
