import { test, expect } from '@playwright/test';
import { seriousViolations } from './axe';
import { writtenLessons, lessonId } from '../../src/course/outline';
import { WIDGETS, openWidget } from './url-state-widgets';
import { widgets } from '../../src/widgets/registry';
import { lessonTitle } from '../../src/widgets/lesson-links';

const toggle = (page: import('@playwright/test').Page) =>
  page.getByRole('switch', { name: 'Instructor view' });

// One test a lesson: a single test visiting every lesson outgrew the 30 s timeout as lessons were added.
for (const lesson of writtenLessons) {
  test(`${lesson.slug} has instructor notes inside its sections, hidden until the switch is on`, async ({
    page,
  }) => {
    await page.goto(`/${lessonId(lesson)}/`);
    const notes = page.locator('[data-instructor-note]');
    expect(await notes.count(), lesson.slug).toBeGreaterThanOrEqual(4);
    await expect(notes.first()).toBeHidden();
    // Each note sits after a ## heading (the speaker view reads them per section).
    const underHeading = await notes.evaluateAll((els) =>
      els.every((el) => {
        for (let n = el.previousElementSibling; n; n = n.previousElementSibling) {
          if (n.matches('h2, .sl-heading-wrapper.level-h2')) return true;
        }
        return false;
      }),
    );
    expect(underHeading, lesson.slug).toBe(true);
    await expect(toggle(page)).toHaveAttribute('aria-checked', 'false');
  });
}

test('the switch shows the notes, is remembered across lessons, and turns off again', async ({
  page,
}) => {
  await page.goto('/lessons/the-neuron/');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-checked', 'true');
  const notes = page.locator('[data-instructor-note]');
  await expect(notes.first()).toBeVisible();
  await expect(notes.first()).toHaveAccessibleName('Instructor note');
  await page.goto('/lessons/gradient-descent/');
  await expect(toggle(page)).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('[data-instructor-note]').first()).toBeVisible();
  await toggle(page).click();
  await expect(page.locator('[data-instructor-note]').first()).toBeHidden();
  await page.reload();
  await expect(page.locator('[data-instructor-note]').first()).toBeHidden();
});

test('?instructor=1 opens a lesson with its notes, and widget links in the notes restore that state', async ({
  page,
}) => {
  await page.goto('/lessons/activation-functions/?instructor=1');
  await expect(toggle(page)).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('link', { name: 'ReLU at z = −2', exact: true }).click();
  await expect(page).toHaveURL(/act\.activation=relu&act\.z=-2/);
  await expect(page.getByRole('textbox', { name: 'weighted sum z' })).toHaveValue('-2');
  await expect(page.locator('input[name="act-activation"][value="relu"]')).toBeChecked();
});

test('with storage blocked the switch still works on the page and says it is not remembered', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/lessons/the-xor-problem/');
  await toggle(page).click();
  await expect(page.locator('[data-instructor-note]').first()).toBeVisible();
  await expect(page.locator('.nn-instructor-switch')).toContainText('Not remembered');
});

test('the instructor guide has a plan for every lesson and its state links open the lessons', async ({
  page,
}) => {
  await page.goto('/instructor-guide/');
  for (const lesson of writtenLessons) {
    await expect(
      page.getByRole('heading', { level: 2, name: `${lesson.number}. ${lesson.title}` }),
    ).toBeVisible();
  }
  await expect(page.getByRole('table')).toHaveCount(writtenLessons.length);
  await page.getByRole('link', { name: 'seed 8, stuck after 3,000 epochs' }).click();
  await expect(page).toHaveURL(/xor\.seed=8&xor\.trained=2x3000/);
  await expect(page.locator('[data-instructor-note]').first()).toBeVisible();
  await expect(page.locator('#xor-seed-int')).toHaveValue('8');
});

test('the instructor guide lists every widget of the registry, in lesson order, with its lesson section and its embed', async ({
  page,
  request,
}) => {
  await page.goto('/instructor-guide/');
  const heading = page.getByRole('heading', { level: 2, name: 'Every widget' });
  await expect(heading).toBeVisible();
  await expect(
    page.locator('starlight-toc').getByRole('link', { name: 'Every widget' }),
  ).toHaveAttribute('href', '#every-widget');
  const items = page.locator('#every-widget ~ ul > li');
  await expect(items).toHaveCount(widgets.length);
  // In lesson order (the registry's own order is the order widgets were added).
  const lessonOf = (slug: string) => writtenLessons.find((l) => l.slug === slug)!;
  const byLesson = [...widgets].sort(
    (a, b) => lessonOf(a.lesson).number - lessonOf(b.lesson).number,
  );
  for (const [i, widget] of byLesson.entries()) {
    const item = items.nth(i);
    const lesson = lessonOf(widget.lesson);
    await expect(item).toContainText(`${widget.title}: lesson ${lesson.number}, ${lesson.title}`);
    await expect(
      item.getByRole('link', { name: lessonTitle(widget), exact: true }),
    ).toHaveAttribute('href', `/lessons/${widget.lesson}/#${widget.section}`);
    const embed = item.getByRole('link', { name: `/embed/${widget.slug}/`, exact: true });
    await expect(embed).toHaveAttribute('href', `/embed/${widget.slug}/`);
    expect((await request.get(`/embed/${widget.slug}/`)).status()).toBe(200);
  }
});

test('every widget state the guide links to opens as written: no widget refuses any of it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/instructor-guide/');
  const hrefs = await page
    .locator('a[href*="instructor=1"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(30);
  // The allowance grows with the guide: a page load for each state (seconds on a busy machine),
  // and a replay of training in the worker for each trained digit lab.
  const replays = hrefs.filter((href) => href.includes('digits.trained=')).length;
  test.setTimeout(60_000 + hrefs.length * 15_000 + replays * 120_000);
  for (const href of hrefs) {
    const url = new URL(href, page.url());
    const ns = [...url.searchParams.keys()].find((k) => k.includes('.'))!.split('.')[0];
    const w = WIDGETS.find((x) => x.ns === ns);
    let region;
    if (w) region = await openWidget(page, href, w);
    else {
      expect(ns, href).toBe('digits');
      await page.goto(href);
      region = page.getByRole('region', { name: /^Digit lab/ });
      await region.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island:has([aria-label^="Digit lab"])')).not.toHaveAttribute(
        'ssr',
        '',
      );
    }
    await expect(region.locator('[data-link-notice]'), href).toHaveCount(0);
    const trained = url.searchParams.get('digits.trained');
    if (trained) {
      // The trained lab: the link's epochs are replayed in the worker (the notice that says so can
      // come and go between two looks on a fast machine, so the test reads the result: one row per
      // epoch and the notice gone); then the drawing is read (lesson 1's guide promises its 7 is
      // read as 7).
      const lab = page.getByRole('region', { name: /^Digit lab/ });
      const epochs = lab.getByRole('table', { name: 'After each epoch' }).locator('tbody tr');
      await expect(epochs).toHaveCount(Number(trained), { timeout: 120_000 });
      await expect(epochs.last().locator('td').first()).toHaveText(trained);
      await expect(lab.getByTestId('replay-notice')).toHaveCount(0, { timeout: 120_000 });
      const reads = url.pathname.includes('what-deep-learning-is')
        ? 'It reads 7,'
        : /^It reads \d,/;
      await expect(lab.getByText(reads)).toBeVisible();
    }
  }
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`notes, an exercise's hints and solution, and a link notice pass axe in the ${theme} theme`, async ({
    page,
  }) => {
    // axe over a whole lesson with every panel open is slow on a shared machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/lessons/logic-gates/?instructor=1&gate.w1=oops');
    await expect(page.locator('[data-instructor-note]').first()).toBeVisible();
    await page.getByRole('region', { name: 'Gate builder' }).scrollIntoViewIfNeeded();
    await expect(page.locator('[data-link-notice]')).toBeVisible();
    const box = page.locator('[data-exercise="gates-ex-nand"]');
    await box.scrollIntoViewIfNeeded();
    await expect(
      page.locator('astro-island:has([data-exercise="gates-ex-nand"])'),
    ).not.toHaveAttribute('ssr', '');
    await box.getByRole('button', { name: /Show a hint/ }).click();
    await box.getByRole('button', { name: 'Show the solution' }).click();
    await box.getByRole('button', { name: 'Check' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
