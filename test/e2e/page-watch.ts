import type { Page, Request } from '@playwright/test';

/** What went wrong while a page was open: anything here fails a page-wide check. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offSiteRequests: string[];
}

/**
 * Starts recording a page's console errors, uncaught exceptions, failed requests and requests to
 * any origin other than the site's own. Call before `page.goto`.
 */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offSiteRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.offSiteRequests.push(url);
  });
  const watchedAt = Date.now();
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(describeFailure(request, page, Date.now() - watchedAt));
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
}

/**
 * One failed request as a line that says where and when it failed, since a failure seen once in
 * CI has only this line to go on. For example (addresses shortened): `/x.js (net::ERR_ABORTED;
 * script of the main frame at /a/, after its response began, 830 ms after the watch began)`.
 */
function describeFailure(request: Request, page: Page, msSinceWatch: number): string {
  // frame() throws for a request a service worker made on its own; say so rather than lose the line.
  let where = 'no frame (a service worker request)';
  try {
    const frame = request.frame();
    const owner = frame === page.mainFrame() ? 'the main frame' : 'a child frame';
    where = `${owner} at ${frame.url()}${frame.isDetached() ? ', detached' : ''}`;
  } catch {
    // keep the default
  }
  const stage =
    request.timing().responseStart >= 0 ? 'after its response began' : 'before any response';
  return (
    `${request.url()} (${request.failure()?.errorText ?? 'failed'}; ${request.resourceType()} of ` +
    `${where}, ${stage}, ${msSinceWatch} ms after the watch began)`
  );
}

/**
 * Starts recording what a hostile link could set off: uncaught exceptions, and dialogs (each one
 * dismissed and recorded, since an `alert` run by injected markup is the usual proof of injection).
 */
export function watchForInjection(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/**
 * Starts recording every element of the page that fails to load what it names (a script, and with
 * it a module whose imports failed; a stylesheet; an image): the reader's view of a failed load.
 * Call before `page.goto`; read with `elementLoadErrors(page)`.
 */
export async function watchElementLoads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const failed: string[] = [];
    Object.defineProperty(window, '__nnElementLoadErrors', { value: failed });
    // Load errors do not bubble: only a listener in the capture phase sees every element's.
    addEventListener(
      'error',
      (event) => {
        const element = event.target;
        if (!(element instanceof Element)) return;
        const source = element.getAttribute('src') ?? element.getAttribute('href') ?? 'inline';
        failed.push(`${element.tagName.toLowerCase()} ${source}`);
      },
      true,
    );
  });
}

/** The elements that failed to load since `watchElementLoads(page)`, as `tag source`. */
export function elementLoadErrors(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from((window as unknown as { __nnElementLoadErrors: string[] }).__nnElementLoadErrors),
  );
}
