/**
 * The messages between the pages and the service worker. A page sends a request with a
 * MessageChannel port; the worker answers on that port (progress first, for a download).
 */
export type OfflineRequest = { type: 'status' } | { type: 'download' } | { type: 'remove' };

/** The offline copy the worker holds: the version it was made from and its size. */
export interface OfflineCopy {
  version: string;
  bytes: number;
  files: number;
}

export type OfflineReply =
  | { type: 'status'; version: string; bytes: number; copy: OfflineCopy | null }
  | { type: 'progress'; bytesDone: number; bytesTotal: number }
  | { type: 'done'; copy: OfflineCopy }
  | { type: 'removed' }
  | { type: 'failed'; reason: 'storage-full' | 'network'; message: string };

/** The one cache the worker keeps: pages and files the reader visited, and the offline copy. */
export const CACHE_NAME = 'neural-notebook';

/** Where, in that cache, the worker notes which files of which version the offline copy holds. */
export const COPY_RECORD = '__offline-copy.json';
