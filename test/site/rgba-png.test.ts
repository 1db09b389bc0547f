import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { rgbaPngDataUrl } from '../../src/lib/charts/rgba-png';

/** The PNG's chunks, by type, with their CRC checked. */
function chunks(png: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    found.set(type, png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return found;
}

describe('rgbaPngDataUrl', () => {
  it('rgbaPngDataUrl(2, 2, pixels) is a PNG whose rows inflate back to the pixels', () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const url = rgbaPngDataUrl(2, 2, pixels);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(url.split(',')[1], 'base64');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    const header = parts.get('IHDR')!;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
      2, 2, 8, 6,
    ]);
    // zlib checks the stored blocks and the Adler-32 sum as it inflates.
    const raw = inflateSync(parts.get('IDAT')!);
    expect([...raw]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
    expect(parts.has('IEND')).toBe(true);
  });

  it('rgbaPngDataUrl refuses a buffer of the wrong size', () => {
    expect(() => rgbaPngDataUrl(2, 2, new Uint8Array(15))).toThrow(/Expected 16 bytes/);
  });
});
