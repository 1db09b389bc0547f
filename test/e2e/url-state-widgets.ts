import { expect, type Page } from '@playwright/test';

/** Every widget with its page, its URL namespace and its region's name. */
export const WIDGETS = [
  { path: '/lessons/the-neuron/', ns: 'neuron', name: 'Neuron explorer' },
  { path: '/lessons/what-deep-learning-is/', ns: 'flow', name: 'Layer flow' },
  { path: '/lessons/activation-functions/', ns: 'act', name: 'Activation explorer' },
  { path: '/lessons/activation-functions/', ns: 'why', name: 'Why non-linearity' },
  { path: '/lessons/logic-gates/', ns: 'gate', name: 'Gate builder' },
  { path: '/lessons/the-xor-problem/', ns: 'xor-gate', name: 'Gate builder' },
  { path: '/lessons/the-xor-problem/', ns: 'perceptron-xor', name: 'The perceptron rule on XOR' },
  { path: '/lessons/the-xor-problem/', ns: 'xor', name: 'XOR network and its hidden space' },
  { path: '/lessons/how-a-network-learns/', ns: 'loop', name: 'Training loop stepper' },
  { path: '/lessons/gradient-descent/', ns: 'curve', name: 'Gradient descent on one weight' },
  { path: '/lessons/gradient-descent/', ns: 'contour', name: 'Gradient descent on two parameters' },
  {
    path: '/lessons/stochastic-batch-mini-batch/',
    ns: 'race',
    name: 'Stochastic, mini-batch and batch, side by side',
  },
  { path: '/lessons/forward-and-backpropagation/', ns: 'backprop', name: 'Backprop stepper' },
  {
    path: '/lessons/forward-and-backpropagation/',
    ns: 'compute-graph',
    name: "Autograd's graph, step by step",
  },
  { path: '/lessons/loss-functions/', ns: 'lossRace', name: 'Loss race' },
  { path: '/lessons/loss-functions/', ns: 'lossSurface', name: 'Loss surfaces of one neuron' },
  { path: '/lessons/generalisation/', ns: 'overfitLab', name: 'Overfit lab' },
  { path: '/lessons/optimisers/', ns: 'optimiserPaths', name: 'Optimiser paths on a ravine' },
  {
    path: '/lessons/initialisation-and-depth/',
    ns: 'gradientDepth',
    name: 'Gradient size by depth',
  },
] as const;

/** The widget's region on the page (the second of two same-named ones is told apart by its controls' ids). */
export function widget(page: Page, w: (typeof WIDGETS)[number]) {
  return page
    .getByRole('region', { name: w.name })
    .filter({ has: page.locator(`[id^="${w.ns}-"], [name^="${w.ns}-"]`) });
}

/** Opens `url` and waits until the widget's island has hydrated and read its link. */
export async function openWidget(page: Page, url: string, w: (typeof WIDGETS)[number]) {
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
