import { parseBoundedNumber, type ParsedNumber } from './bounded-number';

/**
 * Reads a whole number the reader typed (a seed, an epoch count, a batch size), checked against
 * [min, max]. Like `parseBoundedNumber`, and also refuses fractions; `-0` reads as 0.
 * `badInput` is the field's `validity.badInput`: a number field whose text the browser cannot
 * read (`1e`, `--2`) reports its value as empty text, which is not the same as leaving it empty.
 */
export function parseWholeNumber(
  text: string,
  range: { min: number; max: number; label: string },
  badInput = false,
): ParsedNumber {
  if (badInput)
    return {
      ok: false,
      message: `That is not a number. ${range.label} takes a whole number between ${range.min} and ${range.max}.`,
    };
  const parsed = parseBoundedNumber(text, range);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value))
    return { ok: false, message: `${range.label} must be a whole number; ${parsed.value} is not.` };
  return { ok: true, value: parsed.value + 0 };
}
