import { test, expect, type Page } from '@playwright/test';
import { widgets } from '../../src/widgets/registry';
import { neuron, toText } from '../../engine/index.ts';
import {
  act,
  holdIslands,
  hydratedThenActed,
  planActions,
  readWidget,
  settled,
  throttleCpu,
  type Action,
} from './early-input-helpers';

// A reader who uses a widget before its script has run (a slow phone, a busy laptop) must end up
// where a reader of the hydrated widget does. Each case is done twice on a CPU slowed down
// CPU_SLOWDOWN times: once with the island's script held back until every action is done, once
// on the hydrated widget. Both must then show the same control values, the same numbers in
// their steps and text, and the same link in the address bar.

interface Case {
  name: string;
  path: string;
  /** The widget's island. */
  island: (page: Page) => ReturnType<Page['locator']>;
  /** Buttons to press after the controls (their labels), for widgets whose buttons do not animate. */
  buttons?: readonly string[];
  /** What else to do before the buttons (text typed into a field that has no slider beside it). */
  more?: readonly Action[];
}

const onlyIsland = (page: Page) => page.locator('main astro-island').first();
const BUTTONS: Record<string, readonly string[]> = {
  'training-loop-stepper': ['Next stage', 'Next stage'],
  'backprop-stepper': ['Forward step'],
  'layer-flow': ['Next', 'Next'],
  'compute-graph': ['Next step', 'Next step'],
};
/** Text to type into widgets' fields that have no slider beside them. */
const MORE: Record<string, readonly Action[]> = {
  'compute-graph': [{ kind: 'type', selector: '#compute-graph-w1-11', text: '0.5' }],
};

const CASES: Case[] = [
  ...widgets.map((widget) => ({
    name: `the ${widget.title} (/embed/${widget.slug}/)`,
    path: `/embed/${widget.slug}/`,
    island: onlyIsland,
    buttons: BUTTONS[widget.slug],
    more: MORE[widget.slug],
  })),
  { name: 'the playground', path: '/playground/', island: onlyIsland },
  { name: 'the digit lab', path: '/digits/', island: onlyIsland },
  {
    name: "lesson 2's neuron explorer (client:visible)",
    path: '/lessons/the-neuron/',
    island: (page) => page.locator('astro-island:has(#neuron-w1-range)'),
  },
  {
    name: "lesson 2's question (a form)",
    path: '/lessons/the-neuron/',
    island: (page) => page.locator('astro-island:has(#neuron-output-answer)'),
    more: [{ kind: 'type', selector: '#neuron-output-answer', text: '0.62' }],
    buttons: ['Check'],
  },
];

/** Opens `path` with its scripts held, does `plan` (or plans it), releases, and reads the result. */
async function early(page: Page, c: Case, plan?: Action[]) {
  await throttleCpu(page);
  const held = await holdIslands(page, c.path);
  await page.goto(c.path);
  const island = c.island(page);
  await island.locator('> *').first().scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('ssr', '');
  const actions = plan ?? (await planActions(island, c.more, c.buttons));
  const initial = await readWidget(island);
  await act(page, island, actions);
  await expect(island).toHaveAttribute('ssr', '');
  held.release();
  await settled(island);
  return { actions, initial, reading: await readWidget(island), url: page.url() };
}

// Two runs of a widget on a slowed-down CPU take a while on a busy machine.
test.describe.configure({ timeout: 240_000 });

for (const c of CASES) {
  test(`${c.name}: what a reader does before hydration is what the hydrated widget shows`, async ({
    browser,
    baseURL,
  }) => {
    // Two fresh browser contexts: nothing one run saves (a link, local storage) reaches the other.
    const first = await (await browser.newContext({ baseURL })).newPage();
    const before = await early(first, c);
    expect(before.actions.length).toBeGreaterThan(0);
    expect(before.reading.controls).not.toEqual(before.initial.controls);
    const second = await (await browser.newContext({ baseURL })).newPage();
    const after = await hydratedThenActed(second, c.path, c.island(second), before.actions);
    expect(before.reading.controls).toEqual(after.reading.controls);
    expect(before.reading.text).toBe(after.reading.text);
    const params = (url: string) => [...new URL(url).searchParams].sort();
    expect(params(before.url)).toEqual(params(after.url));
    await first.context().close();
    await second.context().close();
  });
}

const explorerIsland = (page: Page) => page.locator('astro-island:has(#neuron-w1-range)');
const stepLines = (page: Page) =>
  explorerIsland(page)
    .getByRole('list', { name: "The neuron's computation, step by step" })
    .locator('.nn-sr-only');

test("lesson 2: arrow keys on w1 before the explorer hydrates give w1 = 1.5 and the engine's z and a, typeset", async ({
  page,
}) => {
  await throttleCpu(page);
  const held = await holdIslands(page, '/lessons/the-neuron/');
  await page.goto('/lessons/the-neuron/');
  const slider = page.getByRole('slider', { name: 'weight w1 slider' });
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1.5');
  // The reader is told the widget is loading and that the change is kept.
  await expect(page.getByRole('status').filter({ hasText: 'still loading' })).toContainText(
    'What you changed is kept',
  );
  held.release();
  await settled(explorerIsland(page));
  await expect(slider).toHaveValue('1.5');
  await expect(page.getByRole('textbox', { name: 'weight w1', exact: true })).toHaveValue('1.5');
  const out = neuron({ weights: [1.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([1, 0]);
  await expect(stepLines(page)).toHaveText(out.steps.map((s) => toText(s, { symbolic: true })));
  await expect(explorerIsland(page).locator('.math math')).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('neuron.w1')).toBe('1.5');
  await expect(page.locator('.nn-early-status')).toBeHidden();
});

test("lesson 2: a shared link's state comes first, then what the reader changed before hydration, and the link follows the reader", async ({
  page,
}) => {
  await throttleCpu(page);
  const held = await holdIslands(page, '/lessons/the-neuron/');
  await page.goto('/lessons/the-neuron/?neuron.w1=2&neuron.b=0.5');
  const slider = page.getByRole('slider', { name: 'weight w1 slider' });
  await slider.scrollIntoViewIfNeeded();
  // Before hydration the page shows the lesson's own start (w1 = 0.5); the reader moves it to 0.3.
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  held.release();
  await settled(explorerIsland(page));
  await expect(slider).toHaveValue('0.3');
  await expect(page.getByRole('slider', { name: 'bias b slider' })).toHaveValue('0.5');
  const out = neuron({ weights: [0.3, -0.3], bias: 0.5, activation: 'sigmoid' }).forward([1, 0]);
  await expect(stepLines(page)).toHaveText(out.steps.map((s) => toText(s, { symbolic: true })));
  const link = new URL(page.url()).searchParams;
  expect([link.get('neuron.w1'), link.get('neuron.b')]).toEqual(['0.3', '0.5']);
});

test('the digit lab: drawing on the pad before it hydrates says the pad is not ready, until it is', async ({
  page,
}) => {
  await throttleCpu(page);
  const held = await holdIslands(page, '/digits/');
  await page.goto('/digits/');
  const island = page.locator('main astro-island').first();
  const pad = page.locator('canvas').first();
  await pad.scrollIntoViewIfNeeded();
  await expect(pad).toHaveCSS('cursor', 'progress');
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(island).toHaveAttribute('data-early-input', 'not-ready');
  await expect(page.getByRole('status').filter({ hasText: 'still loading' })).toContainText(
    'drawing and pointing on it work in a moment',
  );
  held.release();
  await settled(island);
  await expect(page.locator('.nn-early-status')).toBeHidden();
  await expect(pad).not.toHaveCSS('cursor', 'progress');
});
