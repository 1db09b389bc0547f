// In-page code shared by the three browser drivers: each sends these expressions as source text
// (Playwright's evaluate, WebDriver BiDi's script.evaluate and classic WebDriver's execute all
// accept a function body), so every browser finds, scrolls to and waits for the same element.

/**
 * Resolves once the page is ready to photograph: web fonts loaded (the math font is
 * `font-display: block`, so a formula is invisible until then) and two frames painted.
 */
export const settleSource = `
  await document.fonts.ready;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await new Promise((done) => setTimeout(done, 400));
  await document.fonts.ready;
  return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family).join(',');
`;

/**
 * The element a sample names, scrolled to the middle of the viewport (a widget hydrates when it
 * comes into view; its first state is the build-time markup, so the picture does not change), or
 * null when the page has no such element.
 */
export function locateSource(selector, index) {
  return `
    const all = document.querySelectorAll(${JSON.stringify(selector)});
    const element = all[${index}] ?? null;
    if (element) element.scrollIntoView({ block: 'center', inline: 'nearest' });
    return element;
  `;
}

/** The element's box in the viewport, `[x, y, width, height]` in CSS pixels, clipped to the viewport. */
export function boxSource(selector, index) {
  return `
    const box = document.querySelectorAll(${JSON.stringify(selector)})[${index}].getBoundingClientRect();
    const x = Math.max(0, box.left), y = Math.max(0, box.top);
    return [x, y, Math.min(innerWidth, box.right) - x, Math.min(innerHeight, box.bottom) - y];
  `;
}

/** What the README reports for a browser: its engine version as the page sees it. */
export const environmentSource = `
  return [navigator.userAgent, innerWidth, devicePixelRatio,
    matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    document.documentElement.dataset.theme].join(' | ');
`;
