import { isImportCell } from './notebook-import';

/** What an opened `.ipynb` gives the scratch notebook: its code cells, and what was left out. */
export interface ImportedNotebook {
  codes: string[];
  /** Markdown and raw cells, which the scratch notebook (code only) leaves out. */
  leftOut: number;
}

/** A notebook file that cannot be opened; the message says why, for the reader. */
export class IpynbImportError extends Error {
  override name = 'IpynbImportError';
}

/** The largest notebook file opened (a notebook with saved charts runs to a few hundred KB). */
export const MAX_IPYNB_BYTES = 20_000_000;

const LANGUAGES = new Set(['typescript', 'javascript']);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The kernel's language and name, from `metadata.kernelspec` or `metadata.language_info`. */
function kernelOf(metadata: unknown): { language?: string; name?: string } {
  if (!isRecord(metadata)) return {};
  const spec = isRecord(metadata.kernelspec) ? metadata.kernelspec : {};
  const info = isRecord(metadata.language_info) ? metadata.language_info : {};
  const language = [spec.language, info.name].find((v) => typeof v === 'string') as
    string | undefined;
  const name = [spec.display_name, spec.name].find((v) => typeof v === 'string') as
    string | undefined;
  return { language: language?.toLowerCase(), name };
}

/** A cell's source: nbformat allows one string or a list of lines. */
function sourceOf(cell: Record<string, unknown>, number: number): string {
  const { source } = cell;
  if (typeof source === 'string') return source;
  if (Array.isArray(source) && source.every((line) => typeof line === 'string'))
    return source.join('');
  throw new IpynbImportError(
    `Cell ${number} has no readable source (expected text or a list of lines).`,
  );
}

/**
 * Reads a Jupyter notebook (nbformat 4) for the scratch notebook: its TypeScript or JavaScript
 * code cells, in order, without the cell that imports the engine (the site's cells need no
 * import). A malformed file, a notebook for another language (Python, say) or an unknown cell type
 * throws an `IpynbImportError` that says what is wrong.
 */
export function cellsFromIpynb(text: string): ImportedNotebook {
  if (text.length > MAX_IPYNB_BYTES)
    throw new IpynbImportError(
      `The file is larger than ${MAX_IPYNB_BYTES / 1_000_000} MB, too large for a notebook.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new IpynbImportError(
      `The file is not a Jupyter notebook: it is not valid JSON (${(error as Error).message}).`,
    );
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.cells))
    throw new IpynbImportError('The file is not a Jupyter notebook: it has no list of cells.');
  if (parsed.nbformat !== 4)
    throw new IpynbImportError(
      `The notebook is in format ${String(parsed.nbformat)}; only Jupyter's format 4 (every notebook since 2015) can be opened.`,
    );
  const kernel = kernelOf(parsed.metadata);
  if (kernel.language && !LANGUAGES.has(kernel.language))
    throw new IpynbImportError(
      `The notebook is for ${kernel.name ? `the ${kernel.name} kernel` : 'another kernel'} (${kernel.language}); this notebook runs TypeScript and JavaScript only.`,
    );
  const codes: string[] = [];
  let leftOut = 0;
  parsed.cells.forEach((cell: unknown, i) => {
    const number = i + 1;
    if (!isRecord(cell)) throw new IpynbImportError(`Cell ${number} is not a notebook cell.`);
    switch (cell.cell_type) {
      case 'code': {
        const source = sourceOf(cell, number);
        if (!isImportCell(source)) codes.push(source);
        break;
      }
      case 'markdown':
      case 'raw':
        sourceOf(cell, number);
        leftOut++;
        break;
      default:
        throw new IpynbImportError(
          `Cell ${number} has the unknown type ${JSON.stringify(cell.cell_type)}; a notebook's cells are code, markdown or raw.`,
        );
    }
  });
  if (codes.length === 0) throw new IpynbImportError('The notebook has no code cells to open.');
  return { codes, leftOut };
}
