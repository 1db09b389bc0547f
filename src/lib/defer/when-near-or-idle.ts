/**
 * Work a reader cannot see at load (a drawing far below the first screen) is put off until it is
 * wanted, so that it does not lengthen the task that hydrates a widget: Lighthouse counts every
 * main-thread task over 50 ms after the first paint as blocking time.
 */

/** How far outside the viewport an element counts as near: a screen above and below. */
const NEAR = '100% 0px';

/**
 * Calls `run` once, in a task of its own: when `element` comes within a screen of the viewport,
 * or when the browser is next idle (at the latest after `timeoutMs`), whichever is first. So the
 * work is done before a reader scrolls to it and before a full-page capture, but not while the
 * page hydrates. Returns a function that cancels it.
 */
export function whenNearOrIdle(element: Element, run: () => void, timeoutMs = 2000): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancel();
    run();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) once();
    },
    { rootMargin: NEAR },
  );
  observer.observe(element);
  const idle =
    'requestIdleCallback' in window
      ? requestIdleCallback(once, { timeout: timeoutMs })
      : setTimeout(once, timeoutMs);
  function cancel() {
    done = true;
    observer.disconnect();
    if ('cancelIdleCallback' in window) cancelIdleCallback(idle as number);
    else clearTimeout(idle as ReturnType<typeof setTimeout>);
  }
  return cancel;
}
