import type { Element, ElementContent, Parent, Text } from 'hast';

/** The class that keeps a formula and the characters touching it on one line (src/styles/math.css). */
export const NOWRAP_CLASS = 'nn-nowrap';

const isInlineMath = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'math' && node.properties.display !== 'block';
const isText = (node: ElementContent | undefined): node is Text => node?.type === 'text';

/**
 * Keeps each inline formula on one line with the characters that touch it: the comma or full stop
 * after it, a bracket before it, the rest of a word such as "-axis". Chromium may break a line
 * between a <math> box and the text beside it, which left a formula's comma alone at the start of
 * the next line (a word joiner between them does not stop it). The formula and those characters
 * go into a `white-space: nowrap` span, so apply this once to a parent, not to its spans again.
 */
export function glueFormulas(parent: Parent): void {
  const children = parent.children as ElementContent[];
  for (let i = 0; i < children.length; i++) {
    const math = children[i];
    if (!isInlineMath(math)) continue;
    const before = children[i - 1];
    const after = children[i + 1];
    const lead = isText(before) ? (/\S+$/.exec(before.value)?.[0] ?? '') : '';
    const tail = isText(after) ? (/^\S+/.exec(after.value)?.[0] ?? '') : '';
    if (!lead && !tail) continue;
    const glued: ElementContent[] = [math];
    if (lead) {
      glued.unshift({ type: 'text', value: lead });
      (before as Text).value = (before as Text).value.slice(0, -lead.length);
    }
    if (tail) {
      glued.push({ type: 'text', value: tail });
      (after as Text).value = (after as Text).value.slice(tail.length);
    }
    const span: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: [NOWRAP_CLASS] },
      children: glued,
    };
    children.splice(i, 1, span);
  }
  // Text emptied by the gluing would leave empty nodes behind.
  parent.children = children.filter((c) => !(isText(c) && c.value === '')) as Parent['children'];
}
