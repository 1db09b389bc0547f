import { test, expect, type Locator, type Page } from '@playwright/test';
import { formatNumber, toText, type ValueGraph } from '../../engine/index.ts';
import { chainRuleStep } from '../../src/widgets/compute-graph/chain-rule';
import { revealedAt, stepCount, stepOrder } from '../../src/widgets/compute-graph/graph-steps';
import { graphNames, stepSentence } from '../../src/widgets/compute-graph/graph-view';
import {
  lessonGraph,
  NETWORKS,
  setInput,
  snapshot,
} from '../../src/widgets/compute-graph/lesson-graph';
import { MAX_OPEN, shownGraph, widgetFold } from '../../src/widgets/compute-graph/graph-fold';
import { foldedWhere, groupName } from '../../src/widgets/compute-graph/fold-view';
import { seriousViolations } from './axe';
import { holdIslands, settled } from './early-input-helpers';
import { watchPage } from './page-watch';

// The widget's graph is the engine's: the expected text is computed here from the same Values.
const TITLE = "Autograd's graph, step by step";
const widget = (page: Page) => page.getByRole('region', { name: TITLE });
const live = (w: Locator) => w.getByTestId('graph-step');
const product = (w: Locator) => w.getByTestId('graph-chain-product');
const nodeId = (graph: ValueGraph, label: string) =>
  graph.nodes.findIndex((n) => n.label === label);

async function open(page: Page, path = '/lessons/checking-gradients-and-autograd/') {
  await page.goto(path);
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:has([aria-label="${TITLE}"])`)).not.toHaveAttribute(
    'ssr',
    '',
  );
  await expect(w.locator('svg [data-node]').first()).toBeVisible();
  return w;
}

test('Next step and Back one step, by keyboard, walk both passes and the live region says each step with the numbers', async ({
  page,
  baseURL,
}) => {
  // Forty steps, each waited for, on a loaded machine: a limit against hanging, not a speed test.
  test.setTimeout(240_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  const graph = snapshot(lessonGraph());
  const order = stepOrder(graph);
  const total = stepCount(order);
  const say = (k: number) => stepSentence(graph, revealedAt(graph, order, k), total);
  await expect(live(w)).toHaveText(say(0));
  const next = w.getByRole('button', { name: 'Next step' });
  const back = w.getByRole('button', { name: 'Back one step' });
  await expect(back).toBeDisabled();
  await next.focus();
  for (let k = 1; k <= total; k++) {
    await page.keyboard.press('Enter');
    await expect(live(w)).toHaveText(say(k));
  }
  await expect(next).toBeDisabled();
  // Every box now shows its gradient: the loss's is 1, a hidden weight's the engine's.
  const w11 = nodeId(graph, 'w(1)_11');
  await expect(w.locator(`[data-node="${w11}"]`)).toHaveAccessibleName(
    new RegExp(`gradient ${formatNumber(graph.nodes[w11].grad)}$`),
  );
  await back.focus();
  for (let k = total - 1; k >= total - 3; k--) {
    await page.keyboard.press('Enter');
    await expect(live(w)).toHaveText(say(k));
  }
  await expect(w.locator(`[data-node="${order.backward.at(-1)}"]`)).toHaveAccessibleName(
    /gradient not computed yet/,
  );
  await w.getByRole('button', { name: 'Reset' }).click();
  await expect(live(w)).toHaveText(say(0));
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test("choosing a node, by pointer and by keyboard, shows the chain-rule product with the engine's numbers", async ({
  page,
}) => {
  const w = await open(page);
  const graph = snapshot(lessonGraph());
  const names = graphNames(graph);
  const expected = (id: number) => toText(chainRuleStep(graph, names, id)!, { symbolic: true });
  const w11 = nodeId(graph, 'w(1)_11');
  await w.locator(`[data-node="${w11}"]`).click();
  await expect(product(w)).toHaveText(expected(w11));
  // In the lesson the widget sits under a section's h2: its title is an h3, its own headings h4.
  await expect(w.getByRole('heading', { level: 3, name: TITLE })).toBeVisible();
  await expect(
    w.getByRole('heading', { level: 4, name: /Why the gradient of w\(1\)_11/ }),
  ).toBeVisible();
  // x1 feeds two products: its gradient is a sum over both.
  const x1 = nodeId(graph, 'x1');
  await w.locator(`[data-node="${w11}"]`).focus();
  for (let i = 0; i < Math.abs(x1 - w11); i++)
    await page.keyboard.press(x1 > w11 ? 'ArrowRight' : 'ArrowLeft');
  await expect(w.locator(`[data-node="${x1}"]`)).toBeFocused();
  await expect(w.locator(`[data-node="${x1}"]`)).toHaveAttribute('aria-checked', 'true');
  await expect(product(w)).toHaveText(expected(x1));
  expect(expected(x1)).toContain(' + ');
  // Once Temml has loaded (the reader touched the widget), the product is typeset.
  await expect(w.locator('.product math')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('editing a weight runs both passes again at once; a bad number gets a message and changes nothing', async ({
  page,
}) => {
  const w = await open(page);
  const field = w.getByRole('textbox', { name: 'weight w(1)_11' });
  await field.fill('0.5');
  const lesson = lessonGraph();
  setInput(lesson, 'w(1)_11', 0.5);
  const graph = snapshot(lesson);
  const loss = graph.nodes.at(-1)!.data;
  await expect(live(w)).toContainText(`the loss L is now ${formatNumber(loss)},`);
  const w11 = nodeId(graph, 'w(1)_11');
  await w.locator(`[data-node="${w11}"]`).click();
  await expect(product(w)).toHaveText(
    toText(chainRuleStep(graph, graphNames(graph), w11)!, { symbolic: true }),
  );
  // Both passes are shown: the loss box has its new value and gradient 1.
  await expect(w.locator(`[data-node="${graph.nodes.length - 1}"]`)).toHaveAccessibleName(
    /gradient 1$/,
  );

  await field.fill('abc');
  await expect(w.getByRole('alert')).toHaveText(
    '“abc” is not a number. weight w(1)_11 takes a number between -10 and 10.',
  );
  await expect(product(w)).toHaveText(
    toText(chainRuleStep(graph, graphNames(graph), w11)!, { symbolic: true }),
  );
  await field.blur();
  await expect(field).toHaveValue('0.5');
  const keptMessage =
    '“abc” is not a number. weight w(1)_11 takes a number between -10 and 10. Kept 0.5.';
  await expect(w.getByRole('alert')).toHaveText(keptMessage);
  // Visiting the field again without typing says it once, not once per visit.
  await field.focus();
  await field.blur();
  await expect(w.getByRole('alert')).toHaveText(keptMessage);
});

test('the embed page shows the widget alone, and it steps', async ({ page }) => {
  const w = await open(page, '/embed/compute-graph/');
  // Alone on the page, the widget's title is the h1, and its own headings are h2.
  await expect(w.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(
    w.getByRole('heading', { level: 2, name: 'The chain rule at a node' }),
  ).toBeVisible();
  await w.getByRole('button', { name: 'Next step' }).click();
  const graph = snapshot(lessonGraph());
  const order = stepOrder(graph);
  await expect(live(w)).toHaveText(
    stepSentence(graph, revealedAt(graph, order, 1), stepCount(order)),
  );
  await expect(page.getByRole('link', { name: 'Checking gradients, and autograd' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

/** The 2-4-4-1 network's graph, as the engine has it, and how the widget folds it. */
function bigGraph() {
  const graph = snapshot(lessonGraph(undefined, undefined, undefined, NETWORKS['2-4-4-1']));
  const fold = widgetFold(graph);
  return { graph, fold, folded: shownGraph(graph, fold, new Set()) };
}
const members = (graph: ValueGraph, layer: number, neuron: number) =>
  graph.nodes.filter((n) => n.group?.layer === layer && n.group.neuron === neuron).map((n) => n.id);

test('2-4-4-1: a folded neuron opens on a click and folds again; its values show their chain rule; the steps name the box a value is in', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const w = await open(page);
  await w.getByRole('radio', { name: /^2-4-4-1/ }).check();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('compute-graph.net'))
    .toBe('2-4-4-1');
  const { graph, fold, folded } = bigGraph();
  const closed = w.locator('svg [data-group][aria-expanded="false"]');
  await expect(closed).toHaveCount(folded.folded.nodes.filter((b) => b.kind !== 'value').length);
  const ids = members(graph, 2, 1);
  for (const id of ids) await expect(w.locator(`[data-node="${id}"]`)).toHaveCount(0);

  await w.locator('[data-group="L2N1"]').click();
  const fold21 = w.getByRole('button', {
    name: `${groupName(graph, 'L2N1')}, open: its ${ids.length} values are shown. Fold it into one box`,
  });
  await expect(fold21).toHaveAttribute('aria-expanded', 'true');
  for (const id of ids) await expect(w.locator(`[data-node="${id}"]`)).toBeVisible();
  // A weight inside the open neuron shows its chain rule with the engine's numbers.
  const w11 = nodeId(graph, 'w(2)_11');
  await w.locator(`[data-node="${w11}"]`).click();
  await expect(product(w)).toHaveText(
    toText(chainRuleStep(graph, graphNames(graph), w11)!, { symbolic: true }),
  );
  // The first forward step computes a value in a folded box of layer 1: the sentence names it.
  await w.getByRole('button', { name: 'Next step' }).click();
  const order = stepOrder(graph);
  const one = revealedAt(graph, order, 1);
  const where = foldedWhere(graph, shownGraph(graph, fold, new Set(['L2N1'])), one);
  expect(where).toContain('It is inside the folded box of neuron a(1)_');
  await expect(live(w)).toHaveText(stepSentence(graph, one, stepCount(order)) + where);

  await fold21.click();
  await expect(w.locator('[data-group="L2N1"]')).toHaveAttribute('aria-expanded', 'false');
  for (const id of ids) await expect(w.locator(`[data-node="${id}"]`)).toHaveCount(0);
  // The chosen weight is folded away; its chain rule stays on screen.
  await expect(product(w)).toHaveText(
    toText(chainRuleStep(graph, graphNames(graph), w11)!, { symbolic: true }),
  );
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], offSiteRequests: [] });
});

test('2-4-4-1 by keyboard: Enter opens a folded neuron, the focus goes to its frame’s button, Space folds it again', async ({
  page,
}) => {
  const w = await open(page, '/embed/compute-graph/?compute-graph.net=2-4-4-1');
  const { graph, fold } = bigGraph();
  const box = w.locator('[data-group="L1N2"]');
  await box.focus();
  await expect(box).toHaveAccessibleName(
    `${groupName(graph, 'L1N2')} (${members(graph, 1, 2).length} values), value ?, grad ?: folded into one box, which opens`,
  );
  await page.keyboard.press('Enter');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toBeFocused();
  // The arrow keys move among the values on screen, now the open neuron's too.
  const values = shownGraph(graph, fold, new Set(['L1N2']))
    .folded.nodes.filter((b) => b.kind === 'value')
    .map((b) => b.members[0]);
  const first = members(graph, 1, 2)[0];
  await w.locator(`[data-node="${first}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator(`[data-node="${values[values.indexOf(first) + 1]}"]`)).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await box.focus();
  await page.keyboard.press(' ');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toBeFocused();
});

test('2-4-4-1 chosen before the widget’s script has run is the network it shows once hydrated, folded, and a folded neuron then opens', async ({
  page,
}) => {
  const path = '/embed/compute-graph/';
  const held = await holdIslands(page, path);
  await page.goto(path);
  const island = page.locator('main astro-island').first();
  await expect(island).toHaveAttribute('ssr', '');
  await page.getByRole('radio', { name: /^2-4-4-1/ }).check();
  await expect(island).toHaveAttribute('ssr', '');
  held.release();
  await settled(island);
  const w = widget(page);
  const { folded } = bigGraph();
  await expect(w.locator('svg [data-group][aria-expanded="false"]')).toHaveCount(
    folded.folded.nodes.filter((b) => b.kind !== 'value').length,
  );
  expect(new URL(page.url()).searchParams.get('compute-graph.net')).toBe('2-4-4-1');
  await w.locator('[data-group="L3N1"]').click();
  await expect(w.locator('[data-group="L3N1"]')).toHaveAttribute('aria-expanded', 'true');
});

test('2-4-4-1: opening a third neuron folds the first again, and the live region says so', async ({
  page,
}) => {
  const w = await open(page, '/embed/compute-graph/?compute-graph.net=2-4-4-1');
  const { graph } = bigGraph();
  for (const key of ['L1N1', 'L2N2', 'L3N1']) {
    await w.locator(`[data-group="${key}"][aria-expanded="false"]`).click();
    await expect(w.locator(`[data-group="${key}"]`)).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(w.locator('[data-group="L1N1"]')).toHaveAttribute('aria-expanded', 'false');
  await expect(w.locator('svg [data-group][aria-expanded="true"]')).toHaveCount(MAX_OPEN);
  await expect(live(w)).toHaveText(
    `${groupName(graph, 'L3N1')} is open; ${groupName(graph, 'L1N1')} folded again, as at most ${MAX_OPEN} groups are open at once.`,
  );
});

test('a link with a network the widget does not have says so and shows the lesson’s 2-2-1', async ({
  page,
}) => {
  const w = await open(page, '/embed/compute-graph/?compute-graph.net=9-9-9');
  await expect(w).toContainText('network: “9-9-9” is not one of 2-2-1, 2-4-4-1; kept 2-2-1.');
  await expect(w.getByRole('radio', { name: /^2-2-1/ })).toBeChecked();
  await expect(w.locator('svg [data-group]')).toHaveCount(0);
});

test('a link with open groups the network does not have, or too many, or garbage, says so and keeps the network, every group folded', async ({
  page,
}) => {
  const { folded } = bigGraph();
  const boxes = folded.folded.nodes.filter((b) => b.kind !== 'value').length;
  const links = [
    ['L2N9', 'the 2-4-4-1 network has no group L2N9'],
    ['L1N1,L1N2,L2N1', `at most ${MAX_OPEN} groups are open at once`],
    ['<b>L1N1</b>', 'a group is written L2N1, for neuron 1 of layer 2; “<b>L1N1</b>” is not'],
  ];
  for (const [raw, why] of links) {
    const query = new URLSearchParams({
      'compute-graph.net': '2-4-4-1',
      'compute-graph.open': raw,
    });
    const w = await open(page, `/embed/compute-graph/?${query}`);
    await expect(w.locator('[data-link-notice]')).toContainText(
      `open groups: “${raw}” cannot be used (${why}); started afresh.`,
    );
    await expect(w.getByRole('radio', { name: /^2-4-4-1/ })).toBeChecked();
    await expect(w.locator('svg [data-group][aria-expanded="false"]')).toHaveCount(boxes);
    await expect(w.locator('svg [data-group][aria-expanded="true"]')).toHaveCount(0);
    await expect(w.locator('b')).toHaveCount(0);
    // The address bar drops the bad value and keeps the network.
    await expect.poll(() => new URL(page.url()).search).toBe('?compute-graph.net=2-4-4-1');
  }
});

/** The boxes (values, folded groups, open groups' buttons) drawn outside the graph's viewport. */
const outside = (w: Locator) =>
  w.evaluate((el) => {
    const box = el.querySelector('.viewport')!.getBoundingClientRect();
    const drawn = [...el.querySelectorAll('svg [data-node], svg [data-group]')];
    if (drawn.length === 0) return ['nothing drawn'];
    return drawn
      .filter((n) => {
        const b = n.getBoundingClientRect();
        return b.left < box.left || b.right > box.right || b.top < box.top || b.bottom > box.bottom;
      })
      .map((n) => n.getAttribute('data-group') ?? `value ${n.getAttribute('data-node')}`);
  });
const percent = (w: Locator) => w.locator('.zoom .percent').innerText();

for (const [device, size] of [
  ['1280 px desktop', { width: 1280, height: 800 }],
  ['390 px phone', { width: 390, height: 844 }],
] as const)
  test(`2-4-4-1 on a ${device}: the whole graph is in view at load; zoom and pan work after; an opened neuron is brought into view at the same zoom`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const lesson = await open(
      page,
      '/lessons/checking-gradients-and-autograd/?compute-graph.net=2-4-4-1',
    );
    await expect.poll(() => outside(lesson)).toEqual([]);
    const w = await open(page, '/embed/compute-graph/?compute-graph.net=2-4-4-1');
    await expect.poll(() => outside(w)).toEqual([]);
    const fitted = await percent(w);
    expect(Number.parseInt(fitted)).toBeLessThan(100);

    const viewport = w.locator('.viewport');
    const svg = viewport.locator('svg');
    const wider = async () =>
      (await svg.boundingBox())!.width - (await viewport.boundingBox())!.width;
    const zoomIn = w.getByRole('button', { name: 'Zoom in' });
    while ((await wider()) <= 0) await zoomIn.click();
    await expect.poll(() => outside(w)).not.toEqual([]);
    await viewport.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    expect(await viewport.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await w.getByRole('button', { name: 'Whole graph' }).click();
    await expect.poll(() => outside(w)).toEqual([]);
    await expect.poll(() => percent(w)).toBe(fitted);

    // The last hidden neuron opens at the zoom the reader had, its frame scrolled into view.
    await w.locator('[data-group="L3N1"]').click();
    const frame = w.locator('[data-group="L3N1"][aria-expanded="true"]');
    await expect(frame).toBeVisible();
    expect(await percent(w)).toBe(fitted);
    const members = bigGraph()
      .graph.nodes.filter((n) => n.group?.layer === 3)
      .map((n) => n.id);
    await expect
      .poll(async () =>
        (await outside(w)).filter((k) => k === 'L3N1' || members.some((id) => k === `value ${id}`)),
      )
      .toEqual([]);
  });

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const path of ['/lessons/checking-gradients-and-autograd/', '/embed/compute-graph/'])
    test(`${path}: the graph pans in its own box and zooms, and the page does not overflow sideways`, async ({
      page,
    }) => {
      const w = await open(page, path);
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      const viewport = w.locator('.viewport');
      const svg = viewport.locator('svg');
      const width = async () => (await svg.boundingBox())!.width;
      const before = await width();
      expect(before).toBeGreaterThan((await viewport.boundingBox())!.width);
      await viewport.evaluate((el) => (el.scrollLeft = 300));
      expect(await viewport.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await w.getByRole('button', { name: 'Zoom out' }).tap();
      await expect.poll(width).toBeLessThan(before);
      await w.getByRole('button', { name: 'Zoom in' }).tap();
      await w.getByRole('button', { name: 'Zoom in' }).tap();
      await expect.poll(width).toBeGreaterThan(before);
      expect(await overflow()).toBeLessThanOrEqual(0);
    });

  test('2-4-4-1: a tap opens a folded neuron and a tap on its frame’s button folds it', async ({
    page,
  }) => {
    const w = await open(page, '/embed/compute-graph/?compute-graph.net=2-4-4-1');
    const box = w.locator('[data-group="L1N1"]');
    await box.tap();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await box.tap();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
