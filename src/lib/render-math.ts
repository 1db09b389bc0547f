import { heavy } from './heavy-libs.svelte';
import { typesetWith } from './math-markup';

/**
 * Typesets one LaTeX string for a widget, or returns undefined while Temml has not loaded in the
 * browser yet. The LaTeX comes from the engine's step renderer, never from a reader, so the markup
 * is safe to insert. Errors throw: a step that cannot be typeset is a bug to fail on.
 */
export function renderLatex(latex: string, displayMode = false): string | undefined {
  return heavy.temml && typesetWith(heavy.temml, latex, displayMode);
}
