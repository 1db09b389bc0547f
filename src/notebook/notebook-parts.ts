/**
 * A lesson as a notebook's parts, as its module's `nnNotebook(ctx)` gives them
 * (src/markdown/remark-notebook-export.ts): prose as Markdown with the page's numbers and formulas,
 * and code cells as written.
 */
export type NotebookPart = { type: 'markdown'; text: string } | { type: 'code'; code: string };

/** What `nnNotebook` needs from whoever builds the notebook. */
export interface NotebookContext {
  /** A value as the page renders it: strings and numbers as text, nothing for null, undefined and booleans. */
  text(value: unknown): string;
  /** A link in the lesson (`?xor.seed=8#learning`, `/glossary/`) as an address that works from Jupyter. */
  resolve(href: string): string;
  /** Another lesson's address, `#hash` included, or null while it is not written. */
  lessonHref(slug: string, hash?: string): string | null;
  /** The lesson's address online, where its widgets are. */
  lessonUrl: string;
}

/** A lesson module's notebook export. */
export type NotebookExport = (ctx: NotebookContext) => NotebookPart[];

/**
 * A value as JSX renders it in the page: text for strings and numbers, nothing for null,
 * undefined and booleans, arrays joined. Anything else has no text form, and saying so beats
 * writing "[object Object]" into a notebook.
 */
export function renderedText(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (Array.isArray(value)) return value.map(renderedText).join('');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
    return String(value);
  throw new Error(`a lesson expression gave ${typeof value} ${String(value)}, which has no text`);
}
