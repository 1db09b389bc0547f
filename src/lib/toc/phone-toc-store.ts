/**
 * Build-time half of the phone's "On this page" list (see `toc-tracker.ts` for the browser half).
 * Starlight renders the list twice on every page, once for the desktop sidebar and once inside the
 * phone's closed `<details>` bar; the phone copy goes into a fold's store (`<noscript>`, see
 * src/lib/fold/), so it adds no elements until a reader opens the bar, and a reader without
 * JavaScript still gets it as ordinary markup.
 */
import { foldStore } from '../fold/fold-store';

/** Marks the store, so the tracker finds it. */
export const PHONE_TOC_STORE_ATTRIBUTE = 'data-toc-store';

/** Starlight's dropdown around the list: `<div class="dropdown …">…</div></details>`. */
const DROPDOWN = /(<div class="dropdown\b[^"]*"[^>]*>)([\s\S]*?)(<\/div>\s*<\/details>)/;

/**
 * `html` (Starlight's MobileTableOfContents) with the list inside its dropdown stored; throws when
 * the dropdown is not found, so a change in Starlight's markup fails the build instead of silently
 * shipping the list twice.
 */
export function storePhoneTocList(html: string): string {
  if (html.trim() === '') return html; // a page without a table of contents
  const match = DROPDOWN.exec(html);
  if (!match) {
    throw new Error(
      'The phone table of contents has no <div class="dropdown"> before </details>: Starlight changed its markup; update src/lib/toc/phone-toc-store.ts.',
    );
  }
  const [whole, open, list, close] = match;
  const store = foldStore(list, "The phone's table of contents").replace(
    '<noscript>',
    `<noscript ${PHONE_TOC_STORE_ATTRIBUTE}>`,
  );
  return html.replace(whole, open + store + close);
}
