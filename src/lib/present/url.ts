/**
 * The presenter's place in the page URL: `?present=3` shows slide 3, `?speaker=3` is the speaker
 * view. Other parameters (widgets keep their state there) are left as they are.
 */

/** The URL parameter of the presentation window. */
export const PRESENT_PARAM = 'present';
/** The URL parameter of the speaker view. */
export const SPEAKER_PARAM = 'speaker';

/** `href` with `name` set to `value`, or removed when `value` is null. */
export function withParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.toString();
}

/** Rewrites the current URL in place (no new history entry). */
export function replaceParam(name: string, value: string | null): void {
  history.replaceState(history.state, '', withParam(location.href, name, value));
}
