/// <reference lib="webworker" />
import { Strategy, type StrategyHandler } from 'workbox-strategies';
import type { OfflineBuild } from './offline-build';
import { CACHE_NAME, COPY_RECORD, type OfflineCopy } from './offline-protocol';

/** What the worker notes about its offline copy: the version, and each file's revision. */
export interface CopyRecord {
  version: string;
  bytes: number;
  revisions: Record<string, string>;
}

/** Files fetched at once: enough to fill the line, few enough to report steady progress. */
const PARALLEL = 4;

/** A Workbox strategy that always goes to the network and stores what it gets (or fails). */
class Download extends Strategy {
  protected async _handle(request: Request, handler: StrategyHandler): Promise<Response> {
    const response = await handler.fetchAndCachePut(request);
    if (!response.ok) throw new Error(`${request.url} answered ${response.status}`);
    return response;
  }
}

/** The record of the offline copy, kept in the worker's cache beside the files. */
export function copyStore(scope: string) {
  const address = new URL(COPY_RECORD, scope).href;
  return {
    async read(): Promise<CopyRecord | null> {
      const response = await (await caches.open(CACHE_NAME)).match(address);
      return response ? ((await response.json()) as CopyRecord) : null;
    },
    async write(record: CopyRecord): Promise<void> {
      const body = JSON.stringify(record);
      const headers = { 'content-type': 'application/json' };
      await (await caches.open(CACHE_NAME)).put(address, new Response(body, { headers }));
    },
    /** After an update: drops stored files the new version no longer has (old build assets). */
    async prune(build: OfflineBuild): Promise<void> {
      const record = await this.read();
      if (record?.version !== build.version) return;
      const keep = new Set(build.files.map((f) => new URL(f.url, scope).href));
      keep.add(address);
      const cache = await caches.open(CACHE_NAME);
      for (const request of await cache.keys())
        if (!keep.has(request.url)) await cache.delete(request);
    },
    summary(record: CopyRecord): OfflineCopy {
      return {
        version: record.version,
        bytes: record.bytes,
        files: Object.keys(record.revisions).length,
      };
    },
    scope,
  };
}

/**
 * Stores every file of `build` that the offline copy lacks or holds in another revision, four at
 * a time, reporting the bytes done after each file; then records the copy. Rejects on the first
 * file that fails (network, HTTP error, or a full storage: a `QuotaExceededError`).
 */
export async function downloadFiles(
  build: OfflineBuild,
  event: ExtendableEvent,
  store: ReturnType<typeof copyStore>,
  onProgress: (bytesDone: number) => void,
): Promise<CopyRecord> {
  const previous = await store.read();
  const cache = await caches.open(CACHE_NAME);
  const strategy = new Download({ cacheName: CACHE_NAME });
  const queue = [...build.files];
  let bytesDone = 0;
  const fetchOne = async (file: OfflineBuild['files'][number]) => {
    const url = new URL(file.url, store.scope).href;
    const current = previous?.revisions[file.url] === file.revision && (await cache.match(url));
    if (!current) {
      const [response, done] = strategy.handleAll({
        event,
        request: new Request(url, { cache: 'no-cache' }),
      });
      await Promise.all([response, done]);
    }
    bytesDone += file.size;
    onProgress(bytesDone);
  };
  const lane = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await fetchOne(file);
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  const record: CopyRecord = {
    version: build.version,
    bytes: bytesDone,
    revisions: Object.fromEntries(build.files.map((f) => [f.url, f.revision])),
  };
  await store.write(record);
  return record;
}
