/**
 * Browser half of the sidebar's closed groups (see `sidebar-store.ts`): a group's links are built
 * from their store when the group opens, whether a reader opened it or Starlight reopened it from
 * the state it keeps while a reader moves between pages.
 */
import { buildFoldBody } from '../fold/folds';
import { SIDEBAR_FOLD_ATTRIBUTE } from './sidebar-store';

/** Builds the links of an open group's store. */
function buildIfOpen(details: HTMLDetailsElement): void {
  if (!details.open) return;
  const fold = details.querySelector(`:scope > [${SIDEBAR_FOLD_ATTRIBUTE}]`);
  if (fold) buildFoldBody(fold);
}

/** Builds the groups already open and those that open later. */
export function wireSidebarFolds(doc: Document): void {
  // `toggle` does not bubble, so it is caught on its way down.
  doc.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement) buildIfOpen(event.target);
    },
    true,
  );
  doc
    .querySelectorAll<HTMLElement>(`[${SIDEBAR_FOLD_ATTRIBUTE}]`)
    .forEach(
      (fold) => fold.parentElement instanceof HTMLDetailsElement && buildIfOpen(fold.parentElement),
    );
}
