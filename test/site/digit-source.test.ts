import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDigits, encodeDigits } from '../../engine/index.ts';
import { digitsUrl, fetchDigitBytes } from '../../src/lib/digits/digit-source';

const bytes = encodeDigits(new Uint8Array(2 * 784).fill(255), [5, 6], 1);
const serve = (body: Uint8Array, status = 200) =>
  (async () =>
    new Response(body as BodyInit, {
      status,
      statusText: status === 200 ? 'OK' : 'Not Found',
    })) as unknown as typeof fetch;

describe('digit source', () => {
  it('digitsUrl(base) puts the asset below the base path', () => {
    expect(digitsUrl('/')).toBe('/data/digits-v1.bin');
    expect(digitsUrl('/neural-notebook/')).toBe('/neural-notebook/data/digits-v1.bin');
    expect(digitsUrl('/neural-notebook')).toBe('/neural-notebook/data/digits-v1.bin');
  });

  it('fetchDigitBytes() gunzips the served file', async () => {
    const got = await fetchDigitBytes('/x', serve(gzipSync(bytes)));
    expect(decodeDigits(got).trainLabels).toEqual([5]);
  });

  it('fetchDigitBytes() takes bytes a server already decoded as they are', async () => {
    expect(await fetchDigitBytes('/x', serve(bytes))).toEqual(bytes);
  });

  it('fetchDigitBytes() says which URL failed and how', async () => {
    await expect(
      fetchDigitBytes('/data/digits-v1.bin', serve(new Uint8Array(), 404)),
    ).rejects.toThrow('Could not download the digits from /data/digits-v1.bin: 404 Not Found');
  });
});
