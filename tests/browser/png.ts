// Minimal PNG reader for the browser tests: signature, size and RGBA pixels of the 8-bit, non-interlaced
// images Chromium writes (screenshots and canvas.toBlob).
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

export function isPng(buf: Uint8Array): boolean {
  return buf.length > 8 && SIGNATURE.every((b, i) => buf[i] === b);
}

export function pngSize(buf: Uint8Array): { width: number; height: number } {
  if (!isPng(buf)) throw new Error('not a PNG');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (String.fromCharCode(...buf.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function decodePng(buf: Uint8Array): DecodedPng {
  const { width, height } = pngSize(buf);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const bitDepth = buf[24];
  const colorType = buf[25];
  const interlace = buf[28];
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const channels = colorType === 6 ? 4 : 3;
  const chunks: Uint8Array[] = [];
  for (let pos = 8; pos < buf.length; ) {
    const len = view.getUint32(pos);
    const type = String.fromCharCode(...buf.subarray(pos + 4, pos + 8));
    if (type === 'IDAT') chunks.push(buf.subarray(pos + 8, pos + 8 + len));
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      let v = src[i]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = line[x * channels]!;
      out[o + 1] = line[x * channels + 1]!;
      out[o + 2] = line[x * channels + 2]!;
      out[o + 3] = channels === 4 ? line[x * channels + 3]! : 255;
    }
    prev.set(line);
  }
  return { width, height, pixels: out };
}

/** Share of opaque pixels that differ clearly from the background colour. */
export function inkRatio(img: DecodedPng, background: [number, number, number]): number {
  let ink = 0;
  let total = 0;
  for (let i = 0; i < img.pixels.length; i += 4) {
    if (img.pixels[i + 3]! < 128) continue;
    total++;
    const d = Math.abs(img.pixels[i]! - background[0]) + Math.abs(img.pixels[i + 1]! - background[1]) + Math.abs(img.pixels[i + 2]! - background[2]);
    if (d > 30) ink++;
  }
  return total ? ink / total : 0;
}

/** How many pixels are close to the colour (hex #rrggbb). */
export function colourCount(img: DecodedPng, hex: string, tolerance = 24): number {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  let n = 0;
  for (let i = 0; i < img.pixels.length; i += 4) {
    if (Math.abs(img.pixels[i]! - r) <= tolerance && Math.abs(img.pixels[i + 1]! - g) <= tolerance && Math.abs(img.pixels[i + 2]! - b) <= tolerance) n++;
  }
  return n;
}

/** Whether some pixels are close to the colour. */
export const hasColour = (img: DecodedPng, hex: string, tolerance = 24, minPixels = 8): boolean => colourCount(img, hex, tolerance) >= minPixels;
