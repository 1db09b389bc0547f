import { chromium } from '@playwright/test';
const [which, base] = process.argv.slice(2);
const sel = which === 'before' ? { display: '.katex-display', steps: '.steps li .katex, ol.steps li', inline: 'table .katex' } : { display: '.math-display', steps: '.steps li math, ol.steps li', inline: 'table math' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = [['l9', 'lessons/forward-and-backpropagation/', [0, 3, 6, 10, 15, 20]], ['l3', 'lessons/activation-functions/', [0, 2, 5]], ['l7', 'lessons/gradient-descent/', [0, 4]]];
for (const [width, height] of [[390, 844], [1280, 900], [1920, 1080]]) for (const theme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: theme, deviceScaleFactor: 1 });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  for (const [name, path, idx] of pages) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const d = page.locator(sel.display);
    for (const i of idx) { if (i < await d.count()) { await d.nth(i).scrollIntoViewIfNeeded(); await d.nth(i).screenshot({ path: `/tmp/light-shots/${which}-${name}-d${i}-${width}-${theme}.png` }); } }
    const t = page.locator('table').filter({ has: page.locator(which === 'before' ? '.katex' : 'math') }).first();
    if (await t.count()) await t.screenshot({ path: `/tmp/light-shots/${which}-${name}-table-${width}-${theme}.png` }).catch(() => {});
    const w = page.locator('section.widget').first();
    if (await w.count()) await w.screenshot({ path: `/tmp/light-shots/${which}-${name}-widget-${width}-${theme}.png` }).catch(() => {});
  }
  await ctx.close();
}
await browser.close();
