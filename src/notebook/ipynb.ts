import { hasCodeCells } from './has-code-cells';
import { IMPORT_CELL_ID, importCellSource } from './notebook-import';

/** A Jupyter notebook (nbformat 4.5), as much of it as the site writes. */
export interface Ipynb {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: IpynbCell[];
}
export type IpynbCell =
  | { cell_type: 'markdown'; id: string; metadata: Record<string, never>; source: string[] }
  | {
      cell_type: 'code';
      id: string;
      metadata: Record<string, never>;
      source: string[];
      outputs: [];
      execution_count: null;
    };

const CELL_FENCE = /^\s*(```|~~~)\s*(ts|typescript|js|javascript)\b[^\n]*\bcell\b/;
const FENCE = /^\s*(```|~~~)/;

const codeCell = (id: string, code: string): IpynbCell => ({
  cell_type: 'code',
  id,
  metadata: {},
  source: sourceLines(code),
  outputs: [],
  execution_count: null,
});

/** Jupyter keeps a cell's text as lines that end with their newline (all but the last). */
const sourceLines = (text: string) =>
  text.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));

/**
 * Lesson prose as plain Markdown: MDX imports and exports go, inline components keep their text
 * (`<Term id="x">weight</Term>` -> weight), and a block widget becomes a line pointing to the lesson
 * online, where it can be used. Math stays `$...$`, which Jupyter typesets.
 */
export function mdxToMarkdown(mdx: string, lessonUrl: string): string {
  const blocks = mdx.split(/\n{2,}/);
  const kept: string[] = [];
  for (const block of blocks) {
    const trimmed = block.trim();
    if (/^(import|export)\s/.test(trimmed)) continue;
    if (/^<[A-Z][\w.]*[\s\S]*\/>$/.test(trimmed) && !/^<[A-Z][^>]*[^/]>\s*\S/.test(trimmed)) {
      kept.push(`*(An interactive figure is here in the lesson online: ${lessonUrl})*`);
      continue;
    }
    const text = trimmed
      // Opening and closing tags of block components that wrap Markdown (a question, say): keep the inside.
      .replace(/^<[A-Z][\w.]*(\s[^>]*)?>$/gm, '')
      .replace(/^<\/[A-Z][\w.]*>$/gm, '')
      .replace(/<([A-Z][\w.]*)(\s[^>]*)?>([\s\S]*?)<\/\1>/g, '$3')
      .replace(/<[A-Z][\w.]*(\s[^>]*)?\/>/g, '')
      .trim();
    if (text) kept.push(text);
  }
  return kept.join('\n\n');
}

/** A lesson as a Jupyter notebook: its prose as Markdown cells and its code cells as code cells. */
export function lessonToIpynb(
  mdx: string,
  { title, lessonUrl, moduleUrl }: { title: string; lessonUrl: string; moduleUrl: string },
): Ipynb {
  if (!hasCodeCells(mdx)) throw new Error(`lessonToIpynb: "${title}" has no code cells`);
  const cells: IpynbCell[] = [];
  const markdown = (text: string) => {
    const body = text.trim() && mdxToMarkdown(text, lessonUrl);
    if (body)
      cells.push({
        cell_type: 'markdown',
        id: `md-${cells.length + 1}`,
        metadata: {},
        source: sourceLines(body),
      });
  };
  const header =
    `# ${title}\n\nFrom Neural Notebook: ${lessonUrl}\n\n` +
    "The code cells call the Neural Notebook engine's functions (`mlp`, `train`, `neuron`, ...) and its output " +
    'helpers (`plotLoss`, `show`, `table`, ...); the first code cell imports them from the site. ' +
    "Run it with Deno's Jupyter kernel: install Deno, run `deno jupyter --install` once, then open " +
    'this file in Jupyter and choose the Deno kernel.';
  cells.push({ cell_type: 'markdown', id: 'md-0', metadata: {}, source: sourceLines(header) });
  cells.push(codeCell(IMPORT_CELL_ID, importCellSource(moduleUrl)));

  const lines = mdx.split('\n');
  let prose: string[] = [];
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!inFence && CELL_FENCE.test(line)) {
      markdown(prose.join('\n'));
      prose = [];
      const fence = FENCE.exec(line)![1];
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
      cells.push(codeCell(`code-${cells.length + 1}`, code.join('\n')));
      continue;
    }
    if (FENCE.test(line)) inFence = !inFence;
    prose.push(line);
  }
  markdown(prose.join('\n'));
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
      language_info: { name: 'typescript' },
    },
    cells,
  };
}

/** The lesson's code cells: every code cell but the one that imports the engine. */
const isLessonCode = (cell: IpynbCell) => cell.cell_type === 'code' && cell.id !== IMPORT_CELL_ID;

/** The notebook with its lesson cells' source replaced, in order, by `codes` (the reader's current code). */
export function withCellCode(ipynb: Ipynb, codes: readonly string[]): Ipynb {
  const count = ipynb.cells.filter(isLessonCode).length;
  if (count !== codes.length)
    throw new Error(`the page has ${codes.length} cells but the notebook file has ${count}`);
  let next = 0;
  const cells = ipynb.cells.map((cell) =>
    isLessonCode(cell) ? { ...cell, source: sourceLines(codes[next++]) } : cell,
  );
  return { ...ipynb, cells };
}

/** Code alone as a Jupyter notebook (the scratch notebook has no prose), after the import cell. */
export function codeToIpynb(
  title: string,
  { pageUrl, moduleUrl }: { pageUrl: string; moduleUrl: string },
  codes: readonly string[],
): Ipynb {
  const template = lessonToIpynb('```ts cell\n```', { title, lessonUrl: pageUrl, moduleUrl });
  const [header, imports] = template.cells;
  const cells = codes.map((code, i) => codeCell(`code-${i + 1}`, code));
  return { ...template, cells: [header, imports, ...cells] };
}
