import { typeset } from './typeset';

/** What a computed formula must never contain: a value that went missing or broke on the way. */
const BROKEN_VALUE = /\b(undefined|NaN|null|Infinity)\b|\[object Object\]/;

/**
 * Typesets, at build time, a formula whose numbers a lesson computes with the engine (see
 * `<Tex>`). The same typesetter as the lessons' `$...$` formulas, so the two look alike. A
 * formula that holds `undefined`, `NaN`, `Infinity` or `[object Object]` (a computed value that
 * went wrong), or that cannot be typeset, throws: the build fails instead of printing it.
 */
export function formulaHtml(latex: string, displayMode = false): string {
  const broken = BROKEN_VALUE.exec(latex);
  if (broken) throw new Error(`Formula holds "${broken[0]}": ${latex}`);
  return typeset(latex, displayMode);
}
