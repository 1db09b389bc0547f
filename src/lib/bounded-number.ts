/** A number the reader typed, checked against a control's range. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what a reader typed into a number field. Accepts `-0.5`, `.5`, `1e-2` and a Unicode minus
 * sign; rejects empty text, words, NaN, Infinity and values outside [min, max], each with a message
 * that says what was wrong and what is expected.
 */
export function parseBoundedNumber(
  text: string,
  { min, max, label }: { min: number; max: number; label: string },
): ParsedNumber {
  const cleaned = text.trim().replace(/\u2212/g, '-');
  const range = `between ${min} and ${max}`;
  if (cleaned === '') return { ok: false, message: `Enter a number for ${label}, ${range}.` };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) {
    return {
      ok: false,
      message: `“${text.trim()}” is not a number. ${label} takes a number ${range}.`,
    };
  }
  if (value < min || value > max) {
    return { ok: false, message: `${label} must be ${range}; ${value} is outside.` };
  }
  return { ok: true, value };
}
