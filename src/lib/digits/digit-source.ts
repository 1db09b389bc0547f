/**
 * Where the digit lab and code cells get the handwritten digits in a browser: the site's own
 * gzipped asset (written at build time by src/integrations/digits-asset.ts), below its base path.
 */

/** The asset's path below the site's base path. */
export const DIGITS_ASSET_PATH = 'data/digits-v1.bin';

/** The asset's URL for a base path such as `/` or `/neural-notebook/` (import.meta.env.BASE_URL). */
export function digitsUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${DIGITS_ASSET_PATH}`;
}

/** Gunzips bytes with the browser's (and Node's) built-in DecompressionStream. */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Downloads the asset and returns the bytes `decodeDigits` reads. The file is gzip data served as
 * is; if a server already decoded it (Content-Encoding), the bytes arrive plain and are used as they are.
 */
export async function fetchDigitBytes(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array> {
  const response = await fetchImpl(url);
  if (!response.ok) {
    throw new Error(
      `Could not download the digits from ${url}: ${response.status} ${response.statusText}`.trim(),
    );
  }
  const raw = new Uint8Array(await response.arrayBuffer());
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzip(raw) : raw;
}
