import { test, expect, type Page } from '@playwright/test';
import { embedWidgets } from '../../src/lib/embed-widgets';
import { neuron, toText } from '../../engine/index.ts';
import {
  act,
  holdIslands,
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
}

const onlyIsland = (page: Page) => page.locator('main astro-island').first();
const islandOf = (name: string) => (page: Page) =>
  page
    .locator(`astro-island:has(> [aria-label="${name}"]), astro-island:has([aria-label="${name}"])`)
    .last();

const BUTTONS: Record<string, readonly string[]> = {
  'training-loop-stepper': ['Next stage', 'Next stage'],
  'backprop-stepper': ['Forward step'],
  'layer-flow': ['Next', 'Next'],
};

const CASES: Case[] = [
  ...embedWidgets.map((widget) => ({
    name: `the ${widget.title} (/embed/${widget.slug}/)`,
    path: `/embed/${widget.slug}/`,
    island: onlyIsland,
    buttons: BUTTONS[widget.slug],
  })),
  { name: 'the playground', path: '/playground/', island: onlyIsland },
  { name: 'the digit lab', path: '/digits/', island: onlyIsland },
  {
    name: "lesson 2's question (a form)",
    path: '/lessons/the-neuron/',
    island: (page) => page.locator('astro-island:has(#neuron-output-answer)'),
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
  const actions = plan ?? (await planActions(island, c.buttons));
  const initial = await readWidget(island);
  await act(page, island, actions);
  await expect(island).toHaveAttribute('ssr', '');
  held.release();
  await settled(island);
  return { actions, initial, reading: await readWidget(island), url: page.url() };
}

async function hydratedFirst(page: Page, c: Case, actions: Action[]) {
  await throttleCpu(page);
  await page.goto(c.path);
  const island = c.island(page);
  await island.locator('> *').first().scrollIntoViewIfNeeded();
  await settled(island);
  await act(page, island, actions);
  return { reading: await readWidget(island), url: page.url() };
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
    const after = await hydratedFirst(second, c, before.actions);
    expect(before.reading.controls).toEqual(after.reading.controls);
    expect(before.reading.text).toBe(after.reading.text);
    expect(new URL(before.url).search).toBe(new URL(after.url).search);
    await first.context().close();
    await second.context().close();
  });
}
