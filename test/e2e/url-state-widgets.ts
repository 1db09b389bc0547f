import { expect, type Page } from '@playwright/test';
import { widgets } from '../../src/widgets/registry';

/** How a widget's state sits in its page's URL. */
interface Link {
  /** The `id` its lesson gives it, which prefixes its controls' ids and its keys in the URL. */
  ns: string;
  /** One real setting of it, for the tests to give a bad value. */
  setting: string;
}

/**
 * The link of each registered widget, by slug. A widget added to the registry without one here
 * stops these tests, so no widget escapes the link checks.
 */
const LINK: Record<string, Link> = {
  'layer-flow': { ns: 'flow', setting: 'stage' },
  'neuron-explorer': { ns: 'neuron', setting: 'w1' },
  'activation-explorer': { ns: 'act', setting: 'z' },
  'why-nonlinearity': { ns: 'why', setting: 'b1' },
  'gate-builder': { ns: 'gate', setting: 'w1' },
  'perceptron-xor': { ns: 'perceptron-xor', setting: 'seed' },
  'xor-network': { ns: 'xor', setting: 'trained' },
  'training-loop-stepper': { ns: 'loop', setting: 'updates' },
  'descent-explorer': { ns: 'curve', setting: 'steps' },
  'descent-explorer-2d': { ns: 'contour', setting: 'steps' },
  'batch-race': { ns: 'race', setting: 'batchSize' },
  'backprop-stepper': { ns: 'backprop', setting: 'selected' },
  'compute-graph': { ns: 'compute-graph', setting: 'open' },
  'loss-race': { ns: 'lossRace', setting: 'eta' },
  'loss-surface': { ns: 'lossSurface', setting: 'w' },
  'overfit-lab': { ns: 'overfitLab', setting: 'decay' },
  'optimiser-paths': { ns: 'optimiserPaths', setting: 'w1' },
  'gradient-depth': { ns: 'gradientDepth', setting: 'activation' },
  'digit-lab': { ns: 'digits', setting: 'optimizer' },
};

/** Widgets a second lesson places again under its own namespace (the registry lists each once). */
const ALSO_PLACED: PlacedWidget[] = [
  { path: '/lessons/the-xor-problem/', ns: 'xor-gate', setting: 'gate', name: 'Gate builder' },
];

export interface PlacedWidget extends Link {
  /** The lesson page that holds it. */
  path: string;
  /** Its region's accessible name (its title). */
  name: string;
}

/** Every widget with its page, its URL namespace and its region's name, from the registry. */
export const WIDGETS: readonly PlacedWidget[] = [
  ...widgets.map((w) => {
    const link = LINK[w.slug];
    if (link === undefined)
      throw new Error(
        `url-state-widgets.ts: give the registered widget "${w.slug}" its link in LINK`,
      );
    return { path: `/lessons/${w.lesson}/`, ...link, name: w.title };
  }),
  ...ALSO_PLACED,
];

/** The widget's region on the page (the second of two same-named ones is told apart by its controls' ids). */
export function widget(page: Page, w: PlacedWidget) {
  return page
    .getByRole('region', { name: w.name })
    .filter({ has: page.locator(`[id^="${w.ns}-"], [name^="${w.ns}-"]`) });
}

/** Opens `url` and waits until the widget's island has hydrated and read its link. */
export async function openWidget(page: Page, url: string, w: PlacedWidget) {
  await page.goto(url);
  const region = widget(page, w);
  await region.scrollIntoViewIfNeeded();
  await expect(
    region
      .getByRole('button', { name: 'Copy link to this state' })
      .or(region.locator('[data-link-notice]'))
      .first(),
  ).toBeVisible();
  await expect(
    page.locator(`astro-island:has([aria-label="${w.name}"])`).first(),
  ).not.toHaveAttribute('ssr', '');
  return region;
}

/** The placed widget with namespace `ns`; a name that is no widget's stops the test that asks. */
export function widgetByNs(ns: string): PlacedWidget {
  const found = WIDGETS.find((w) => w.ns === ns);
  if (!found) throw new Error(`no widget has the link namespace "${ns}"`);
  return found;
}
