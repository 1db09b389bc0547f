import { test, expect, type Locator } from '@playwright/test';
import { WIDGETS, openWidget } from './url-state-widgets';

/** A real setting of each widget, to give a bad value. */
const KEY: Record<(typeof WIDGETS)[number]['ns'], string> = {
  neuron: 'w1',
  flow: 'stage',
  act: 'z',
  why: 'b1',
  gate: 'w1',
  'xor-gate': 'gate',
  'perceptron-xor': 'seed',
  xor: 'trained',
  loop: 'updates',
  curve: 'steps',
  contour: 'steps',
  race: 'batchSize',
  backprop: 'selected',
};

/** What the widget shows, without the link notice (the part a bad link must not change). */
const shown = (region: Locator) =>
  region.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-link-notice], .plot, figure svg').forEach((n) => n.remove());
    return copy.innerText;
  });

for (const w of WIDGETS) {
  test(`${w.ns}: a hostile, malformed or truncated link loads the defaults with a notice, runs nothing and injects nothing`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const defaults = await shown(await openWidget(page, w.path, w));

    const hostile = new URLSearchParams();
    hostile.set(`${w.ns}.${KEY[w.ns]}`, '<img src=x onerror=alert(1)><script>alert(2)</script>');
    hostile.set(`${w.ns}.<svg onload=alert(3)>`, '1');
    hostile.set(`${w.ns}.__proto__`, '{"polluted":1}');
    const region = await openWidget(page, `${w.path}?${hostile}`, w);
    const notice = region.locator('[data-link-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('<img src=x onerror=alert(1)>');
    await expect(notice).toContainText('is not a setting of this widget; ignored.');
    await expect(region.locator('img[src="x"], script, svg[onload]')).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => (({}) as Record<string, unknown>).polluted))
      .toBeUndefined();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    // The layout moved up under the resting pointer; a hover is not state.
    await page.mouse.move(0, 0);
    await expect.poll(() => shown(region)).toBe(defaults);

    // Truncated: the value stops part-way; malformed percent-encoding must not throw either.
    const truncated = await openWidget(
      page,
      `${w.path}?${w.ns}.${KEY[w.ns]}=1e&${w.ns}.${KEY[w.ns]}x=%E0%A4%A`,
      w,
    );
    await expect(truncated.locator('[data-link-notice]')).toBeVisible();
    expect(errors).toEqual([]);
  });
}
