/** One file of the built site that "Make available offline" downloads. */
export interface OfflineFile {
  /** Address relative to the site's base: `lessons/the-neuron/`, `_astro/app.1a2b.js`. */
  url: string;
  /** Hash of the file's bytes: a file whose revision changed is downloaded again on update. */
  revision: string;
  /** Bytes as stored in the build (before any compression by the server). */
  size: number;
}

/** What the build tells the service worker: its version and the files of the whole course. */
export interface OfflineBuild {
  /** Changes whenever any file changes, so a new build is a new worker. */
  version: string;
  files: OfflineFile[];
}

/** The total bytes of a file list. */
export function totalBytes(files: readonly OfflineFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/** Bytes as a reader reads them: `8.2 MB`, `640 KB` (decimal units, as browsers show downloads). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}
