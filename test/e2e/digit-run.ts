import type { Locator, Page } from '@playwright/test';

/**
 * Sets the digit lab to its longest run: 128 hidden neurons and 10 epochs per press. The default
 * (32 neurons, 3 epochs) can finish in about a second on a quiet machine, before a test's Stop
 * lands; this one takes over ten times as long, so Stop finds it still training.
 */
export async function chooseLongRun(lab: Locator) {
  await lab.getByRole('radio', { name: '128', exact: true }).check();
  await lab.getByRole('spinbutton', { name: 'Epochs per press' }).fill('10');
}

/**
 * Waits until the lab shows a live loss (the worker is training), in epoch `epoch` if given.
 * It checks every frame: expect()'s retries back off to a second apart, and a run can end, or an
 * epoch pass, inside that second.
 */
export async function untilTraining(page: Page, epoch?: number, timeout = 60_000) {
  await page.waitForFunction(
    (epoch) => {
      const loss = document.querySelector('[aria-label^="Digit lab"] [data-testid="live-loss"]');
      const said = loss?.parentElement?.textContent?.trim() ?? '';
      return loss !== null && (epoch === null || said.startsWith(`Epoch ${epoch},`));
    },
    epoch ?? null,
    { polling: 'raf', timeout },
  );
}
