import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { glueFormulas } from './glue-formulas';
import { typeset } from './typeset';

/** One formula (LaTeX, without `$`) typeset as MathML nodes. */
function formula(latex: string): ElementContent[] {
  return fromHtml(typeset(latex), { fragment: true }).children as ElementContent[];
}

/** The nodes as HTML, each formula kept on one line with the punctuation touching it. */
function glued(children: ElementContent[]): string {
  const root: Root = { type: 'root', children };
  glueFormulas(root);
  return toHtml(root);
}

/**
 * Turns a short text with `$...$` formulas (a glossary definition, a notation entry) into HTML:
 * the prose escaped, each formula typeset as MathML and kept on one line with the punctuation
 * touching it (glue-formulas.ts). Runs at build time only; an unbalanced `$` or a formula that
 * cannot be typeset throws, so a broken entry fails the build.
 */
export function inlineMathToHtml(text: string): string {
  const parts = text.split('$');
  if (parts.length % 2 === 0) throw new Error(`Unbalanced $ in: ${text}`);
  return glued(
    parts.flatMap((part, i): ElementContent[] =>
      i % 2 === 0 ? (part ? [{ type: 'text', value: part }] : []) : formula(part),
    ),
  );
}

/**
 * A list of symbols (each LaTeX, without `$`) as HTML: each typeset, separated by commas, as
 * the notation page lists the symbols of one entry. Throws on a symbol that cannot be typeset.
 */
export function symbolsToHtml(symbols: readonly string[]): string {
  return glued(
    symbols.flatMap((latex, i): ElementContent[] => [
      ...(i > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
      ...formula(latex),
    ]),
  );
}
