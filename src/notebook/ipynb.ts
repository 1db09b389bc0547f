import type { NotebookPart } from './notebook-parts';
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

const METADATA = {
  kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' },
  language_info: { name: 'typescript' },
};

/** The first two cells of every notebook: where it comes from and how to run it, then the import. */
function openingCells(title: string, pageUrl: string, moduleUrl: string): IpynbCell[] {
  const header =
    `# ${title}\n\nFrom Neural Notebook: ${pageUrl}\n\n` +
    "The code cells call the Neural Notebook engine's functions (`mlp`, `train`, `neuron`, ...) and its output " +
    'helpers (`plotLoss`, `show`, `table`, ...); the first code cell imports them from the site. ' +
    "Run it with Deno's Jupyter kernel: install Deno, run `deno jupyter --install` once, then open " +
    'this file in Jupyter and choose the Deno kernel.';
  return [
    { cell_type: 'markdown', id: 'md-0', metadata: {}, source: sourceLines(header) },
    codeCell(IMPORT_CELL_ID, importCellSource(moduleUrl)),
  ];
}

/**
 * A lesson as a Jupyter notebook: its parts (the lesson module's `nnNotebook`, prose with the
 * page's numbers and formulas, and code cells) after the opening cells.
 */
export function lessonToIpynb(
  parts: readonly NotebookPart[],
  { title, lessonUrl, moduleUrl }: { title: string; lessonUrl: string; moduleUrl: string },
): Ipynb {
  if (!parts.some((p) => p.type === 'code'))
    throw new Error(`lessonToIpynb: "${title}" has no code cells`);
  const cells = openingCells(title, lessonUrl, moduleUrl);
  for (const part of parts) {
    const id = `${part.type === 'code' ? 'code' : 'md'}-${cells.length + 1}`;
    cells.push(
      part.type === 'code'
        ? codeCell(id, part.code)
        : { cell_type: 'markdown', id, metadata: {}, source: sourceLines(part.text) },
    );
  }
  return { nbformat: 4, nbformat_minor: 5, metadata: METADATA, cells };
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

/** Code alone as a Jupyter notebook (the scratch notebook has no prose), after the opening cells. */
export function codeToIpynb(
  title: string,
  { pageUrl, moduleUrl }: { pageUrl: string; moduleUrl: string },
  codes: readonly string[],
): Ipynb {
  const cells = [
    ...openingCells(title, pageUrl, moduleUrl),
    ...codes.map((code, i) => codeCell(`code-${i + 1}`, code)),
  ];
  return { nbformat: 4, nbformat_minor: 5, metadata: METADATA, cells };
}
