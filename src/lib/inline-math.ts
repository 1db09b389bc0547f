import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { glueFormulas } from './glue-formulas';
import { typeset } from './typeset';

/**
 * Turns a short text with `$...$` formulas (a glossary definition, a notation entry) into HTML:
 * the prose escaped, each formula typeset as MathML and kept on one line with the punctuation
 * touching it (glue-formulas.ts). Runs at build time only; an unbalanced `$` or a formula that
 * cannot be typeset throws, so a broken entry fails the build.
 */
export function inlineMathToHtml(text: string): string {
  const parts = text.split('$');
  if (parts.length % 2 === 0) throw new Error(`Unbalanced $ in: ${text}`);
  const root: Root = {
    type: 'root',
    children: parts.flatMap((part, i): ElementContent[] =>
      i % 2 === 0
        ? part
          ? [{ type: 'text', value: part }]
          : []
        : (fromHtml(typeset(part), { fragment: true }).children as ElementContent[]),
    ),
  };
  glueFormulas(root);
  return toHtml(root);
}
