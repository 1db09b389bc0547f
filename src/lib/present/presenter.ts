import { readDeck, showAll, showSlide, type Deck } from './deck';
import { deckCommand, focusKind, pageWithinSlide, type DeckCommand } from './keys';
import { moveSlide, slideFromParam } from './slides';
import { channelName, readMessage, type DeckMessage } from './channel';
import { PRESENT_PARAM, SPEAKER_PARAM, replaceParam, withParam } from './url';
import { createToolbar } from './toolbar';
import { createSlideFit } from './fit';
import { showPopupBlocked } from './popup-notice';

const ATTRIBUTE = 'data-nn-present';

/**
 * Shows the lesson on this page as slides, starting at the slide named in the URL (`?present=N`),
 * until the reader presses Escape or Exit. Returns false when the page has no lesson to present.
 */
export function startPresentation(): boolean {
  const root = document.documentElement;
  if (root.hasAttribute(ATTRIBUTE)) return true;
  const deck = readDeck(document);
  if (!deck) return false;
  const count = deck.slides.length;
  let current = slideFromParam(new URLSearchParams(location.search).get(PRESENT_PARAM), count);
  const channel =
    'BroadcastChannel' in window ? new BroadcastChannel(channelName(location.pathname)) : null;

  const go = (index: number) => {
    current = moveSlide(index, 0, count);
    const focused = document.activeElement;
    showSlide(deck, current);
    toolbar.update(current, count, deck.slides[current].title);
    replaceParam(PRESENT_PARAM, String(current + 1));
    window.scrollTo(0, 0);
    slideFit.fit();
    // Widgets on the slide hydrate as they come into view and may grow: fit again once they have.
    const shown = current;
    window.setTimeout(
      () => shown === current && root.hasAttribute(ATTRIBUTE) && slideFit.fit(),
      600,
    );
    // Focus inside a block that has just been hidden would be lost: start from the new slide.
    if (
      focused instanceof HTMLElement &&
      focused !== document.body &&
      !(focused.checkVisibility?.() ?? true)
    )
      focusSlide(deck, current);
    channel?.postMessage({ type: 'showing', slide: current } satisfies DeckMessage);
  };

  const run = (command: DeckCommand) => {
    if (command === 'exit') return stop();
    if (command === 'first') return go(0);
    if (command === 'last') return go(count - 1);
    go(moveSlide(current, command === 'next' ? 1 : -1, count));
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const command = deckCommand(
      event.key,
      { shift: event.shiftKey, ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey },
      focusKind(event.target instanceof Element ? event.target : null),
    );
    if (!command) return;
    event.preventDefault();
    const scroll = pageWithinSlide(command, event.key, {
      top: window.scrollY,
      height: window.innerHeight,
      total: document.documentElement.scrollHeight,
    });
    if (scroll !== 0) window.scrollBy({ top: scroll, behavior: 'instant' });
    else run(command);
  };

  const onMessage = (event: MessageEvent) => {
    const message = readMessage(event.data, count);
    if (message?.type === 'go') go(message.slide);
    else if (message?.type === 'hello')
      channel?.postMessage({ type: 'showing', slide: current } satisfies DeckMessage);
  };

  const toolbar = createToolbar({
    previous: () => run('previous'),
    next: () => run('next'),
    speaker: () => openSpeaker(current),
    exit: () => stop(),
  });

  function stop() {
    document.removeEventListener('keydown', onKey);
    slideFit.destroy();
    added.disconnect();
    document.querySelector('.nn-present-popup')?.remove();
    channel?.close();
    toolbar.root.remove();
    showAll(deck!);
    root.removeAttribute(ATTRIBUTE);
    replaceParam(PRESENT_PARAM, null);
    // Leave the reader where the presentation was, not at the top of the lesson.
    const id = deck!.slides[current].id;
    const target = id ? document.getElementById(id) : null;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }

  root.setAttribute(ATTRIBUTE, '');
  const slideFit = createSlideFit(root);
  // Blocks added while presenting (the notebook's toolbar when its cells start) join their slide.
  const added = new MutationObserver(() => showSlide(deck, current));
  added.observe(deck.container, { childList: true });
  document.addEventListener('keydown', onKey);
  channel?.addEventListener('message', onMessage);
  go(current);
  return true;
}

function focusSlide(deck: Deck, index: number): void {
  const first = deck.blocks[deck.slides[index].start];
  const target = index === 0 ? deck.titlePanel?.querySelector('h1') : first;
  if (!(target instanceof HTMLElement)) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Opens (or brings back) the speaker view of this lesson in a second window, or says why it could not. */
function openSpeaker(current: number): void {
  let url = withParam(location.href, PRESENT_PARAM, null);
  url = withParam(url, SPEAKER_PARAM, String(current + 1));
  const opened = window.open(url, 'nn-speaker-view', 'popup,width=1000,height=720');
  if (opened === null) showPopupBlocked(url, () => openSpeaker(current));
}
