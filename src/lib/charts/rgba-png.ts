/**
 * A small RGBA image as a PNG `data:` URL, made without a canvas (none exists at build time), so a
 * chart can draw a grid of coloured cells as one `<image>` element instead of one element a cell.
 * The pixels are stored uncompressed (deflate's "stored" blocks): for the few hundred pixels of a
 * heat map that costs a couple of kilobytes and needs no compression library.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...type].map((ch) => ch.charCodeAt(0)).concat(data));
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib data holding `raw` in stored (uncompressed) deflate blocks of at most 65,535 bytes. */
function zlibStored(raw: Uint8Array): number[] {
  const out = [0x78, 0x01];
  for (let at = 0; at === 0 || at < raw.length; at += 0xffff) {
    const block = raw.subarray(at, at + 0xffff);
    const last = at + 0xffff >= raw.length ? 1 : 0;
    out.push(last, block.length & 0xff, block.length >>> 8);
    out.push(~block.length & 0xff, (~block.length >>> 8) & 0xff, ...block);
  }
  return [...out, ...u32(adler32(raw))];
}

/**
 * `width` x `height` pixels, row by row from the top, four bytes each (red, green, blue, alpha;
 * not premultiplied), as `data:image/png;base64,…`.
 */
export function rgbaPngDataUrl(width: number, height: number, rgba: Uint8Array): string {
  if (rgba.length !== width * height * 4) {
    throw new Error(
      `Expected ${width * height * 4} bytes for ${width}x${height} RGBA, got ${rgba.length}`,
    );
  }
  // Each row starts with its filter type, 0 (none).
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let row = 0; row < height; row++) {
    raw.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * (1 + width * 4) + 1);
  }
  const header = [...u32(width), ...u32(height), 8, 6, 0, 0, 0]; // 8-bit RGBA, no interlace
  const png = [
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(raw)),
    ...chunk('IEND', []),
  ];
  let binary = '';
  for (const byte of png) binary += String.fromCharCode(byte);
  return `data:image/png;base64,${btoa(binary)}`;
}
