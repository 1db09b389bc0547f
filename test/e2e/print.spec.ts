import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './site-pages';

const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));

/** Navigation and controls that must not reach paper. */
const CHROME = [
  '.page > header',
  'site-search',
  'starlight-theme-select',
  'nav.sidebar',
  '.right-sidebar-container',
  'mobile-starlight-toc',
  '.pagination-links',
  '[data-nn-present-link]',
  '.sl-skip-link',
];

/** Pages in a PDF made by Chromium: one `/Type /Page` object per page (`/Pages` is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/** Opens a lesson and lets every widget hydrate, as a reader who scrolled through it. */
async function openLesson(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

for (const path of lessons) {
  test(`${path} prints as a handout: no chrome, widgets and cells kept, a sane number of A4 pages`, async ({
    page,
  }) => {
    // Dark on screen, to check that paper is still light.
    await page.emulateMedia({ colorScheme: 'dark' });
    await openLesson(page, path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    for (const selector of CHROME) {
      for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
    }
    // Buttons that do nothing on paper are gone; the content is all there.
    const looseButtons = page.locator(
      'main .sl-markdown-content button:not([aria-pressed], [aria-selected], [role=tab], [role=radio])',
    );
    for (const el of await looseButtons.all()) await expect(el).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const el of await page.locator('main .sl-markdown-content h2').all())
      await expect(el).toBeVisible();
    for (const el of await page.locator('main section.widget').all())
      await expect(el).toBeVisible();
    for (const el of await page.locator('main .nb-cell').all()) {
      await expect(el.locator('pre:visible').first()).toBeVisible(); // the build's block, or the reader's edit
      await expect(el.locator('.nb-output')).toBeVisible();
    }
    await expect(page.locator('.nb-bar')).toBeHidden(); // the notebook's controls do nothing on paper
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('main p')!).color,
    }));
    expect(colours.background).toBe('rgb(255, 255, 255)');
    const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
    expect(r + g + b, `body text ${colours.text} is dark on paper`).toBeLessThan(3 * 110);

    // Nothing spills past the paper's width (A4 at 96 dpi, less the margins, is about 686 px).
    await page.setViewportSize({ width: 686, height: 1000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow on paper').toBeLessThanOrEqual(0);

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPageCount(pdf);
    const words = (await page.locator('main').innerText()).split(/\s+/).length;
    test
      .info()
      .annotations.push({ type: 'pdf', description: `${path}: ${pages} A4 pages, ${words} words` });
    console.log(`[print] ${path}: ${pages} A4 pages, ${words} words`);
    // A lesson is a few thousand words with a handful of figures: a handout of 3 to 15 pages,
    // and never less than the text alone needs (about 700 words a page at this size).
    expect(pages).toBeGreaterThanOrEqual(Math.max(3, Math.floor(words / 700)));
    expect(pages).toBeLessThanOrEqual(15);
  });
}

test('a widget prints in the state the reader left it in', async ({ page }) => {
  await openLesson(page, '/lessons/the-neuron/');
  const widget = page.getByRole('region', { name: 'Neuron explorer' });
  await widget.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Neuron explorer"])'),
  ).not.toHaveAttribute('ssr', '');
  await widget.getByRole('textbox', { name: 'weight w1', exact: true }).fill('2');
  await widget.getByRole('radio', { name: /relu/i }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('2');
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toBeVisible();
  await expect(widget.locator('svg').first()).toContainText('= 2');
  await expect(widget.locator('.nn-pills label.checked')).toContainText(/relu/i);
  // The chosen option reads without background colours: a heavy dark border and bold text.
  const weight = await widget
    .locator('.nn-pills label.checked')
    .evaluate((el) => getComputedStyle(el).fontWeight);
  expect(weight).toBe('700');
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
});

test('folds print open: worked examples, long outputs and, with the instructor view on, the notes', async ({
  page,
}) => {
  await page.goto('/lessons/forward-and-backpropagation/?instructor=1');
  const bodies = page.locator('main [data-fold-body]');
  expect(await bodies.count()).toBeGreaterThan(3);
  await page.emulateMedia({ media: 'print' });
  for (const body of await bodies.all()) {
    await expect(body).toHaveAttribute('data-fold-built', '');
    await expect(body).toBeVisible();
    await expect(body.locator('p, li, table').first()).toBeVisible();
  }
  for (const toggle of await page.locator('[data-fold-toggle]').all())
    await expect(toggle).toBeHidden();
  await expect(page.locator('main [data-fold-preview]').first()).toBeHidden();
});

test('pdfPageCount counts the pages of a PDF Chromium made', async ({ page }) => {
  await page.setContent(
    '<p style="break-after: page">one</p><p style="break-after: page">two</p><p>three</p>',
  );
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(3);
});
