import { test, expect } from '@playwright/test';
import { elementLoadErrors, watchElementLoads, watchPage } from './page-watch';

// watchPage is what makes a page-wide check fail; this holds it to reporting a failure on the
// page under test, and to saying enough about it that a failure seen once can be read.
test('watchPage(page, origin) reports a failed script with its type, frame, stage and time', async ({
  page,
  baseURL,
}) => {
  await page.goto('/glossary/', { waitUntil: 'networkidle' });
  const problems = watchPage(page, new URL(baseURL!).origin);
  const missing = new URL('/_astro/never-built.js', baseURL).href;
  await page.route(missing, (route) => route.abort('aborted'));
  await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const script = document.createElement('script');
        script.src = src;
        script.onerror = resolve;
        document.head.append(script);
      }),
    missing,
  );
  expect(problems.failedRequests).toHaveLength(1);
  expect(problems.failedRequests[0]).toMatch(
    new RegExp(
      `^${missing.replace(/[.]/g, '\\.')} \\(net::ERR_ABORTED; script of the main frame at ` +
        `${page.url().replace(/[.]/g, '\\.')}, before any response, \\d+ ms after the watch began\\)$`,
    ),
  );
});

test('watchElementLoads(page) reports a module script whose import was aborted, and nothing on a whole page', async ({
  page,
}) => {
  await watchElementLoads(page);
  await page.goto('/glossary/', { waitUntil: 'networkidle' });
  expect(await elementLoadErrors(page)).toEqual([]);

  // A module that imports a file the network aborts: the importing script element reports it.
  await page.route('**/_astro/never-built-entry.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'import "./never-built-import.js";' }),
  );
  await page.route('**/_astro/never-built-import.js', (route) => route.abort('aborted'));
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/_astro/never-built-entry.js';
        script.addEventListener('error', resolve);
        document.head.append(script);
      }),
  );
  expect(await elementLoadErrors(page)).toEqual(['script /_astro/never-built-entry.js']);
});
