import type { Code, Link, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';

/**
 * A lesson as a notebook's parts, written as JavaScript that the lesson module itself evaluates:
 * its prose as Markdown with every `{expression}` and `<Tex math={...} />` replaced by the value
 * the page shows, and its code cells as they are. The numbers in a lesson's text are computed by
 * the engine when the site builds; only the lesson's own module (with its imports and constants)
 * can compute them again, so the notebook's prose is produced there, not from the source text.
 *
 * The generated source is a NotebookExport, `(ctx) => [{ type: 'markdown', text }, { type: 'code',
 * code }, ...]`; `ctx` (NotebookContext, src/notebook/notebook-parts.ts) turns values into text and links into addresses that work outside the
 * site.
 */

/** Inline components whose text is kept and whose markup goes. */
const KEEP_TEXT = new Set(['Term', 'span', 'kbd', 'strong', 'em', 'sub', 'sup']);
/** Block components whose Markdown content is kept (a question's prompt, a fold's body, a note). */
const KEEP_CONTENT = new Set([
  'CheckChoice',
  'CheckNumber',
  'Exercise',
  'Fold',
  'InstructorNote',
  'div',
]);

/** Node types that are blocks of their own; the rest are phrasing (text, emphasis, inline math). */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'code',
  'blockquote',
  'table',
  'math',
  'thematicBreak',
  'html',
  'mdxJsxFlowElement',
  'mdxFlowExpression',
]);

// Holes are marked in the Markdown by a private-use character pair around their index: no
// Markdown escaping touches them, and no lesson writes them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const HOLE = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

const attribute = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) =>
  node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)
    ?.value;

/** An attribute as a JavaScript expression: a literal string quoted, `{...}` as written. */
function attributeSource(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  const value = attribute(node, name);
  if (value === undefined) return null;
  if (value === null) return 'true';
  return typeof value === 'string' ? JSON.stringify(value) : `(${value.value})`;
}

/** True for an expression that is only a comment (`{/* note *\/}`): it renders nothing. */
const isEmptyExpression = (node: MdxFlowExpression | MdxTextExpression) =>
  (node.data?.estree?.body.length ?? 1) === 0;

/**
 * The generated function's source for a lesson's tree, read before the cells are run (the cells
 * are the top-level ```ts cell blocks that `isCell` recognises). `where` names the lesson in errors.
 */
export function notebookPartsSource(
  tree: Root,
  isCell: (node: RootContent) => node is Code,
  where: string,
): string {
  const holes: string[] = [];
  const hole = (expression: string) => `${OPEN}${holes.push(expression) - 1}${CLOSE}`;
  const text = (expression: string) => hole(`ctx.text(${expression})`);

  const handlers: Partial<Record<string, Handle>> = {
    mdxjsEsm: () => '',
    // A Markdown link pointing into the site gets an address that works from Jupyter too. Written
    // here, not by changing the node: the tree is the one the page is rendered from.
    link: (node: Link, _parent, state, info) => {
      const label = state.containerPhrasing(node, { ...info, before: '[', after: ']' });
      const url = /^[a-z][a-z0-9+.-]*:/i.test(node.url)
        ? node.url
        : hole(`ctx.resolve(${JSON.stringify(node.url)})`);
      return `[${label}](${url})`;
    },
    mdxFlowExpression: (node: MdxFlowExpression) =>
      isEmptyExpression(node) ? '' : text(`(${node.value})`),
    mdxTextExpression: (node: MdxTextExpression) =>
      isEmptyExpression(node) ? '' : text(`(${node.value})`),
    mdxJsxTextElement: (node: MdxJsxTextElement, _parent, state, info) => {
      const name = node.name ?? '';
      const inner = () => state.containerPhrasing(node, info);
      if (name === 'Tex') return formula(node, false);
      if (name === 'code') return `\`${inner()}\``;
      if (name === 'a') {
        const href = attributeSource(node, 'href');
        if (href === null) throw new Error(`${where}: <a> without href`);
        return `[${inner()}](${hole(`ctx.resolve(${href})`)})`;
      }
      if (name === 'LessonLink') {
        const slug = attributeSource(node, 'slug');
        const hash = attributeSource(node, 'hash') ?? 'undefined';
        if (slug === null) throw new Error(`${where}: <LessonLink> without slug`);
        // A lesson not written yet is plain text, as on the page.
        const label = inner();
        return hole(
          `((href) => href === null ? ${JSON.stringify(label)} : \`[\${${JSON.stringify(label)}}](\${href})\`)(ctx.lessonHref(${slug}, ${hash}))`,
        );
      }
      if (KEEP_TEXT.has(name)) return inner();
      throw new Error(
        `${where}: <${name}> in the text has no notebook form (src/markdown/notebook-prose.ts)`,
      );
    },
    mdxJsxFlowElement: (node: MdxJsxFlowElement, _parent, state, info) => {
      const name = node.name ?? '';
      if (name === 'Tex') return formula(node, true);
      if (KEEP_CONTENT.has(name) || KEEP_TEXT.has(name)) {
        // An element on lines of its own holds blocks, or one line of text and formulas (an
        // exercise's <span slot="hint1">, whose children MDX leaves as phrasing).
        const phrasing = node.children.every((child) => !BLOCKS.has(child.type));
        return phrasing
          ? state.containerPhrasing(node as never, info)
          : state.containerFlow(node, info);
      }
      if (/^[A-Z]/.test(name) && node.children.length === 0)
        return `*(An interactive figure is here in the lesson online: ${hole('ctx.lessonUrl')})*`;
      throw new Error(`${where}: <${name}> has no notebook form (src/markdown/notebook-prose.ts)`);
    },
  };

  function formula(node: MdxJsxFlowElement | MdxJsxTextElement, display: boolean): string {
    const math = attributeSource(node, 'math');
    if (math === null) throw new Error(`${where}: <Tex> without math`);
    const shown = attributeSource(node, 'display') === 'true' || display;
    const body = text(math);
    return shown ? `$$\n${body}\n$$` : `$${body}$`;
  }

  const options: Options = {
    bullet: '-',
    emphasis: '*',
    fences: true,
    rule: '-',
    handlers: handlers as Options['handlers'],
    extensions: [gfmToMarkdown(), mathToMarkdown()],
  };

  const parts: string[] = [];
  let prose: RootContent[] = [];
  const flush = () => {
    if (prose.length === 0) return;
    const root: Root = { type: 'root', children: prose };
    prose = [];
    const markdown = toMarkdown(root, options).trim();
    if (markdown === '') return;
    const pieces = markdown.split(HOLE);
    // split() with a capture group alternates text and hole indices: text, index, text, ...
    const terms = pieces.map((piece, i) =>
      i % 2 === 0 ? JSON.stringify(piece) : holes[Number(piece)],
    );
    parts.push(`{ type: 'markdown', text: ${terms.join(' + ')} }`);
  };
  for (const node of tree.children) {
    if (node.type === 'mdxjsEsm' || node.type === 'yaml') continue;
    if (isCell(node)) {
      flush();
      parts.push(`{ type: 'code', code: ${JSON.stringify(node.value)} }`);
    } else prose.push(node);
  }
  flush();
  return `(ctx) => [\n${parts.join(',\n')}\n]`;
}
