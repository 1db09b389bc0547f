import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file below `dir` (a build's output folder). */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Runs `rewrite` over every built page below `dir` and writes back the pages it changed; returns
 * how many changed and how many there are, for the integration's log line.
 */
export async function rewriteBuiltPages(
  dir: string,
  rewrite: (html: string) => string | Promise<string>,
): Promise<{ changed: number; total: number }> {
  const files = await htmlFiles(dir);
  let changed = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const updated = await rewrite(html);
    if (updated !== html) {
      await writeFile(file, updated);
      changed += 1;
    }
  }
  return { changed, total: files.length };
}
