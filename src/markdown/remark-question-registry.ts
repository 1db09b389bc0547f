import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { appendExport } from './lesson-export.ts';
import { visit } from 'unist-util-visit';
import { lessonSlugOfPath } from '../course/outline.ts';

/** The lesson components that ask the reader something, and the prop that holds the answer. */
const QUESTION_KINDS: Record<string, { kind: string; answerProp: string }> = {
  CheckChoice: { kind: 'choice', answerProp: 'options' },
  CheckNumber: { kind: 'number', answerProp: 'answer' },
  Exercise: { kind: 'exercise', answerProp: 'check' },
};

/** Question id -> the lesson file that declares it, across every lesson compiled in this process. */
const owners = new Map<string, string>();

/**
 * Collects a lesson's questions (`<CheckChoice>`, `<CheckNumber>`, `<Exercise>`) at build time, so
 * the progress page and the instructor's checker know every question and its right answer:
 *
 * - each question needs a literal `id`, unique in the whole course (a missing, computed or
 *   repeated id fails the build with the file and line: stored progress and completion codes name
 *   questions by it);
 * - a `<CheckNumber>` needs `steps`, the engine's steps for its worked solution (it always offers
 *   one, and says "open the worked solution" to a wrong answer);
 * - each question element gets a `lesson` prop (the lesson's slug), so it saves its answer there;
 * - the lesson module exports `nnQuestions`: in page order, each question's id, kind and the very
 *   expressions the lesson passes as its answer (`answer`, `tolerance`, `options`, `check`), so the
 *   numbers are the engine's, evaluated with the lesson's own code, never copied.
 */
export default function remarkQuestionRegistry() {
  return (tree: Root, file: VFile) => {
    const slug = lessonSlugOfPath(file.path);
    if (!slug) return;
    for (const [id, owner] of owners) if (owner === file.path) owners.delete(id);
    const entries: string[] = [];
    const ids: string[] = [];
    const where = (node: MdxJsxFlowElement) => `${file.path}:${node.position?.start.line ?? '?'}`;
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      const spec = node.name ? QUESTION_KINDS[node.name] : undefined;
      if (!spec) return;
      const attrs = node.attributes.filter(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute',
      );
      const id = attrs.find((a) => a.name === 'id')?.value;
      if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id))
        throw new Error(
          `${where(node)}: <${node.name}> needs a literal id of lowercase letters, digits and dashes (progress and completion codes name questions by it)`,
        );
      const owner = owners.get(id);
      if (owner !== undefined)
        throw new Error(
          `${where(node)}: the question id "${id}" is used twice (also in ${owner}); ids must be unique in the course`,
        );
      if (node.name === 'CheckNumber' && !attrs.some((a) => a.name === 'steps'))
        throw new Error(
          `${where(node)}: <CheckNumber id="${id}"> needs steps={...}, the engine's steps that compute its answer: it offers them as the worked solution`,
        );
      owners.set(id, file.path!);
      ids.push(id);
      const fields = [`id: ${JSON.stringify(id)}`, `kind: ${JSON.stringify(spec.kind)}`];
      for (const prop of [spec.answerProp, 'tolerance', 'title']) {
        const value = attrs.find((a) => a.name === prop)?.value;
        if (value === undefined || value === null) continue;
        fields.push(
          `${prop}: ${typeof value === 'string' ? JSON.stringify(value) : `(${value.value})`}`,
        );
      }
      entries.push(`{ ${fields.join(', ')} }`);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'lesson', value: slug });
    });
    // The ids alone, in page order, reach the page's shell through the front matter Astro hands
    // on (`remarkPluginFrontmatter`): the lesson's completion code needs nothing else.
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??=
      {});
    (astro.frontmatter ??= {}).nnQuestionIds = ids;
    const code = `export const nnQuestions = [${entries.join(',\n')}];`;
    appendExport(tree, code);
  };
}
