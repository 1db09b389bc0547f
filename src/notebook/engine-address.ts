import enginePackage from '../../engine/package.json';

/** Where the site serves the engine package's files, below its base path: `engine/v1/` for 1.x. */
export const ENGINE_PATH = `engine/v${enginePackage.version.split('.')[0]}/`;

/** The module an exported notebook imports: the engine and the output helpers. */
export const NOTEBOOK_MODULE_PATH = `${ENGINE_PATH}notebook.js`;

/** The full address of the notebook module for a site at `site` (with its base path). */
export function notebookModuleUrl(site: string, base: string): string {
  const root = new URL(base.replace(/\/?$/, '/'), site.replace(/\/?$/, '/'));
  return new URL(NOTEBOOK_MODULE_PATH, root).href;
}
