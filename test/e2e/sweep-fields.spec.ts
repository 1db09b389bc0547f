import { test, expect, type Locator, type Page } from '@playwright/test';
import { updatesPerEpoch } from '../../engine/index.ts';
import { engineRun, lossText, openPlayground, playground } from './playground-helpers';
import { watchPage } from './page-watch';

// Every number field that is not a slider's (seeds, epoch counts, a batch size, a new point's
// coordinates) given what a reader may type: nothing, words, 1e6, -0, one past each end, a
// fraction. Each bad value gets a message the field points to (aria-describedby, role=alert);
// what the reader set elsewhere stays; no console error; and an accepted value gives the
// engine's numbers.

/** Types `text` as a reader would: a number field drops the keys it cannot take (`abc`). */
async function typeInto(field: Locator, text: string) {
  if (text === '' || Number.isFinite(Number(text))) return field.fill(text);
  await field.fill('');
  await field.pressSequentially(text);
}

/** The field's message, found through its aria-describedby, as a screen reader finds it. */
async function messageOf(page: Page, field: Locator) {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const alerts = ids.map((id) => page.locator(`[id="${id}"][role=alert]`));
  for (const alert of alerts) if ((await alert.count()) > 0) return alert;
  return null;
}

const BAD = ['', 'abc', '-1', '1000001', '2.5', '1e7'];

test('the playground: bad seeds, data seeds and batch sizes are refused with a message, good ones give the engine’s run', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  const dataSeed = pg.locator('#pg-data-seed');
  const seed = pg.locator('#pg-seed');
  const batch = pg.locator('#pg-batch');

  // A good data seed first: it must survive every bad value typed elsewhere.
  await dataSeed.fill('7');
  await dataSeed.press('Enter');
  await expect(page).toHaveURL(/pg\.dataSeed=7/);

  for (const [field, label, kept] of [
    [seed, 'Seed', '1'],
    [dataSeed, 'Data seed', '7'],
  ] as const) {
    for (const text of BAD) {
      await typeInto(field, text);
      await field.press('Enter');
      const message = await messageOf(page, field);
      expect(message, `${label} "${text}": a message the field points to`).not.toBeNull();
      await expect(message!).toContainText(label);
      await expect(message!).toContainText(`Kept ${kept}.`);
      await expect(field, `${label} "${text}" shows the value in force`).toHaveValue(kept);
    }
  }
  await expect(dataSeed).toHaveValue('7');

  // In range: 1e6 and -0 are a million and zero, and the run is the engine's with that seed.
  for (const [text, value] of [
    ['1e6', 1000000],
    ['-0', 0],
  ] as const) {
    await typeInto(seed, text);
    await seed.press('Enter');
    expect(await messageOf(page, seed)).toBeNull();
    await expect(seed).toHaveValue(String(value));
    await expect(pg.getByTestId('train-loss')).toContainText(
      lossText(engineRun({ seed: value, dataSeed: 7 })),
    );
  }

  for (const text of ['0', '401', 'abc', '2.5', '']) {
    await typeInto(batch, text);
    await batch.press('Enter');
    const message = await messageOf(page, batch);
    expect(message, `batch "${text}": a message the field points to`).not.toBeNull();
    await expect(message!).toContainText('Batch size must be a whole number from 1 to 400');
    await expect(batch).toHaveValue('10');
  }
  await typeInto(batch, '400');
  await batch.press('Enter');
  await expect(pg.getByTestId('updates-per-epoch')).toHaveText(
    `400 / 400 = ${updatesPerEpoch(400, 400)} update per epoch`,
  );
  expect(await messageOf(page, batch)).toBeNull();
  await expect(seed).toHaveValue('0');
  await expect(dataSeed).toHaveValue('7');
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

test('the playground: a new point at bad coordinates is refused with a message and adds nothing', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  await openPlayground(page);
  const pg = playground(page);
  await pg.getByRole('button', { name: 'Edit these points' }).click();
  const count = pg.getByRole('status').filter({ hasText: /^\s*\d+ points \(\d+ for testing\)/ });
  const before = await count.textContent();
  const x1 = pg.getByRole('textbox', { name: 'New point x1' });
  const x2 = pg.getByRole('textbox', { name: 'New point x2' });
  await x2.fill('0.5');
  for (const text of ['', 'abc', '1e6', '-7', '7']) {
    await x1.fill(text);
    await pg.getByRole('button', { name: 'Add point' }).click();
    await expect(x1, `x1 "${text}"`).toHaveAttribute('aria-invalid', 'true');
    const message = await messageOf(page, x1);
    expect(message, `x1 "${text}": a message the field points to`).not.toBeNull();
    await expect(message!).toContainText('x1');
    await expect(count).toHaveText(before!);
    // What the reader typed stays to be corrected, in both fields.
    await expect(x1).toHaveValue(text);
    await expect(x2).toHaveValue('0.5');
  }
  await x1.fill('-0');
  await pg.getByRole('button', { name: 'Add point' }).click();
  await expect(x1).toHaveAttribute('aria-invalid', 'false');
  await expect(count).not.toHaveText(before!);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
});

/** Whole-number fields (IntegerField): each bad value is refused, and the last good value stays. */
const INTEGER_FIELDS = [
  { path: '/embed/perceptron-xor/', label: 'Seed', min: 1, max: 100 },
  { path: '/embed/perceptron-xor/', label: 'Epochs', min: 1, max: 500 },
  { path: '/embed/xor-network/', label: 'Seed', min: 1, max: 100 },
  { path: '/digits/', label: 'Seed', min: 1, max: 9999 },
];

for (const f of INTEGER_FIELDS) {
  test(`${f.path} ${f.label}: empty, words, 1e6, -0, past either end and fractions get a message`, async ({
    page,
    baseURL,
  }) => {
    // Seven values, each checked on its own: a busy machine needs more than the default minute.
    test.setTimeout(120_000);
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(f.path);
    const island = page.locator(`main astro-island:has(input[type=number])`).first();
    const field = island.getByLabel(f.label, { exact: true }).first();
    await field.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', '');
    const good = await field.inputValue();
    for (const text of ['', 'abc', '1e6', '-0', String(f.min - 1), String(f.max + 1), '2.5']) {
      await typeInto(field, text);
      await expect(field, `${f.label} "${text}"`).toHaveAttribute('aria-invalid', 'true');
      const message = await messageOf(page, field);
      expect(message, `${f.label} "${text}": a message the field points to`).not.toBeNull();
      await expect(message!).toContainText(f.label);
      await expect(message!).toContainText(`Still using ${good}.`);
    }
    await typeInto(field, String(f.max));
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(await messageOf(page, field)).toBeNull();
    expect(problems.consoleErrors, 'console errors').toEqual([]);
  });
}
