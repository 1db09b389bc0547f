import { test, expect, type Page } from '@playwright/test';
import { watchPage } from './page-watch';

const LESSON = '/lessons/the-neuron/';
const counter = (page: Page) => page.locator('[data-nn-counter]');
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Presentation controls' });
/** The `##` headings of the lesson, read from the page itself (a slide each, after the title slide). */
const sectionTitles = (page: Page) =>
  page
    .locator('main .sl-markdown-content h2')
    .evaluateAll((hs) => hs.map((h) => h.textContent!.trim()));
/** The section headings a viewer can see right now. */
const visibleSections = (page: Page) =>
  page
    .locator('main .sl-markdown-content h2')
    .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent!.trim()));
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('present');

test('the Present link turns the lesson into slides: title slide first, chrome hidden, one ## section per slide', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  expect(titles.length).toBeGreaterThan(3);
  await page.getByRole('link', { name: 'Present' }).click();

  await expect(counter(page)).toHaveText(`1 / ${titles.length + 1}`);
  expect(slideParam(page)).toBe('1');
  await expect(page.getByRole('heading', { level: 1, name: 'The neuron' })).toBeVisible();
  expect(await visibleSections(page)).toEqual([]);
  for (const chrome of [
    '.page > header',
    'nav.sidebar',
    '.right-sidebar-container',
    '.pagination-links',
  ]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  // Type is large: the body text is bigger than the reading view's 16px.
  const size = await page
    .locator('main .objectives li')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThan(22);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${titles.length + 1}`);
  expect(await visibleSections(page)).toEqual([titles[0]]);
  await expect(page.getByRole('heading', { level: 1, name: 'The neuron' })).toBeHidden();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('arrows, Space, PageUp/PageDown, Home and End move through the slides, and the URL follows', async ({
  page,
}) => {
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  const count = titles.length + 1;
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(counter(page)).toHaveText(`1 / ${count}`);

  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowDown', 5],
    ['PageUp', 4],
    ['ArrowLeft', 3],
    ['ArrowUp', 2],
    ['Shift+Space', 1],
    ['ArrowLeft', 1],
    ['End', count],
    ['ArrowRight', count],
    ['Home', 1],
  ];
  for (const [key, slide] of steps) {
    await page.keyboard.press(key);
    await expect(counter(page), `after ${key}`).toHaveText(`${slide} / ${count}`);
    expect(slideParam(page), `URL after ${key}`).toBe(String(slide));
    expect(await visibleSections(page)).toEqual(slide === 1 ? [] : [titles[slide - 2]]);
  }
  // The toolbar's buttons do the same.
  await toolbar(page).getByRole('button', { name: 'Next slide' }).click();
  await expect(counter(page)).toHaveText(`2 / ${count}`);
  await toolbar(page).getByRole('button', { name: 'Previous slide' }).click();
  await expect(counter(page)).toHaveText(`1 / ${count}`);
  await expect(toolbar(page).getByRole('button', { name: 'Previous slide' })).toBeDisabled();
});

test('a presenter URL reopens the same slide; a hand-edited one falls back to a valid slide', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  const count = titles.length + 1;

  await page.waitForLoadState('networkidle');
  await page.goto(`${LESSON}?present=5`);
  await expect(counter(page)).toHaveText(`5 / ${count}`);
  expect(await visibleSections(page)).toEqual([titles[3]]);

  await page.waitForLoadState('networkidle');
  await page.goto(`${LESSON}?present=999`);
  await expect(counter(page)).toHaveText(`${count} / ${count}`);
  for (const bad of ['abc', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '-3', '']) {
    // Let the slide's widgets finish loading first: a script still in flight when the test
    // navigates away is aborted by the test, not failed by the site.
    await page.waitForLoadState('networkidle');
    await page.goto(`${LESSON}?present=${bad}`);
    await expect(counter(page), bad).toHaveText(`1 / ${count}`);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('Escape leaves the presentation at the section being shown, with the whole lesson back', async ({
  page,
}) => {
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  await page.goto(`${LESSON}?present=4`);
  await expect(counter(page)).toHaveText(`4 / ${titles.length + 1}`);
  await page.keyboard.press('Escape');
  await expect(toolbar(page)).toHaveCount(0);
  expect(slideParam(page)).toBeNull();
  await expect(page.locator('.page > header')).toBeVisible();
  await expect(page.locator('.sidebar-pane')).toBeVisible();
  expect(await visibleSections(page)).toEqual(titles);
  await expect(page.getByRole('heading', { level: 2, name: titles[2] })).toBeInViewport();
  // Keys scroll the page again instead of moving slides.
  await page.keyboard.press('End');
  await expect(toolbar(page)).toHaveCount(0);
});

test('inside a slide, arrows still drive sliders and radio buttons, and typing in a field moves nothing', async ({
  page,
}) => {
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  const slide = titles.findIndex((t) => /neuron explorer/i.test(t)) + 2;
  await page.goto(`${LESSON}?present=${slide}`);
  const widget = page.getByRole('region', { name: 'Neuron explorer' });
  await widget.scrollIntoViewIfNeeded();
  await expect(
    page.locator('astro-island:has([aria-label="Neuron explorer"])'),
  ).not.toHaveAttribute('ssr', '');
  const expectSlide = () => expect(counter(page)).toHaveText(`${slide} / ${titles.length + 1}`);

  const w1 = widget.getByRole('textbox', { name: 'weight w1', exact: true });
  const before = Number(await w1.inputValue());
  const slider = widget.getByRole('slider', { name: 'weight w1 slider' });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await slider.press('PageUp');
  await slider.press('End');
  await expectSlide();
  expect(Number(await w1.inputValue())).toBeGreaterThan(before);

  const checked = widget.getByRole('radio', { checked: true });
  const activation = await checked.getAttribute('value');
  await checked.focus();
  await page.keyboard.press('ArrowRight');
  await expectSlide();
  expect(await widget.getByRole('radio', { checked: true }).getAttribute('value')).not.toBe(
    activation,
  );

  await w1.fill('');
  await w1.pressSequentially('1.5 ');
  await w1.press('Home');
  await w1.press('Escape');
  await expectSlide();
  await expect(toolbar(page)).toBeVisible();
});

test('the speaker view shows the slide, its instructor notes and the next slide, follows the presentation and drives it', async ({
  page,
  context,
}) => {
  await page.goto(LESSON);
  const titles = await sectionTitles(page);
  const count = titles.length + 1;
  // The lesson's own notes: "The same neuron in code" has none, "Check yourself" has one.
  const noteSlide = titles.indexOf('Check yourself') + 2;
  await page.goto(`${LESSON}?present=${noteSlide - 1}`);
  await expect(counter(page)).toHaveText(`${noteSlide - 1} / ${count}`);

  const popupPromise = context.waitForEvent('page');
  await toolbar(page).getByRole('button', { name: 'Open the speaker view' }).click();
  const speaker = await popupPromise;
  await speaker.waitForLoadState();
  const view = speaker.getByRole('main', { name: 'Speaker view' });
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(titles[noteSlide - 3]);
  await expect(view).toContainText(`Slide ${noteSlide - 1} of ${count}`);
  await expect(view.getByRole('heading', { name: `Next: ${titles[noteSlide - 2]}` })).toBeVisible();
  await expect(view).toContainText('No instructor notes on this slide.');

  // The presentation moves: the speaker view follows, and shows this slide's note.
  await page.keyboard.press('ArrowRight');
  await expect(view).toContainText(`Slide ${noteSlide} of ${count}`);
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Check yourself');
  await expect(view.locator('.nn-speaker-notes')).toContainText('Running the checks');
  await expect(view.locator('.nn-speaker-notes')).toContainText(
    'Students do the numeric check by hand first',
  );
  await expect(view.getByRole('status')).toHaveText('Following the presentation window.');
  // The note is for the instructor only: the audience's screen does not show it.
  for (const note of await page.locator('[data-instructor-note]').all())
    await expect(note).toBeHidden();

  // The speaker view drives the presentation, by button and by key.
  await view.getByRole('button', { name: 'Next slide' }).click();
  await expect(counter(page)).toHaveText(`${noteSlide + 1} / ${count}`);
  expect(await visibleSections(page)).toEqual([titles[noteSlide - 1]]);
  await speaker.keyboard.press('ArrowLeft');
  await speaker.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`${noteSlide - 1} / ${count}`);
  await expect(view).toContainText(`Slide ${noteSlide - 1} of ${count}`);

  // Or jumps straight to any slide from the list of all slides.
  await view
    .getByRole('list', { name: 'All slides' })
    .getByRole('button', { name: titles[titles.length - 1] })
    .click();
  await expect(counter(page)).toHaveText(`${count} / ${count}`);
  await expect(view.getByRole('button', { name: titles[titles.length - 1] })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(view.getByRole('heading', { name: 'Next: the end' })).toBeVisible();

  // A timer runs: minutes and seconds that move on. (How far it has got depends on how fast the
  // machine ran the steps above, so the test reads it rather than expecting a value.)
  const timer = view.getByRole('timer', { name: 'Time elapsed' });
  await expect(timer).toHaveText(/^\d+:[0-5]\d$/);
  const reading = (await timer.textContent()) ?? '';
  await expect(timer).not.toHaveText(reading);
  await expect(timer).toHaveText(/^\d+:[0-5]\d$/);
});

test('presenting fits a 1280x720 projector and a 4K screen: type scales with the screen and nothing spills sideways', async ({
  browser,
}) => {
  const sizes: Record<string, number> = {};
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 3840, height: 2160 },
  ]) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${LESSON}?present=2`);
    await expect(counter(page)).toBeVisible();
    const measure = await page.evaluate(() => ({
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(measure.overflow, `horizontal overflow at ${viewport.width}`).toBeLessThanOrEqual(0);
    sizes[viewport.width] = measure.root;
    await page.close();
  }
  expect(sizes[1280]).toBeGreaterThanOrEqual(18);
  expect(sizes[3840] / sizes[1280]).toBeCloseTo(3, 1);
});

test('at 1280x720 a tall slide is shrunk a little (never below 80% type) or scrolls with a visible cue', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto('/lessons/forward-and-backpropagation/?present=1');
  await expect(counter(page)).toBeVisible();
  const count = Number((await counter(page).textContent())!.split('/')[1]);
  const more = page.getByRole('button', {
    name: 'This slide continues below the screen: scroll down',
  });
  const base = 20; // 1280 / 64: the presenter's type size at this width (present.css)
  let scrolled = 0;
  let stepperSlide = 0;
  const seen: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i > 1) await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${i} / ${count}`);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(800); // past the re-fit once the slide's widgets have hydrated
    const m = await page.evaluate(() => ({
      root: parseFloat(getComputedStyle(document.documentElement).fontSize),
      below: document.documentElement.scrollHeight - window.innerHeight - window.scrollY,
    }));
    seen.push(`${i}: ${m.root}px, ${Math.round(m.below)}px below`);
    if (await page.getByRole('region', { name: 'Backprop stepper' }).isVisible()) stepperSlide = i;
    expect(m.root, `slide ${i}: type size`).toBeGreaterThanOrEqual(base * 0.8 - 0.01);
    if (m.below > 8) {
      scrolled++;
      await expect(more, `slide ${i}: the cue shows`).toBeVisible();
    } else {
      await expect(more, `slide ${i}: no cue`).toBeHidden();
    }
  }
  expect(scrolled, `slides that scroll (${seen.join('; ')})`).toBeGreaterThan(0);

  // A slide a little too tall (the title slide, lengthened by 4rem more than the room it has
  // left) is shown in smaller type, whole, with no cue.
  await page.goto('/lessons/forward-and-backpropagation/?present=1');
  await expect(counter(page)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
  await page.evaluate(() => {
    const root = document.documentElement;
    const room =
      (window.innerHeight - root.scrollHeight) / parseFloat(getComputedStyle(root).fontSize);
    const extra = document.createElement('div');
    extra.style.height = `${room + 4}rem`;
    document.querySelector('main .objectives')!.append(extra);
    window.dispatchEvent(new Event('resize'));
  });
  await page.waitForTimeout(600);
  const fitted = await page.evaluate(() => ({
    root: parseFloat(getComputedStyle(document.documentElement).fontSize),
    below: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(fitted.root).toBeLessThan(base);
  expect(fitted.root).toBeGreaterThanOrEqual(base * 0.8 - 0.01);
  expect(fitted.below).toBeLessThanOrEqual(8);
  await expect(more).toBeHidden();

  // The stepper's slide scrolls: the cue scrolls on, goes once the end is in view, and the widget works.
  expect(stepperSlide).toBeGreaterThan(0);
  await page.goto(`/lessons/forward-and-backpropagation/?present=${stepperSlide}`);
  await expect(more).toBeVisible();
  await more.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(more).toBeHidden();
  const stepper = page.getByRole('region', { name: 'Backprop stepper' });
  await stepper.getByRole('button', { name: 'Run both passes' }).click();
  await expect(stepper.getByText('Stage 9 of 9.')).toBeVisible();
  await page.close();
});

test('when the browser blocks the speaker view window, the presenter is told so and how to allow it', async ({
  page,
}) => {
  // A pop-up blocker: window.open returns null.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(`${LESSON}?present=3`);
  await toolbar(page).getByRole('button', { name: 'Open the speaker view' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The speaker view did not open' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('blocked its window');
  await expect(alert).toContainText('always allow pop-ups from this site');
  const link = alert.getByRole('link', { name: 'Open the speaker view in a new tab' });
  const href = new URL((await link.getAttribute('href'))!, page.url());
  expect(href.searchParams.get('speaker')).toBe('3');
  expect(href.searchParams.has('present')).toBe(false);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeFocused();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toBeVisible(); // still blocked: told again
  await alert.getByRole('button', { name: 'Close' }).click();
  await expect(alert).toHaveCount(0);
  await expect(counter(page)).toHaveText(/^3 \//);
});

test('PageDown and Space scroll a slide taller than the screen to its end before moving on; PageUp scrolls back first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(LESSON);
  const count = (await sectionTitles(page)).length + 1;
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(counter(page)).toHaveText(`1 / ${count}`);
  const view = () =>
    page.evaluate(() => ({
      top: window.scrollY,
      height: window.innerHeight,
      total: document.documentElement.scrollHeight,
    }));
  // Find a tall slide (one with a widget) by moving with the arrows, which never scroll.
  let slide = 1;
  for (;;) {
    await page.keyboard.press('ArrowRight');
    slide++;
    await expect(counter(page)).toHaveText(`${slide} / ${count}`);
    await page.waitForTimeout(700); // the slide is fitted again once its widgets have hydrated
    const v = await view();
    if (v.total > v.height * 1.5) break;
    expect(slide, 'the lesson has a slide taller than 720 px').toBeLessThan(count);
  }
  await page.mouse.move(5, 5);
  let pages = 0;
  for (;;) {
    const before = await view();
    await page.keyboard.press(pages % 2 ? 'Space' : 'PageDown');
    if (before.total - before.top - before.height <= 8) break;
    pages++;
    await expect(counter(page), 'still the same slide while it scrolls').toHaveText(
      `${slide} / ${count}`,
    );
    await expect.poll(async () => (await view()).top).toBeGreaterThan(before.top);
  }
  expect(pages).toBeGreaterThan(0);
  await expect(counter(page), 'at the end, the next key moves on').toHaveText(
    `${slide + 1} / ${count}`,
  );
  expect((await view()).top).toBe(0);
  // Back to the tall slide (shown from its top), scroll down once, then PageUp scrolls back up.
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText(`${slide} / ${count}`);
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await view()).top).toBeGreaterThan(0);
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await view()).top).toBe(0);
  await expect(counter(page)).toHaveText(`${slide} / ${count}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`${slide - 1} / ${count}`);
});
