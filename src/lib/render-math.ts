import { heavy } from './heavy-libs.svelte';

/**
 * Typesets one LaTeX string for a widget, or returns undefined while KaTeX has not loaded in the
 * browser yet. The LaTeX comes from the engine's step renderer, never from a reader, so the HTML
 * is safe to insert. KaTeX errors throw: a step that cannot be typeset is a bug to fail on.
 */
export function renderLatex(latex: string, displayMode = false): string | undefined {
  return heavy.katex?.renderToString(latex, { displayMode, throwOnError: true, output: 'html' });
}
