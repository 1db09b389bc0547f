/**
 * Pagefind's search UI, in place of `@pagefind/default-ui` (swapped in by a Vite alias in
 * astro.config.mjs; Starlight's Search component imports it when the page is first idle).
 *
 * Why: Starlight builds the search form, results list and filters as soon as the page is idle,
 * on every page, in one main-thread task (tens of milliseconds at a phone's speed, which
 * Lighthouse counts as blocking time after the first paint). The form lives in the search dialog,
 * which nobody sees before opening it: this builds it when a reader first reaches for the search
 * button (pointer over it, focus on it, a touch) or, at the latest, as the dialog opens, and then
 * puts the cursor in the search box as Starlight does.
 */
// @ts-expect-error -- Pagefind's UI ships no types (Starlight imports it the same way).
import { PagefindUI as EagerPagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

/** The options Starlight passes; Pagefind reads the rest itself. */
interface Options {
  element: string;
  [option: string]: unknown;
}

/** The events on the search button that announce a search is coming. */
const INTENT = ['pointerenter', 'focus', 'touchstart'] as const;

export class PagefindUI {
  constructor(options: Options) {
    const target = document.querySelector(options.element);
    const dialog = target?.closest('dialog');
    const button = document.querySelector('button[data-open-modal]');
    if (!target || !dialog) {
      new EagerPagefindUI(options);
      return;
    }
    let built = false;
    const build = () => {
      if (built) return;
      built = true;
      observer.disconnect();
      for (const type of INTENT) button?.removeEventListener(type, early);
      new EagerPagefindUI(options);
    };
    const early = () => build();
    // Starlight focuses the search box right after opening the dialog, before this has built it.
    const onOpen = () => {
      if (!dialog.open || built) return;
      build();
      target.querySelector('input')?.focus();
    };
    const observer = new MutationObserver(onOpen);
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    for (const type of INTENT) button?.addEventListener(type, early, { passive: true });
    onOpen();
  }
}
