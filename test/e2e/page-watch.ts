import type { Page } from '@playwright/test';

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
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  return problems;
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
