import { defineConfig } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from './test/e2e/browser';

/** The site is tested twice: built at the root, and built below a sub-path as on GitHub Pages. */
export const SUB_PATH = '/neural-notebook/';
// E2E_PORT lets two checkouts run their browser tests side by side without sharing a server.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4321);
const SUB_PATH_PORT = ROOT_PORT + 1;

export default defineConfig({
  testDir: './test/e2e',
  // How long a test may take, not how fast the site must be (that is `npm run bench`): the suite
  // must pass beside other busy processes, where a page with axe's checks can take a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: quietChromiumArgs },
    trace: 'retain-on-failure',
    // The site's service worker (offline use) is tested by offline.spec.ts, which allows it. Other
    // specs watch and route the page's own requests, which a worker would answer instead.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUB_PATH_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${SUB_PATH_PORT}`,
      url: `http://127.0.0.1:${SUB_PATH_PORT}${SUB_PATH}`,
      env: { BASE_PATH: SUB_PATH, OUT_DIR: './dist-sub-path' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
