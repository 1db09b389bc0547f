import { test, expect, type Page } from '@playwright/test';
import { widgets } from '../../src/widgets/registry';
import { lessonTitle, widgetsByLesson } from '../../src/widgets/lesson-links';
import { watchPage } from './page-watch';
import { headingOutline, skippedLevels } from './headings';
import { neuron, toText } from '../../engine/index.ts';

// The page-wide checks (console errors, failed and off-site requests, math errors, axe in both
// themes) run on every built page in pages.spec.ts, embed pages included: it lists `dist/` itself.

const hydrated = (page: Page, title: string) =>
  expect(page.locator(`astro-island:has([aria-label="${title}"])`)).not.toHaveAttribute('ssr', '');

for (const widget of widgets) {
  test(`/embed/${widget.slug}/ shows the ${widget.title} alone, live, with a link back to its lesson`, async ({
    page,
    baseURL,
    request,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(`/embed/${widget.slug}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-frame-options']).toBeUndefined();

    await expect(page.getByRole('region', { name: widget.title })).toBeVisible();
    await expect(page.locator('section.widget')).toHaveCount(1);
    await hydrated(page, widget.title);
    // The widget's own title is the page's one h1, and the headings inside the widget follow it
    // without skipping a level on the way down (axe's heading-order: an h1 then an h3 is a skip).
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('region', { name: widget.title }).locator('header h1')).toHaveText(
      widget.title,
    );
    const outline = await headingOutline(page);
    expect(outline[0]).toEqual([1, widget.title]);
    expect(skippedLevels(outline)).toEqual([]);
    for (const chrome of [
      '.page > header',
      'site-search',
      'nav.sidebar',
      'starlight-toc',
      '.pagination-links',
      'footer',
    ]) {
      await expect(page.locator(chrome), chrome).toHaveCount(0);
    }
    // The site's CSS is there: the frame is drawn with the theme's panel border, not unstyled.
    const border = await page
      .locator('section.widget')
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(border).toBe('solid');

    const back = page.getByRole('link', { name: lessonTitle(widget) });
    await expect(back).toHaveAttribute('target', '_top');
    const href = await back.getAttribute('href');
    expect(href).toBe(`/lessons/${widget.lesson}/#${widget.section}`);
    const lesson = await request.get(href!.split('#')[0]);
    expect(lesson.status()).toBe(200);
    expect(await lesson.text(), 'the section the link points at').toContain(
      `id="${widget.section}"`,
    );
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
  });
}

test('an embed takes its state from the URL, and its link back carries that state to the lesson', async ({
  page,
}) => {
  await page.goto('/embed/neuron-explorer/?neuron.w1=2&neuron.b=-0.5&neuron.activation=relu');
  await hydrated(page, 'Neuron explorer');
  const widget = page.getByRole('region', { name: 'Neuron explorer' });
  const expected = neuron({ weights: [2, -0.3], bias: -0.5, activation: 'relu' }).forward([1, 0]);
  await expect(
    widget
      .getByRole('list', { name: "The neuron's computation, step by step" })
      .locator('.nn-sr-only'),
  ).toHaveText(expected.steps.map((step) => toText(step, { symbolic: true })));
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('2');

  // Change it in the embed, then follow the link: the lesson's explorer opens in the same state.
  await widget.getByRole('textbox', { name: 'weight w2', exact: true }).fill('1');
  await page.getByRole('link', { name: 'The neuron' }).click();
  await expect(page).toHaveURL(
    /\/lessons\/the-neuron\/\?.*neuron\.w2=1.*#try-it-the-neuron-explorer$/,
  );
  await hydrated(page, 'Neuron explorer');
  const inLesson = page.getByRole('region', { name: 'Neuron explorer' });
  await expect(inLesson.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('2');
  await expect(inLesson.getByRole('textbox', { name: 'weight w2', exact: true })).toHaveValue('1');
});

test('a hostile or broken embed link loads the defaults with a notice, and runs nothing', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(
    '/embed/neuron-explorer/?neuron.w1=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&neuron.activation=evil&present=1',
  );
  await hydrated(page, 'Neuron explorer');
  const widget = page.getByRole('region', { name: 'Neuron explorer' });
  await expect(widget.locator('[data-link-notice]')).toContainText('weight w1');
  await expect(widget.locator('[data-link-notice]')).toContainText('activation');
  await expect(widget.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('0.5');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Presentation controls' })).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('an embed works inside an iframe on another page, in the theme the reader prefers', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/404.html');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Gate builder';
    frame.width = '800';
    frame.height = '900';
    document.body.replaceChildren(frame);
  }, `${baseURL}/embed/gate-builder/`);
  const frame = page.frameLocator('iframe[title="Gate builder"]');
  await expect(frame.getByRole('region', { name: 'Gate builder' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(frame.locator('astro-island:has([aria-label="Gate builder"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
  // Keyboard use inside the frame works: a slider moves with the arrow keys.
  const slider = frame.getByRole('slider').first();
  const before = await slider.inputValue();
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(slider).not.toHaveValue(before);
});

test('/embed/ lists every embeddable widget in lesson order with its address, its lesson and the iframe code', async ({
  page,
  request,
}) => {
  await page.goto('/embed/');
  await expect(page.getByRole('heading', { level: 1, name: 'Embed a widget' })).toBeVisible();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(widgets.length);
  for (const [i, widget] of widgetsByLesson().entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('link', { name: widget.title, exact: true })).toHaveAttribute(
      'href',
      `/embed/${widget.slug}/`,
    );
    await expect(row.getByRole('link', { name: lessonTitle(widget), exact: true })).toHaveAttribute(
      'href',
      `/lessons/${widget.lesson}/#${widget.section}`,
    );
    await expect(row.locator('code')).toContainText(
      `/embed/${widget.slug}/" title="${widget.title}"`,
    );
    expect((await request.get(`/embed/${widget.slug}/`)).status()).toBe(200);
  }
  // The sidebar leads here.
  await expect(
    page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: 'Embed a widget' }),
  ).toBeVisible();
});
