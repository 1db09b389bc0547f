/// <reference lib="webworker" />
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { OfflineBuild } from './offline-build';
import type { OfflineReply, OfflineRequest } from './offline-protocol';
import { CACHE_NAME } from './offline-protocol';
import { copyStore, downloadFiles } from './worker-download';

/**
 * The course's service worker, bundled at build time by the service-worker integration, which
 * defines OFFLINE_BUILD (this build's version and file list). It caches what the reader visits,
 * downloads the whole course when asked ("Make available offline"), keeps that copy up to date
 * when a new version installs, and waits for the page's "Updated: reload" before taking over.
 * It never touches localStorage or IndexedDB, where readers' edits live.
 */
declare const self: ServiceWorkerGlobalScope;
declare const OFFLINE_BUILD: OfflineBuild;

const scope = self.registration.scope;
const base = new URL(scope).pathname;
const build = OFFLINE_BUILD;
const store = copyStore(scope);

// The site's files do not vary by query string (widget state, ?present=N, Pagefind's ?ts=), so
// one stored copy serves every query; the network still gets the full address.
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

const ours = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(base);
// Build assets have a hash in their name and never change: the stored copy is always right.
registerRoute(
  ({ url }) => ours(url) && url.pathname.startsWith(`${base}_astro/`),
  new CacheFirst({ cacheName: CACHE_NAME }),
);
// Everything else may change with a new build: the network when it answers, else the stored copy.
registerRoute(
  ({ url }) => ours(url),
  new NetworkFirst({ cacheName: CACHE_NAME, plugins: [withoutQuery] }),
);
// A page that is neither online nor stored gets the site's own "not found" page, if stored.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const cache = await caches.open(CACHE_NAME);
  return (await cache.match(new URL('404.html', scope))) ?? Response.error();
});

self.addEventListener('install', (event) => {
  // A reader with an offline copy keeps a whole one: the files this version changed are
  // downloaded before it installs, so the copy works offline at every moment of the update.
  event.waitUntil(
    store.read().then((copy) => copy && downloadFiles(build, event, store, () => {})),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(store.prune(build));
});

self.addEventListener('message', (event) => {
  const data = event.data as OfflineRequest | { type: 'SKIP_WAITING' };
  // Sent by the page (src/offline/register.ts) when the reader presses "Updated: reload".
  if (data?.type === 'SKIP_WAITING') return void self.skipWaiting();
  const port = event.ports[0];
  if (!port) return;
  const reply = (message: OfflineReply) => port.postMessage(message);
  event.waitUntil(answer(data, event, reply));
});

async function answer(
  request: OfflineRequest,
  event: ExtendableEvent,
  reply: (message: OfflineReply) => void,
): Promise<void> {
  const bytes = build.files.reduce((sum, f) => sum + f.size, 0);
  if (request.type === 'status') {
    const copy = await store.read();
    return reply({
      type: 'status',
      version: build.version,
      bytes,
      copy: copy && store.summary(copy),
    });
  }
  if (request.type === 'remove') {
    await caches.delete(CACHE_NAME);
    return reply({ type: 'removed' });
  }
  try {
    const copy = await downloadFiles(build, event, store, (done) =>
      reply({ type: 'progress', bytesDone: done, bytesTotal: bytes }),
    );
    reply({ type: 'done', copy: store.summary(copy) });
  } catch (error) {
    const full = error instanceof Error && error.name === 'QuotaExceededError';
    reply({
      type: 'failed',
      reason: full ? 'storage-full' : 'network',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
