/**
 * Build-time half of the sidebar's closed groups (see `sidebar-folds.ts` for the browser half).
 * Every page carries the whole sidebar, but only the group holding the current page is open (the
 * groups are `collapsed` in astro.config.mjs); the links of a closed group go into a fold's store
 * (`<noscript>`, see src/lib/fold/), so they add no elements until a reader opens the group, and a
 * reader without JavaScript still gets them as ordinary links inside the `<details>`.
 */
import { foldStore } from '../fold/fold-store';

/** Marks a closed group's store holder, so the browser half finds it. */
export const SIDEBAR_FOLD_ATTRIBUTE = 'data-sidebar-fold';

/**
 * A closed group as Starlight renders it (SidebarSublist.astro): `<details>` without `open`, its
 * summary, the restore point, then the group's list. An open group is written `<details open …>`.
 */
const CLOSED_GROUP =
  /(<details(?![^>]*\sopen[\s>=])[^>]*>[\s\S]*?<\/summary>\s*(?:<sl-sidebar-restore\b[^>]*><\/sl-sidebar-restore>)?)(<ul\b[\s\S]*?<\/ul>)(\s*<\/details>)/g;

/** A link's label in its own `<span>` (there for a badge, which no entry of ours has). */
const LINK_LABEL = /(<a\b[^>]*>)<span\b[^>]*>([^<]*)<\/span>(<\/a>)/g;
/** A group's label: a `<span class="large">` inside a `<span class="group-label">` (there for a badge too). */
const GROUP_LABEL =
  /<span class="group-label\b[^"]*">(<span class="large\b[^"]*">[^<]*<\/span>)<\/span>/g;

/**
 * `html` with each link's and each group's label written straight into its link or summary: the
 * same text and styles (Starlight styles the link and the `.large` span, not the wrappers), one
 * element less for every link and one for every group.
 */
export function unwrapSidebarLabels(html: string): string {
  return html.replace(LINK_LABEL, '$1$2$3').replace(GROUP_LABEL, '$1');
}

/** The number of `<details` in `html`. */
const groupCount = (html: string) => html.match(/<details[\s>]/g)?.length ?? 0;

/**
 * `html` (Starlight's Sidebar) with each closed group's list stored and the labels unwrapped. Throws when a group has groups
 * inside it (the pattern reads one level) or when a `<details>` is neither open nor stored, so a
 * change in Starlight's markup fails the build instead of silently shipping every link.
 */
export function storeClosedSidebarGroups(html: string): string {
  let stored = 0;
  const out = unwrapSidebarLabels(html).replace(
    CLOSED_GROUP,
    (_whole, open: string, list: string, close: string) => {
      if (/<details[\s>]/.test(list)) {
        throw new Error(
          'A sidebar group holds another group: src/lib/sidebar/sidebar-store.ts stores one level only.',
        );
      }
      stored += 1;
      const store = foldStore(list, 'A sidebar group');
      return `${open}<div ${SIDEBAR_FOLD_ATTRIBUTE}>${store}</div>${close}`;
    },
  );
  const open = html.match(/<details\s+open[\s>=]/g)?.length ?? 0;
  if (stored + open !== groupCount(html)) {
    throw new Error(
      `The sidebar has ${groupCount(html)} groups, ${open} open and ${stored} stored: Starlight changed its markup; update src/lib/sidebar/sidebar-store.ts.`,
    );
  }
  return out;
}
