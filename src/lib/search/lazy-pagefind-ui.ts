/**
 * Pagefind's search UI, in place of `@pagefind/default-ui` (swapped in by a Vite alias in
 * astro.config.mjs; Starlight's Search component imports it when the page is first idle).
 *
 * Why: Starlight fetches Pagefind's UI (27 KB gzipped, over half of a lesson's JavaScript at
 * load) and builds the search form, results list and filters as soon as the page is idle, on every
 * page, in one main-thread task. The form lives in the search dialog, which nobody sees before
 * opening it: this fetches and builds it when a reader first reaches for the search button
 * (pointer over it, focus on it, a touch) or, at the latest, as the dialog opens, and then puts
 * the cursor in the search box as Starlight does. Keys typed into the open dialog before the box
 * exists are kept and put in it.
 */

/** The options Starlight passes; Pagefind reads the rest itself. */
interface Options {
  element: string;
  [option: string]: unknown;
}

/** The events on the search button that announce a search is coming. */
const INTENT = ['pointerenter', 'focus', 'touchstart'] as const;

/** Fetches Pagefind's own UI and builds it into the page. */
async function buildPagefindUI(options: Options): Promise<void> {
  // @ts-expect-error -- Pagefind's UI ships no types (Starlight imports it the same way).
  const { PagefindUI } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
  new PagefindUI(options);
}

export class PagefindUI {
  constructor(options: Options) {
    const target = document.querySelector(options.element);
    const dialog = target?.closest('dialog');
    const button = document.querySelector('button[data-open-modal]');
    if (!target || !dialog) {
      void buildPagefindUI(options);
      return;
    }
    let built: Promise<void> | undefined;
    let ready = false;
    let typed = '';
    const keep = (event: KeyboardEvent) => {
      if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typed += event.key;
        event.preventDefault();
      } else if (event.key === 'Backspace') typed = typed.slice(0, -1);
    };
    const build = () => {
      for (const type of INTENT) button?.removeEventListener(type, early);
      built ??= buildPagefindUI(options).then(() => {
        ready = true;
        observer.disconnect();
      });
      return built;
    };
    const early = () => void build();
    // Starlight focuses the search box right after opening the dialog, before this has built it.
    const onOpen = () => {
      if (!dialog.open || ready) return;
      dialog.addEventListener('keydown', keep);
      void build().then(() => {
        dialog.removeEventListener('keydown', keep);
        const input = target.querySelector('input');
        if (!input || !dialog.open || document.activeElement === input) return;
        input.focus();
        if (typed) {
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          typed = '';
        }
      });
    };
    const observer = new MutationObserver(onOpen);
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    for (const type of INTENT) button?.addEventListener(type, early, { passive: true });
    onOpen();
  }
}
