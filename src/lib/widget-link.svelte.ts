import { onMount } from 'svelte';
import { loadHeavyLibs } from './heavy-libs.svelte';
import { readUrlState, writeUrlState, type Schema, type StateOf } from './url-state';

/** What a widget's link did on load: the problems to tell the reader about, once restored. */
export interface WidgetLink {
  problems: string[];
  restored: boolean;
}

/**
 * Keeps a widget's state in the page URL under its id. On mount, a shared link's values (checked
 * against `schema`, bad ones reported) are handed to `restore`; from then on the URL follows
 * `current()` (whenever `busy()` is false), so the address bar always holds a link to what the reader sees. Call it while the
 * component initialises.
 */
export function widgetLink<S extends Schema>(
  id: string,
  schema: S,
  defaults: NoInfer<StateOf<S>>,
  current: () => NoInfer<StateOf<S>>,
  restore: (state: StateOf<S>) => void,
  /** True while the widget animates: the URL is brought up to date when it stops, not every frame. */
  busy: () => boolean = () => false,
): WidgetLink {
  const link: WidgetLink = $state({ problems: [], restored: false });
  onMount(() => {
    const { state, problems } = readUrlState(location.search, id, schema, defaults);
    try {
      restore(state);
      link.problems = problems;
      // A shared state is shown typeset and charted at once, as the reader who shared it saw it.
      if (JSON.stringify(state) !== JSON.stringify(defaults)) loadHeavyLibs();
    } catch (error) {
      // A state that passed the schema but the widget still cannot reach (a replay that diverges):
      // back to the defaults, with the reason.
      restore(defaults);
      link.problems = [
        ...problems,
        `The link's state could not be rebuilt (${error instanceof Error ? error.message : String(error)}); the defaults are shown.`,
      ];
    }
    link.restored = true;
  });
  $effect(() => {
    const state = current();
    if (!link.restored || busy()) return;
    history.replaceState(history.state, '', writeUrlState(location.href, id, state, defaults));
  });
  return link;
}
