import type { Answer } from './types';

/**
 * One answer as bytes in a completion code: a tag byte, then the value. A typed number is kept as
 * its decimal text, two characters a byte (0-9 . - e +), so the code holds what the student typed
 * (normalised: a comma or a minus sign read as the number it means).
 */
const TAG = { none: 0, choice: 1, number: 2, gate: 3, codeRight: 4, codeWrong: 5 } as const;
const NIBBLES = '0123456789.-e+';
const END = 15;

/** A typed number as the canonical text of the number it means, or undefined if it is none. */
export function canonicalNumber(text: string): string | undefined {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/,/g, '.');
  const value = cleaned === '' ? NaN : Number(cleaned);
  return Number.isFinite(value) ? String(value) : undefined;
}

/** Appends one answer (or none) to `out`; `right` is kept only for code exercises. */
export function writeAnswer(out: number[], answer: Answer | undefined, right: boolean) {
  if (!answer) out.push(TAG.none);
  else if (answer.kind === 'choice') out.push(TAG.choice, Math.min(answer.index, 255));
  else if (answer.kind === 'gate')
    out.push(
      TAG.gate,
      ...answer.w.map((w) => Math.max(-127, Math.min(127, Math.round(w * 10))) & 255),
    );
  else if (answer.kind === 'code') out.push(right ? TAG.codeRight : TAG.codeWrong);
  else {
    const text = canonicalNumber(answer.text) ?? '';
    const nibbles = [...text].map((c) => NIBBLES.indexOf(c)).filter((n) => n >= 0);
    nibbles.push(END);
    if (nibbles.length % 2) nibbles.push(END);
    out.push(TAG.number);
    for (let i = 0; i < nibbles.length; i += 2) out.push((nibbles[i] << 4) | nibbles[i + 1]);
  }
}

/** Reads one answer at `at`; the answer (undefined for none), the claimed verdict and where it ends. */
export function readAnswer(
  bytes: Uint8Array,
  at: number,
): { answer?: Answer; claimed?: boolean; next: number } | undefined {
  const tag = bytes[at];
  if (tag === TAG.none) return { next: at + 1 };
  if (tag === TAG.choice && at + 1 < bytes.length)
    return { answer: { kind: 'choice', index: bytes[at + 1] }, next: at + 2 };
  if (tag === TAG.gate && at + 3 < bytes.length) {
    const w = [1, 2, 3].map((k) => ((bytes[at + k] << 24) >> 24) / 10) as [number, number, number];
    return { answer: { kind: 'gate', w }, next: at + 4 };
  }
  if (tag === TAG.codeRight || tag === TAG.codeWrong)
    return { answer: { kind: 'code' }, claimed: tag === TAG.codeRight, next: at + 1 };
  if (tag === TAG.number) {
    let text = '';
    for (let i = at + 1; i < bytes.length; i++) {
      for (const nibble of [bytes[i] >> 4, bytes[i] & 15]) {
        if (nibble === END) return { answer: { kind: 'number', text }, next: i + 1 };
        if (nibble >= NIBBLES.length) return undefined;
        text += NIBBLES[nibble];
      }
    }
  }
  return undefined;
}
