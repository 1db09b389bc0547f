import { hasCodeCells } from './has-code-cells';

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
  { title, lessonUrl }: { title: string; lessonUrl: string },
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
    'helpers (`plotLoss`, `show`, `table`, ...), which the site provides to every cell without an import.';
  cells.push({ cell_type: 'markdown', id: 'md-0', metadata: {}, source: sourceLines(header) });

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
      cells.push({
        cell_type: 'code',
        id: `code-${cells.length + 1}`,
        metadata: {},
        source: sourceLines(code.join('\n')),
        outputs: [],
        execution_count: null,
      });
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

/** The notebook with its code cells' source replaced, in order, by `codes` (the reader's current code). */
export function withCellCode(ipynb: Ipynb, codes: readonly string[]): Ipynb {
  const count = ipynb.cells.filter((cell) => cell.cell_type === 'code').length;
  if (count !== codes.length)
    throw new Error(`the page has ${codes.length} cells but the notebook file has ${count}`);
  let next = 0;
  const cells = ipynb.cells.map((cell) =>
    cell.cell_type === 'code' ? { ...cell, source: sourceLines(codes[next++]) } : cell,
  );
  return { ...ipynb, cells };
}

/** Code alone as a Jupyter notebook (the scratch notebook has no prose). */
export function codeToIpynb(title: string, pageUrl: string, codes: readonly string[]): Ipynb {
  const template = lessonToIpynb('```ts cell\n```', { title, lessonUrl: pageUrl });
  const header = template.cells[0];
  const cells: IpynbCell[] = codes.map((code, i) => ({
    cell_type: 'code',
    id: `code-${i + 1}`,
    metadata: {},
    source: sourceLines(code),
    outputs: [],
    execution_count: null,
  }));
  return { ...template, cells: [header, ...cells] };
}
