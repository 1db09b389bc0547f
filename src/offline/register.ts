import { Workbox } from 'workbox-window';

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
 * Registers the course's service worker (below the site's base) once the page has loaded. A new
 * version's worker waits; the page offers "Updated: reload", which lets it take over and reloads.
 * Readers' edits are saved as they type (and when the page is left), so the reload keeps them.
 */
export async function registerOfflineWorker(base: string): Promise<void> {
  const scope = base.endsWith('/') ? base : `${base}/`;
  const wb = new Workbox(`${scope}sw.js`, { scope });
  wb.addEventListener('waiting', () =>
    showUpdateNotice(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    }),
  );
  // Another tab took the update: this page's lazily loaded files may be gone from the server.
  wb.addEventListener('controlling', (event) => {
    if (event.isExternal) showUpdateNotice(() => location.reload());
  });
  try {
    await wb.register();
  } catch {
    // Registration refused (a private window, a blocked worker): the site works online as before.
  }
}
