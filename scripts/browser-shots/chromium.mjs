// Chromium through Playwright (the project's own devDependency) and Debian's /usr/bin/chromium,
// as the browser tests drive it.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { environmentSource, locateSource, settleSource } from './page-probe.mjs';

const asyncBody = (body) => `(async () => { ${body} })()`;

/** Opens Chromium at one view (`{ width, height, scale }`) and colour scheme. */
export async function openChromium(view, scheme) {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const context = await browser.newContext({
    viewport: { width: view.width, height: view.height },
    deviceScaleFactor: view.scale,
    colorScheme: scheme,
  });
  const page = await context.newPage();
  return {
    name: 'Chromium',
    version: browser.version(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
      return page.evaluate(asyncBody(environmentSource));
    },
    async shoot(selector, index, file) {
      const handle = await page.evaluateHandle(asyncBody(locateSource(selector, index)));
      const element = handle.asElement();
      if (!element) return false;
      await page.evaluate(asyncBody(settleSource));
      await element.screenshot({ path: file, animations: 'disabled' });
      return true;
    },
    close: () => browser.close(),
  };
}
