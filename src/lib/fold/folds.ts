/**
 * Browser half of a fold: content shipped in the page as the text of a `<noscript>` (see
 * `fold-store.ts`) and built into elements only when needed, so a lesson's DOM stays small at load.
 * A fold body is `[data-fold-body]`; a disclosure button `[data-fold-toggle]` with
 * `aria-controls` opens and closes it (closing keeps the built elements, only hides them).
 */

/** Builds a fold body's elements from its stored HTML, once. */
export function buildFoldBody(body: Element): void {
  if (body.hasAttribute('data-fold-built')) return;
  const store = body.querySelector(':scope > noscript');
  // A template parses without running anything; the build refuses scripts in a fold anyway.
  const template = document.createElement('template');
  template.innerHTML = store?.textContent ?? '';
  store?.replaceWith(template.content);
  body.setAttribute('data-fold-built', '');
}

/** Builds every fold body under `root`. */
export function buildFoldBodies(root: ParentNode): void {
  root.querySelectorAll('[data-fold-body]').forEach(buildFoldBody);
}

/** Opens or closes the fold that `toggle` controls. */
export function setFold(toggle: Element, open: boolean): void {
  const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!body) return;
  if (open) buildFoldBody(body);
  body.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  // A preview (the first rows of a long output) gives way to the whole.
  const preview = toggle.closest('[data-fold]')?.querySelector<HTMLElement>('[data-fold-preview]');
  if (preview) preview.hidden = open;
}

/** Opens every fold under `root` (for print: a printed lesson is complete). */
export function openAllFolds(root: ParentNode): void {
  root.querySelectorAll('[data-fold-toggle]').forEach((toggle) => setFold(toggle, true));
  buildFoldBodies(root);
}

/**
 * Wires every fold of the page: one delegated click listener (a button's Enter and Space are
 * clicks), and print, which opens them all (`beforeprint`, and the print media query, which is
 * what emulated print and some browsers' print previews change).
 */
export function wireFolds(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const toggle = (event.target as Element | null)?.closest?.('[data-fold-toggle]');
    if (toggle) setFold(toggle, toggle.getAttribute('aria-expanded') !== 'true');
  });
  const print = () => openAllFolds(doc);
  window.addEventListener('beforeprint', print);
  const media = window.matchMedia('print');
  media.addEventListener('change', (event) => event.matches && print());
  if (media.matches) print();
  doc
    .querySelectorAll<HTMLButtonElement>('[data-fold-toggle]')
    .forEach((b) => (b.disabled = false));
}
