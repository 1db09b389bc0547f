import { expect, type Page } from '@playwright/test';
import { formatNumber } from '../../engine/index.ts';
import { defaultConfig, type PlaygroundConfig } from '../../src/lib/playground/config-model';
import { generatePoints } from '../../src/lib/playground/data';
import { PlaygroundRun } from '../../src/lib/playground/run';

/** The playground's frame. */
export const playground = (page: Page) =>
  page.getByRole('region', { name: 'Neural network playground' });

/** Opens the playground (with an optional query) and waits until its island has hydrated. */
export async function openPlayground(page: Page, query = '') {
  await page.goto(`/playground/${query}`);
  await playground(page).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([data-testid="playground"])')).not.toHaveAttribute(
    'ssr',
    '',
  );
}

/** The same run in Node, with the engine: what the page must show after `epochs` epochs. */
export function engineRun(config: Partial<PlaygroundConfig> = {}, epochs = 0) {
  const c = { ...defaultConfig, ...config };
  const run = new PlaygroundRun(c, generatePoints(c));
  for (let i = 0; i < epochs; i++) run.stepEpoch();
  return run;
}

/** The training-loss read-out text the page shows for a run. */
export const lossText = (run: PlaygroundRun) => formatNumber(run.evaluate(run.trainSet)!.loss);
