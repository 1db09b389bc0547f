import { test, expect, type Page } from '@playwright/test';
import { openPlayground, playground } from './playground-helpers';

/** What a first visitor sees: the home page's way in and its tools, and the playground on a phone. */
const views = [
  ['desktop', { width: 1280, height: 800 }],
  ['390 px phone', { width: 390, height: 844 }],
] as const;

const tools = [
  ['Playground', '/playground/'],
  ['Digit lab', '/digits/'],
  ['Notebook', '/notebook/'],
  ['Instructor guide', '/instructor-guide/'],
] as const;

for (const [name, viewport] of views) {
  test(`home (${name}): the main button starts at lesson 1; the four tools, each with a picture, are in the first two screens`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const start = page.getByRole('link', { name: 'Start the course: what deep learning is' });
    await expect(start).toHaveAttribute('href', '/lessons/what-deep-learning-is/');
    const list = page.getByRole('list', { name: 'Try it yourself' });
    for (const [title, href] of tools) {
      const link = list.getByRole('link', { name: new RegExp(`${title}$`) });
      await expect(link).toHaveAttribute('href', href);
      const img = link.locator('img');
      await expect(img).toHaveAttribute('alt', /.{20,}/);
      await expect(img).toHaveAttribute('width', /^\d+$/);
      await expect(img).toHaveAttribute('height', /^\d+$/);
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('src', /\.webp$/);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, `${title} ends within two screens`).toBeLessThanOrEqual(
        2 * viewport.height,
      );
    }
  });
}

const settingsToggle = (page: Page) =>
  playground(page).getByText('Data, features and training settings');

test('playground on a 390 px phone: the picture comes first, settings fold away, Play and the boundary share the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page);
  const pg = playground(page);
  const picture = pg.getByTestId('output-plot');
  const data = pg.getByRole('radio', { name: 'Circle' });
  await expect(data).toBeHidden();
  const play = pg.getByRole('button', { name: 'Play' });
  await play.evaluate((b) => b.scrollIntoView({ block: 'start' }));
  const playBox = (await play.boundingBox())!;
  const pictureBox = (await picture.boundingBox())!;
  expect(pictureBox.y).toBeGreaterThan(playBox.y);
  expect(pictureBox.y + pictureBox.height - playBox.y).toBeLessThanOrEqual(844);
  // The diagram comes after the picture; the settings after both, one tap away.
  const diagram = (await pg.getByRole('button', { name: 'Add layer' }).boundingBox())!;
  expect(diagram.y).toBeGreaterThan(pictureBox.y);
  await settingsToggle(page).click();
  await expect(data).toBeVisible();
  await data.check();
  await settingsToggle(page).click();
  await expect(data).toBeHidden();
  // Training runs with the boundary in view.
  await play.click();
  await expect
    .poll(async () => Number(await pg.getByTestId('epoch').textContent()))
    .toBeGreaterThan(2);
  await expect(picture).toBeInViewport();
  await expect(play.or(pg.getByRole('button', { name: 'Pause' }))).toBeInViewport();
});

test('playground on a desktop: settings stay open beside the diagram, with no fold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPlayground(page);
  await expect(playground(page).getByRole('radio', { name: 'Circle' })).toBeVisible();
  await expect(settingsToggle(page)).toBeHidden();
});
