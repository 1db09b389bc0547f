import { test, expect, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { watchPage } from './page-watch';

/**
 * Folds (src/lib/fold/): content shipped as the text of a <noscript> and built into the page when
 * a reader opens it. Lesson 9's worked example is a prose fold, its instructor notes folds opened by
 * the instructor view; lesson 15's first cell's output is a folded long output.
 */
const LESSON = '/lessons/forward-and-backpropagation/';
const WORKED = /^Worked example: the four equations/;

const foldButton = (page: Page) => page.getByRole('button', { name: WORKED });
const bodyOf = async (page: Page) =>
  page.locator(`#${await foldButton(page).getAttribute('aria-controls')}`);

test('a fold adds no elements at load, opens by click and by keyboard, and folds again', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto(LESSON);
  const button = foldButton(page);
  await expect(button).toBeEnabled();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const body = await bodyOf(page);
  // Only the store (a noscript, whose content is text while scripting is on).
  expect(await body.evaluate((el) => [...el.children].map((c) => c.tagName))).toEqual(['NOSCRIPT']);
  await expect(body.locator('math')).toHaveCount(0);

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(body).toBeVisible();
  await expect(body.getByRole('listitem')).toHaveCount(4);
  await expect(body.locator('math').first()).toBeVisible();
  await expect(button).toBeFocused();

  // The keyboard: Enter folds it (the built elements stay, hidden), Space opens it again.
  const built = await body.locator('*').count();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(body).toBeHidden();
  expect(await body.locator('*').count()).toBe(built);
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(body).toBeVisible();
  expect(await body.locator('*').count()).toBe(built);

  expect(await seriousViolations(page)).toEqual([]);
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('an opened fold shows the same markup as the page read without JavaScript', async ({
  page,
  browser,
}) => {
  await page.goto(LESSON);
  await foldButton(page).click();
  const opened = await (await bodyOf(page)).evaluate((el) => el.innerHTML);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(LESSON);
  // Without scripts the store renders as markup, open, and the button that could do nothing is gone.
  const hidden = noJs.locator('[data-fold-toggle]', { hasText: WORKED });
  await expect(hidden).toBeHidden();
  const id = await hidden.getAttribute('aria-controls');
  const store = noJs.locator(`#${id} > noscript`);
  await expect(noJs.locator(`#${id} li`).first()).toBeVisible();
  expect(await store.evaluate((el) => el.innerHTML)).toBe(opened);
  await context.close();
});

test('a long saved output shows its first steps and builds the whole output on demand', async ({
  page,
}) => {
  await page.goto('/lessons/checking-gradients-and-autograd/');
  const output = page.getByRole('group', { name: 'Output of cell 1' });
  const show = output.getByRole('button', { name: /^Show all \d+ steps$/ });
  const total = Number((await show.textContent())!.match(/\d+/)![0]);
  const preview = await output.locator('[data-fold-preview] li').count();
  expect(preview).toBeGreaterThan(0);
  expect(preview).toBeLessThan(total);
  await show.click();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(output.locator('[data-fold-preview]')).toBeHidden();
  await expect(output.locator('[data-fold-body] ol.nb-steps > li')).toHaveCount(total);
});

test('instructor notes are built when the instructor view is switched on', async ({ page }) => {
  await page.goto(LESSON);
  const note = page.locator('[data-instructor-note]').first();
  await expect(note.locator('.nn-instructor-note-body p')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Instructor view' }).click();
  await expect(note).toBeVisible();
  await expect(note.locator('.nn-instructor-note-body p').first()).toBeVisible();
});

test('the site search finds words that are only inside a fold', async ({ page }) => {
  const phrase = 'common denominator';
  await page.goto('/lessons/the-xor-problem/');
  // Folded at load: the words are in no element's text until the fold opens.
  expect(await page.locator('main').innerText()).not.toContain(phrase);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox').fill(phrase);
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', /\/lessons\/the-xor-problem\//);
});
