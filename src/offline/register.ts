/** The bar that tells the reader a new version is ready; built only when one is. */
function showUpdateNotice(onReload: () => void): void {
  if (document.querySelector('.nn-update')) return;
  const bar = document.createElement('div');
  bar.className = 'nn-update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of the course is ready.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Updated: reload';
  button.addEventListener('click', onReload, { once: true });
  bar.append(text, ' ', button);
  document.body.append(bar);
}

/**
 * Registers the course's service worker (below the site's base). A new version's worker waits;
 * the page offers "Updated: reload", which tells it to take over (the worker's SKIP_WAITING
 * message) and reloads once it has. Readers' edits are saved as they type (and when the page is
 * left), so the reload keeps them. The platform's own API does this in a few lines, so the page
 * ships no library for it (workbox-window was 2.7 KB on every page's load).
 */
export async function registerOfflineWorker(base: string): Promise<void> {
  const scope = base.endsWith('/') ? base : `${base}/`;
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(`${scope}sw.js`, { scope });
  } catch {
    // Registration refused (a private window, a blocked worker): the site works online as before.
    return;
  }
  let askedToTakeOver = false;
  const offerUpdate = () =>
    showUpdateNotice(() => {
      askedToTakeOver = true;
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
  // The worker only ever takes over a page that already has one when a reader says so: here, or
  // in another tab, whose new version this page's lazily loaded files may no longer match.
  container.addEventListener('controllerchange', () => {
    if (askedToTakeOver) location.reload();
    else showUpdateNotice(() => location.reload());
  });
  // A page with no worker yet is on its first visit: the new worker is the first, not an update.
  if (!container.controller) return;
  if (registration.waiting) offerUpdate();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration.waiting === worker) offerUpdate();
    });
  });
}
