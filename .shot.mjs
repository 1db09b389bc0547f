import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const [url, theme = 'light', width = '1280', ...sels] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(url);
await page.evaluate((t) => { localStorage.setItem('starlight-theme', t); document.documentElement.dataset.theme = t; }, theme);
for (const [i, sel] of sels.entries()) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await el.screenshot({ path: `/tmp/shots2/${theme}-${width}-${i}.png` });
  console.log(`/tmp/shots2/${theme}-${width}-${i}.png`, sel);
}
await browser.close();
