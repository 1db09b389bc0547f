import { copyWithoutIds, readDeck, slideNotes, slidePreview, type Deck } from './deck';
import { deckCommand, focusKind } from './keys';
import { moveSlide, slideFromParam } from './slides';
import { channelName, readMessage, type DeckMessage } from './channel';
import { SPEAKER_PARAM, replaceParam } from './url';
import { createTimer } from './timer';
import { buildFoldBodies } from '../fold/folds';

/**
 * The speaker view: the same lesson page opened with `?speaker=N` in a second window. It reads the
 * same slides from its own copy of the page, so the instructor notes it shows are the page's own
 * elements (cloned), never HTML received from elsewhere. It follows the presentation window over a
 * BroadcastChannel and drives it with its own previous/next buttons and keys.
 */
export function startSpeakerView(): boolean {
  const deck = readDeck(document);
  if (!deck) return false;
  const count = deck.slides.length;
  let current = slideFromParam(new URLSearchParams(location.search).get(SPEAKER_PARAM), count);
  const channel =
    'BroadcastChannel' in window ? new BroadcastChannel(channelName(location.pathname)) : null;
  const view = buildView(deck);
  document.documentElement.setAttribute('data-nn-speaker', '');
  document.title = `Speaker view: ${deck.lessonTitle}`;

  const render = (index: number) => {
    current = index;
    replaceParam(SPEAKER_PARAM, String(index + 1));
    view.counter.textContent = `Slide ${index + 1} of ${count}`;
    view.title.textContent = deck.slides[index].title;
    // Read the page again: a note or block added after the view opened (late hydration) still counts.
    const page = readDeck(document) ?? deck;
    const notes = page.slides.length === count ? slideNotes(page, index) : slideNotes(deck, index);
    view.notes.replaceChildren(
      ...(notes.length
        ? notes.map(cloneNote)
        : [paragraph('No instructor notes on this slide.', 'nn-speaker-empty')]),
    );
    if (index + 1 < count) {
      const preview = slidePreview(deck, index + 1);
      view.nextTitle.textContent = `Next: ${deck.slides[index + 1].title}`;
      view.nextBody.replaceChildren(
        ...(preview.paragraph ? [preview.paragraph] : []),
        ...(preview.widgets.length
          ? [paragraph(`Live on that slide: ${preview.widgets.join(', ')}.`, 'nn-speaker-widgets')]
          : []),
      );
    } else {
      view.nextTitle.textContent = 'Next: the end';
      view.nextBody.replaceChildren(paragraph('This is the last slide.'));
    }
    view.outline.forEach((item, i) =>
      i === index
        ? item.setAttribute('aria-current', 'step')
        : item.removeAttribute('aria-current'),
    );
    view.previous.disabled = index === 0;
    view.next.disabled = index === count - 1;
  };

  const go = (index: number) => {
    render(moveSlide(index, 0, count));
    channel?.postMessage({ type: 'go', slide: current } satisfies DeckMessage);
  };
  view.outline.forEach((item, i) => item.addEventListener('click', () => go(i)));
  view.previous.addEventListener('click', () => go(current - 1));
  view.next.addEventListener('click', () => go(current + 1));
  document.addEventListener('keydown', (event) => {
    const command = deckCommand(
      event.key,
      { shift: event.shiftKey, ctrl: event.ctrlKey, alt: event.altKey, meta: event.metaKey },
      focusKind(event.target instanceof Element ? event.target : null),
    );
    if (!command || command === 'exit') return;
    event.preventDefault();
    const targets = { next: current + 1, previous: current - 1, first: 0, last: count - 1 };
    go(targets[command]);
  });
  channel?.addEventListener('message', (event) => {
    const message = readMessage(event.data, count);
    if (message?.type !== 'showing') return;
    view.status.textContent = 'Following the presentation window.';
    render(message.slide);
  });

  render(current);
  channel?.postMessage({ type: 'hello' } satisfies DeckMessage);
  return true;
}

interface View {
  counter: HTMLElement;
  title: HTMLElement;
  notes: HTMLElement;
  nextTitle: HTMLElement;
  nextBody: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  status: HTMLElement;
  /** One button per slide, to jump straight to it. */
  outline: HTMLButtonElement[];
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}

function paragraph(text: string, className = ''): HTMLParagraphElement {
  return element('p', className, text);
}

/** A copy of a note's content, without ids (the original stays in the hidden page). */
function cloneNote(note: HTMLElement): HTMLElement {
  // A note's body is built into elements only when needed (a fold, see src/lib/fold/).
  buildFoldBodies(note);
  const copy = element('div', 'nn-speaker-note');
  copy.append(...copyWithoutIds(note).childNodes);
  return copy;
}

function buildView(deck: Deck): View {
  const root = element('div', 'nn-speaker');
  root.setAttribute('role', 'main');
  root.setAttribute('aria-label', 'Speaker view');
  const header = element('header', 'nn-speaker-header');
  header.append(element('p', 'nn-speaker-lesson', `Speaker view · ${deck.lessonTitle}`));
  const timer = createTimer();
  header.append(timer.root);

  const now = element('section', 'nn-speaker-now');
  now.setAttribute('aria-labelledby', 'nn-speaker-title');
  const counter = element('p', 'nn-speaker-counter');
  const title = element('h1', 'nn-speaker-title');
  title.id = 'nn-speaker-title';
  const notesHeading = element('h2', 'nn-speaker-heading', 'Instructor notes');
  const notes = element('div', 'nn-speaker-notes');
  now.append(counter, title, notesHeading, notes);

  const upcoming = element('section', 'nn-speaker-next');
  upcoming.setAttribute('aria-labelledby', 'nn-speaker-next-title');
  const nextTitle = element('h2', 'nn-speaker-heading');
  nextTitle.id = 'nn-speaker-next-title';
  const nextBody = element('div', 'nn-speaker-preview');
  upcoming.append(nextTitle, nextBody);

  const controls = element('div', 'nn-speaker-controls');
  const previous = element('button', 'nn-button', 'Previous slide');
  const next = element('button', 'nn-button', 'Next slide');
  previous.type = next.type = 'button';
  const status = element('p', 'nn-speaker-status', 'Waiting for the presentation window…');
  status.setAttribute('role', 'status');
  controls.append(previous, next, status);

  const list = element('ol', 'nn-speaker-outline');
  list.setAttribute('aria-label', 'All slides');
  const outline = deck.slides.map((slide) => {
    const item = element('button', '', slide.title);
    item.type = 'button';
    const li = element('li', '');
    li.append(item);
    list.append(li);
    return item;
  });

  root.append(header, now, upcoming, controls, list);
  document.body.append(root);
  return { counter, title, notes, nextTitle, nextBody, previous, next, status, outline };
}
