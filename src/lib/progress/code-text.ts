/**
 * The text layer of completion codes: Crockford's base32 (digits and capitals without I, L, O, U,
 * read back case-insensitively with I and L as 1 and O as 0, the letters people misread) and a
 * CRC-32 to catch typos.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Bytes as base32 text, 5 bits a character, the last character padded with zero bits. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Base32 text back to bytes, or undefined if it holds a character outside the alphabet. */
export function fromBase32(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const raw of text.toUpperCase()) {
    const char = raw === 'I' || raw === 'L' ? '1' : raw === 'O' ? '0' : raw;
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(bytes);
}

/** The text as base32 would read it back: upper case, I and L as 1, O as 0. */
export function normalizeBase32(text: string): string {
  return text.toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

let table: Uint32Array | undefined;

/** CRC-32 (the one zip and PNG use) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = table[(crc ^ byte) & 255] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Four base32 characters (20 bits) of the CRC-32 of `text`. */
export function checkCharacters(text: string): string {
  const crc = crc32(text) & 0xfffff;
  return toBase32(Uint8Array.of(crc >> 12, (crc >> 4) & 255, (crc & 15) << 4)).slice(0, 4);
}
