import { test, expect, type Locator } from '@playwright/test';
import { updatesPerEpoch } from '../../engine/index.ts';
import { raceData } from '../../src/widgets/batch-race/batch-race';
import { WIDGETS, openWidget, widgetByNs } from './url-state-widgets';
import { watchForInjection } from './page-watch';

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
    const errors = watchForInjection(page);
    const defaults = await shown(await openWidget(page, w.path, w));

    const hostile = new URLSearchParams();
    hostile.set(`${w.ns}.${w.setting}`, '<img src=x onerror=alert(1)><script>alert(2)</script>');
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
      `${w.path}?${w.ns}.${w.setting}=1e&${w.ns}.${w.setting}x=%E0%A4%A`,
      w,
    );
    await expect(truncated.locator('[data-link-notice]')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

/** The newer keys of the widgets whose whole state is in the link: each bad value is refused with a notice. */
const BAD: { ns: string; query: string; says: string }[] = [
  {
    ns: 'backprop',
    query: 'backprop.updates=2-mse-1x3,<b>x</b>',
    says: 'updates applied: “2-mse-1x3,<b>x</b>” cannot be used',
  },
  { ns: 'backprop', query: 'backprop.updates=2-mse-1x9999', says: 'more than 500 updates in all' },
  { ns: 'backprop', query: 'backprop.updates=9-mse-1x1', says: 'an example must be 0 to 3' },
  {
    ns: 'backprop',
    query: 'backprop.lr=1e400',
    says: 'learning rate eta: “1e400” is not a number',
  },
  { ns: 'race', query: 'race.sgd=-4', says: 'updates made by the stochastic lane: “-4”' },
  {
    ns: 'race',
    query: 'race.epochs=2&race.mini=99999',
    says: `has only ${updatesPerEpoch(raceData().inputs.length, 32) * 2} updates to make, not 99999`,
  },
  { ns: 'race', query: 'race.full=1.5', says: 'is not a whole number' },
  {
    ns: 'gate',
    query: 'gate.from=1,1,x&gate.learned=0.5x1',
    says: 'where the perceptron run started: “1,1,x” cannot be used',
  },
  {
    ns: 'gate',
    query: 'gate.from=1,1,-0.5&gate.learned=0.5x3&gate.w1=2',
    says: 'its perceptron updates do not end on its weights and bias',
  },
  {
    ns: 'gate',
    query: 'gate.verdict=<i>won</i>',
    says: 'last verdict: “<i>won</i>” is not one of',
  },
  { ns: 'curve', query: 'curve.steps=1.05x99999', says: 'more than 2000 steps in all' },
];

for (const bad of BAD) {
  test(`${bad.ns}: “${bad.query}” is refused with a notice and the defaults kept`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const w = widgetByNs(bad.ns);
    const defaults = await shown(await openWidget(page, w.path, w));
    const region = await openWidget(page, `${w.path}?${bad.query}`, w);
    const notice = region.locator('[data-link-notice]');
    await expect(notice).toContainText(bad.says);
    // The link's markup could only land where its value is shown, in the notice: it stays text
    // there. (The widget's own markup has bold elements, e.g. the truth table's bold x.)
    await expect(notice.locator('b, i, script')).toHaveCount(0);
    await expect(region.locator('script')).toHaveCount(0);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await page.mouse.move(0, 0);
    await expect.poll(() => shown(region)).toBe(defaults);
    expect(errors).toEqual([]);
  });
}
