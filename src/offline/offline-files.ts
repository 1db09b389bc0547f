import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { OfflineBuild, OfflineFile } from './offline-build';

/** The service worker's own file, written into the build's root. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Files a reader never needs in the browser: the worker itself, the engine package served for
 * Jupyter (`engine/`), the sitemaps and the README's picture.
 */
const LEFT_OUT = [/^sw\.js$/, /^engine\//, /^sitemap[^/]*\.xml$/, /^images\//, /\.map$/];

/** The address a built file is served at: a folder's `index.html` is the folder (`lessons/x/`). */
export function fileUrl(path: string): string {
  return path.replace(/(^|\/)index\.html$/, '$1');
}

/** Whether a built file (path relative to the output folder, `/`-separated) goes offline. */
export function goesOffline(path: string): boolean {
  return !LEFT_OUT.some((rule) => rule.test(path));
}

/** One file's entry: its address, a short hash of its bytes and its size. */
export function offlineFile(path: string, bytes: Uint8Array): OfflineFile {
  const revision = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { url: fileUrl(path), revision, size: bytes.length };
}

/** Every file below `dir` (a build's output folder) that goes offline, sorted by address. */
export async function listOfflineFiles(dir: string): Promise<OfflineFile[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: OfflineFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, '/');
    if (goesOffline(path)) files.push(offlineFile(path, await readFile(join(dir, path))));
  }
  return files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The build's version: a hash of every file's address and revision. */
export function offlineBuild(files: OfflineFile[]): OfflineBuild {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.url} ${f.revision}\n`);
  return { version: hash.digest('hex').slice(0, 12), files };
}
