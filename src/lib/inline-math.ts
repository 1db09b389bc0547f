import { typeset } from './typeset';
import { escapeHtml } from './escape-html';

/**
 * Turns a short text with `$...$` formulas (a glossary definition, a notation entry) into HTML:
 * the prose escaped, each formula typeset as MathML. Runs at build time only; an unbalanced `$` or
 * a formula that cannot be typeset throws, so a broken entry fails the build.
 */
export function inlineMathToHtml(text: string): string {
  const parts = text.split('$');
  if (parts.length % 2 === 0) throw new Error(`Unbalanced $ in: ${text}`);
  return parts.map((part, i) => (i % 2 === 0 ? escapeHtml(part) : typeset(part))).join('');
}
