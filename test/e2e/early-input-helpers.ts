import { expect, type Browser, type Locator, type Page } from '@playwright/test';

/** How much slower than this machine the page's CPU runs: a mid-range phone, roughly. */
export const CPU_SLOWDOWN = 4;

/** Runs the page's scripts `rate` times slower (Chromium's DevTools protocol). */
export async function throttleCpu(page: Page, rate = CPU_SLOWDOWN) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Holds every island's component script on `path` until `release()` is called, so the test can
 * use the widgets before they hydrate, however fast the machine. The scripts are the
 * `component-url`s in the page's own HTML.
 */
export async function holdIslands(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const scripts = new Set(
    [...html.matchAll(/component-url="([^"]+)"/g)].map(
      ([, url]) => new URL(url, 'http://x').pathname,
    ),
  );
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => scripts.has(url.pathname),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return { release, count: scripts.size };
}

/** Waits until `island` has hydrated and replayed whatever the reader did before (a signal, not a delay). */
export async function settled(island: Locator) {
  await expect(island).not.toHaveAttribute('ssr', '', { timeout: 60_000 });
  await expect(island).not.toHaveAttribute('data-early-input', { timeout: 60_000 });
  // A widget that computes off the main thread (the overfit lab's worker) is busy until it answers.
  await expect(island.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
}

/**
 * What a reader can read off a widget: every control's value, and its text as a screen reader has
 * it (the engine's steps in words; the typeset math and charts are `aria-hidden`, and carry the same
 * facts), so a typeset and a plain-text rendering of the same numbers read the same.
 */
export function readWidget(island: Locator) {
  return island.evaluate((root) => {
    const controls = Array.from(root.querySelectorAll('input, select, textarea')).map((c) => {
      const control = c as HTMLInputElement;
      const name = control.id || control.name || control.getAttribute('aria-label');
      const toggle = control.type === 'checkbox' || control.type === 'radio';
      return `${name}${toggle ? `[${control.value}]` : ''} = ${toggle ? control.checked : control.value}`;
    });
    const text: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[aria-hidden="true"], style, script, template')) continue;
      const words = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (words) text.push(words);
    }
    return { controls, text: text.join(' ') };
  });
}

/** One thing a reader does to a widget, found from its server-rendered controls. */
export type Action =
  | { kind: 'keys'; selector: string; keys: string[] }
  | { kind: 'click'; selector: string; at?: number }
  | { kind: 'type'; selector: string; text: string }
  | { kind: 'select'; selector: string; index: number };

/**
 * What a reader might do to every kind of control in a widget, by keyboard and by pointer: arrow
 * keys on sliders, the pointer on the last slider, a number typed beside a slider, another option
 * in each select, a click on each checkbox, an arrow key in each radio group, keys on each
 * surface that handles them in script (cursors, diagrams), then `more`, then a click on each
 * button named in `buttons`. Planned from the widget before any script runs, so a
 * reader's early session and a hydrated one get exactly the same actions.
 */
export async function planActions(
  island: Locator,
  more: readonly Action[] = [],
  buttons: readonly string[] = [],
) {
  const plan = await island.evaluate((root) => {
    const selector = (el: Element) => {
      if (el.id) return `#${CSS.escape(el.id)}`;
      const all = Array.from(root.querySelectorAll(el.localName));
      return `${el.localName} >> nth=${all.indexOf(el)}`;
    };
    // Among the elements `css` finds: steadier than a tag's place when hydration adds elements.
    const among = (css: string, el: Element) =>
      `${css} >> nth=${Array.from(root.querySelectorAll(css)).indexOf(el)}`;
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null || el.localName === 'input';
    const enabled = (el: Element) => !(el as HTMLInputElement).disabled && visible(el);
    const actions: unknown[] = [];
    // Three sliders at most: arrow keys on the first ones, the pointer on the last.
    const ranges = Array.from(root.querySelectorAll('input[type=range]'))
      .filter(enabled)
      .slice(0, 3);
    ranges.forEach((range, i) => {
      if (i === ranges.length - 1 && i > 0)
        actions.push({ kind: 'click', selector: selector(range), at: 0.8 });
      else
        actions.push({
          kind: 'keys',
          selector: selector(range),
          keys: ['ArrowRight', 'ArrowRight'],
        });
    });
    // The number field beside a slider takes a value a quarter of the way along that slider.
    const fields = Array.from(root.querySelectorAll('input[type=text]')).filter(
      (field) => enabled(field) && field.parentElement?.querySelector('input[type=range]'),
    );
    for (const field of fields.slice(0, 2)) {
      const range = field.parentElement!.querySelector('input[type=range]') as HTMLInputElement;
      const text = String(Number(range.min) + (Number(range.max) - Number(range.min)) / 4);
      actions.push({ kind: 'type', selector: selector(field), text });
    }
    for (const select of Array.from(root.querySelectorAll('select')).filter(enabled))
      actions.push({
        kind: 'select',
        selector: selector(select),
        index: (select as HTMLSelectElement).options.length - 1,
      });
    for (const box of Array.from(root.querySelectorAll('input[type=checkbox]'))
      .filter(enabled)
      .slice(0, 3))
      actions.push({ kind: 'click', selector: selector(box) });
    const groups = new Set(
      Array.from(root.querySelectorAll('input[type=radio]'))
        .filter(enabled)
        .map((r) => (r as HTMLInputElement).name),
    );
    for (const name of groups) {
      const radios = Array.from(
        root.querySelectorAll(`input[type=radio][name="${CSS.escape(name)}"]`),
      );
      const checked = radios.find((r) => (r as HTMLInputElement).checked) ?? radios[0];
      actions.push({ kind: 'keys', selector: selector(checked), keys: ['ArrowRight'] });
    }
    // Surfaces whose keys only script handles: a cursor or drawing pad (moved, then Enter adds or
    // inks there), a roving radio group of an SVG diagram's weights, a roving group of neuron
    // buttons (arrow keys move the focus among them, Enter picks), an SVG neuron that is a button.
    for (const surface of Array.from(root.querySelectorAll('[role=application][tabindex]')))
      actions.push({
        kind: 'keys',
        selector: among('[role=application]', surface),
        keys: ['ArrowRight', 'ArrowRight', 'ArrowUp', 'Enter'],
      });
    for (const radio of Array.from(root.querySelectorAll('svg [role=radio][tabindex="0"]')))
      actions.push({
        kind: 'keys',
        selector: among('svg [role=radio]', radio),
        keys: ['ArrowRight', 'ArrowRight', 'Enter'],
      });
    const roving = Array.from(root.querySelectorAll('button[tabindex="0"]')).filter((b) =>
      b.parentElement?.querySelector('button[tabindex="-1"]'),
    );
    for (const button of roving)
      actions.push({
        kind: 'keys',
        selector: button.getAttribute('aria-label')
          ? `button[aria-label="${button.getAttribute('aria-label')}"]`
          : selector(button),
        keys: ['ArrowDown', 'ArrowRight', 'Enter'],
      });
    const svgButtons = Array.from(root.querySelectorAll('svg [role=button][tabindex="0"]'));
    if (svgButtons.length > 0)
      actions.push({
        kind: 'keys',
        selector: among('svg [role=button]', svgButtons.at(-1)!),
        keys: ['Enter'],
      });
    return actions as never[];
  });
  plan.push(...(more as never[]));
  for (const name of buttons)
    plan.push({ kind: 'click', selector: `role=button[name="${name}"]` } as never);
  return plan as Action[];
}

/** Does `actions` to the widget in `island`, as a reader would, with keyboard and pointer. */
export async function act(page: Page, island: Locator, actions: readonly Action[]) {
  for (const action of actions) {
    const target = island.locator(action.selector).first();
    if (action.kind === 'keys') {
      await target.focus();
      for (const key of action.keys) await page.keyboard.press(key);
    } else if (action.kind === 'click' && action.at !== undefined) {
      await target.scrollIntoViewIfNeeded();
      const box = (await target.boundingBox())!;
      await page.mouse.click(box.x + box.width * action.at, box.y + box.height / 2);
    } else if (action.kind === 'click') {
      await target.click({ force: true });
    } else if (action.kind === 'type') {
      await target.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(action.text);
    } else {
      await target.focus();
      const value = await target.evaluate(
        (select: HTMLSelectElement, index) => select.options[index].value,
        action.index,
      );
      await target.selectOption(value);
    }
  }
  // The pointer leaves the widget, so that nothing read afterwards depends on where it rests.
  await page.mouse.move(0, 0);
}

/**
 * Does the early-input check for one widget on `path`: actions planned on the island while its
 * script is held back, then the same actions on the hydrated widget in a fresh page; both must
 * end with the same control values and the same text.
 */
export async function expectEarlyInputKept(
  browser: Browser,
  baseURL: string | undefined,
  path: string,
  island: (page: Page) => Locator,
) {
  const first = await (await browser.newContext({ baseURL })).newPage();
  await throttleCpu(first);
  const held = await holdIslands(first, path);
  await first.goto(path);
  const early = island(first);
  await early.locator('> *').first().scrollIntoViewIfNeeded();
  await expect(early).toHaveAttribute('ssr', '');
  const actions = await planActions(early);
  expect(actions.length).toBeGreaterThan(0);
  const initial = await readWidget(early);
  await act(first, early, actions);
  held.release();
  await settled(early);
  const before = await readWidget(early);
  expect(before.controls).not.toEqual(initial.controls);

  const second = await (await browser.newContext({ baseURL })).newPage();
  const after = (await hydratedThenActed(second, path, island(second), actions)).reading;
  expect(before.controls).toEqual(after.controls);
  expect(before.text).toBe(after.text);
  await first.context().close();
  await second.context().close();
}

/**
 * The reference run for an early one: the widget hydrates first and then gets the same actions; it
 * is read once what they set off (a worker training another decay) has ended, as the early run is.
 * The CPU is not slowed here: the early run is the test, and a hydrated widget ends in the same
 * state at any speed (every wait is for a signal, never a delay).
 */
export async function hydratedThenActed(
  page: Page,
  path: string,
  island: Locator,
  actions: readonly Action[],
) {
  await page.goto(path);
  await island.locator('> *').first().scrollIntoViewIfNeeded();
  await settled(island);
  await act(page, island, actions);
  await settled(island);
  return { reading: await readWidget(island), url: page.url() };
}
