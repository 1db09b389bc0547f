import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { SUB_PATH } from '../../playwright.config';
import { chooseLongRun, untilTraining } from './digit-run';
import { cellOf, expectCount, runButton, typeCode } from './notebook-helpers';
import { servedCopy } from './offline-server';
import { elementLoadErrors, watchElementLoads, watchPage } from './page-watch';
import { builtPages } from './site-pages';

// The course as an installable app that works offline (src/offline/). Each test serves its own
// copy of a build on its own port (E2E_PORT + 2, + 3), so it can take the network away and publish
// a new version without touching the server the other specs use (E2E_PORT + 2 to + 5, one a test).
test.use({ serviceWorkers: 'allow' });
const PORT = Number(process.env.E2E_PORT ?? 4321) + 2;

/** Presses "Make available offline" with the keyboard and waits for the whole download. */
async function makeAvailableOffline(page: Page) {
  const panel = page.getByRole('region', { name: 'Use the course offline' });
  const size = await panel.locator('[data-offline-size]').innerText();
  expect(size).toMatch(/^\d+(\.\d)? MB$/);
  const button = panel.getByRole('button', { name: 'Make available offline' });
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText(
    `Done: the whole course works offline (${size} saved).`,
    { timeout: 180_000 },
  );
  await expect(panel.getByRole('progressbar', { name: 'Download progress' })).toHaveJSProperty(
    'value',
    100,
  );
  await expect(panel.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
}

/**
 * Visits every built page with the network off, each in a tab of its own (leaving a page aborts
 * its late requests, which a shared tab would report against the next page): each must load
 * whole from the offline copy.
 *
 * Whole means what the reader gets: no element failed to load, no console error, no request
 * failed, went off the site or had an error status. One kind of failed request is told apart: a
 * script or stylesheet request that Chromium aborts (it does when the service worker stops while a
 * page loads; seen once in CI, on a fresh machine). Had the page lost the file, the element that
 * asked for it (or the module script that imports it) would report a load error, which fails the
 * check; if none does, the page got the file, and the aborted request is listed in the report.
 */
async function visitEveryPage(
  context: BrowserContext,
  outDir: string,
  url: (path: string) => string,
) {
  let workerStarts = 0;
  context.on('serviceworker', () => (workerStarts += 1));
  for (const path of builtPages(outDir)) {
    const page = await context.newPage();
    await watchElementLoads(page);
    const problems = watchPage(page, new URL(url('')).origin);
    const servedAgain: string[] = [];
    page.on('requestfailed', (request) => {
      const type = request.resourceType();
      const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
      if (aborted && (type === 'script' || type === 'stylesheet')) servedAgain.push(request.url());
    });
    const startsBefore = workerStarts;
    const response = await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    const failedElements = await elementLoadErrors(page);
    const abortedAndServed = (line: string) =>
      failedElements.length === 0 &&
      problems.consoleErrors.length === 0 &&
      servedAgain.some((address) => line.startsWith(`${address} (net::ERR_ABORTED;`));
    const note = `${path} (service worker started ${workerStarts - startsBefore} times meanwhile)`;
    for (const line of problems.failedRequests.filter(abortedAndServed)) {
      test
        .info()
        .annotations.push({ type: 'aborted, then served', description: `${note}: ${line}` });
      // CI's list reporter prints a test's output, not its annotations.
      console.log(`aborted, then served: ${note}: ${line}`);
    }
    expect(
      {
        ...problems,
        failedRequests: problems.failedRequests.filter((line) => !abortedAndServed(line)),
        failedElements,
      },
      note,
    ).toEqual({
      consoleErrors: [],
      failedRequests: [],
      offSiteRequests: [],
      failedElements: [],
    });
    await page.close();
  }
}

test('after "Make available offline", every page, a cell, a widget and the digit lab work with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(600_000);
  const site = await servedCopy('dist', '/', PORT);
  try {
    await page.goto(site.url());
    await makeAvailableOffline(page);
    site.stop();
    await context.setOffline(true);

    await visitEveryPage(context, 'dist', site.url);

    // A cell: its editor and kernel come from the offline copy.
    await page.goto(site.url('lessons/the-neuron/'));
    const cell = cellOf(page, 1);
    await typeCode(page, cell, '20 + 22');
    await runButton(cell).click();
    await expectCount(cell, 1);
    await expect(cell.locator('.nb-value')).toHaveText('42');

    // A widget: Temml and Plot load on first use.
    const widget = page.getByRole('region', { name: 'Neuron explorer' });
    await widget.scrollIntoViewIfNeeded();
    const slider = widget.getByRole('slider', { name: 'weight w1 slider' });
    await slider.focus();
    await slider.press('ArrowRight');
    await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue(
      '0.6',
    );
    await expect(widget.locator('.plot:not([hidden]) svg')).toBeVisible();

    // The digit lab: its 10,000 digits come from the offline copy.
    await page.goto(site.url('digits/'));
    const lab = page.getByRole('region', { name: /^Digit lab/ });
    await lab.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
      'ssr',
      '',
    );
    await chooseLongRun(lab);
    await lab.getByRole('button', { name: 'Train', exact: true }).click();
    await untilTraining(page, undefined, 120_000);
    await lab.getByRole('button', { name: 'Stop' }).click();
  } finally {
    site.dispose();
  }
});

test('a new version shows "Updated: reload", and the reload keeps a saved cell edit', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const site = await servedCopy('dist', '/', PORT + 2);
  try {
    await page.goto(site.url('lessons/the-neuron/'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cell = cellOf(page, 1);
    await typeCode(page, cell, '"my edit"');
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    await page.waitForTimeout(600); // saving waits for a pause in typing

    site.publishNewVersion();
    await page.reload();
    const reload = page.getByRole('button', { name: 'Updated: reload' });
    await expect(reload).toBeVisible({ timeout: 30_000 });
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(before).toBe(site.url('sw.js'));
    await Promise.all([page.waitForEvent('load'), reload.click()]);

    await expect(cell.locator('.nb-plain')).toHaveText('"my edit"');
    await expect(cell.getByText('modified', { exact: true })).toBeVisible();
    await expect(reload).toBeHidden();
    // The new worker took over: it no longer waits.
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting)),
    ).toBe(false);
  } finally {
    site.dispose();
  }
});

test('below a sub-path, the offline copy covers every page and runs a cell', async ({
  page,
  context,
}) => {
  test.setTimeout(600_000);
  const site = await servedCopy('dist-sub-path', SUB_PATH, PORT + 1);
  try {
    await page.goto(site.url());
    await makeAvailableOffline(page);
    site.stop();
    await context.setOffline(true);
    await visitEveryPage(context, 'dist-sub-path', site.url);
    await page.goto(site.url('lessons/the-neuron/'));
    const cell = cellOf(page, 1);
    await typeCode(page, cell, '20 + 22');
    await runButton(cell).click();
    await expect(cell.locator('.nb-value')).toHaveText('42');
  } finally {
    site.dispose();
  }
});

test('"Remove offline copy" empties the cache and keeps saved edits', async ({ page }) => {
  test.setTimeout(300_000);
  const site = await servedCopy('dist', '/', PORT + 3);
  try {
    await page.goto(site.url());
    await page.evaluate(() => localStorage.setItem('nn-offline-test', 'kept'));
    await makeAvailableOffline(page);
    const panel = page.getByRole('region', { name: 'Use the course offline' });
    await panel.getByRole('button', { name: 'Remove offline copy' }).click();
    await expect(panel.getByRole('status')).toHaveText(
      'The offline copy is removed. Your saved edits are kept.',
    );
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('nn-offline-test'))).toBe('kept');
  } finally {
    site.dispose();
  }
});
