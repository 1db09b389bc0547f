import { splitSlides, type Block, type Slide } from './slides';

/**
 * A lesson page seen as slides. Nothing is moved or copied: each top-level block of the lesson
 * body stays where it is (so widgets and cells keep their state and their event handlers), and
 * the blocks outside the current slide are hidden with an attribute that `present.css` styles.
 */
export interface Deck {
  slides: Slide[];
  blocks: HTMLElement[];
  /** The element whose children are the blocks (more may be added later, such as the notebook bar). */
  container: HTMLElement;
  /** The panel holding the lesson's `<h1>`, shown on the title slide only. */
  titlePanel: HTMLElement | null;
  lessonTitle: string;
}

const OFF = 'data-nn-slide-off';
const BLOCK = 'data-nn-slide-block';

/** Reads the lesson on this page as a deck, or null when the page has no lesson body. */
export function readDeck(doc: Document): Deck | null {
  const body = doc.querySelector<HTMLElement>('main .sl-markdown-content');
  if (!body) return null;
  // The blocks are the siblings of the `##` headings, wherever the lesson body wraps them.
  const firstHeading = body.querySelector('h2');
  const container = firstHeading
    ? (firstHeading.closest('.sl-heading-wrapper') ?? firstHeading).parentElement!
    : body;
  const blocks = [...container.children].filter(
    (el): el is HTMLElement =>
      !['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(el.tagName.toUpperCase()),
  );
  const heading = doc.querySelector<HTMLElement>('main h1');
  const lessonTitle = heading?.textContent?.trim() || doc.title;
  const described: Block[] = blocks.map((el) => {
    const h2 = el.matches('h2')
      ? el
      : el.matches('.sl-heading-wrapper')
        ? el.querySelector('h2')
        : null;
    return { startsSection: h2 !== null, title: h2?.textContent ?? '', id: h2?.id ?? '' };
  });
  return {
    slides: splitSlides(described, lessonTitle),
    blocks,
    container,
    titlePanel: heading?.closest<HTMLElement>('.content-panel') ?? null,
    lessonTitle,
  };
}

/** Shows slide `index` and hides every other block; blocks are marked so slide styles reach them. */
export function showSlide(deck: Deck, index: number): void {
  const { start, end } = deck.slides[index];
  deck.blocks.forEach((el, i) => {
    el.toggleAttribute(BLOCK, true);
    el.toggleAttribute(OFF, i < start || i >= end);
  });
  deck.titlePanel?.toggleAttribute(OFF, index !== 0);
  // An element added after the deck was read (the notebook's toolbar, before the first cell)
  // belongs to the slide of the block that follows it, so it shows and hides with that slide.
  const known = new Set<Element>(deck.blocks);
  let following: Element | null = null;
  for (const el of [...deck.container.children].reverse()) {
    if (known.has(el)) following = el;
    else if (!['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(el.tagName.toUpperCase())) {
      el.toggleAttribute(BLOCK, true);
      el.toggleAttribute(
        OFF,
        following ? following.hasAttribute(OFF) : index !== deck.slides.length - 1,
      );
    }
  }
}

/** Shows every block again, as the lesson reads outside a presentation. */
export function showAll(deck: Deck): void {
  for (const el of deck.container.querySelectorAll(`:scope > [${BLOCK}]`)) {
    el.removeAttribute(OFF);
    el.removeAttribute(BLOCK);
  }
  deck.titlePanel?.removeAttribute(OFF);
}

/** The blocks of slide `index`. */
export function slideBlocks(deck: Deck, index: number): HTMLElement[] {
  const { start, end } = deck.slides[index];
  return deck.blocks.slice(start, end);
}

/** The instructor notes (`[data-instructor-note]`) written in slide `index`. */
export function slideNotes(deck: Deck, index: number): HTMLElement[] {
  return slideBlocks(deck, index).flatMap((el) =>
    el.matches('[data-instructor-note]')
      ? [el]
      : [...el.querySelectorAll<HTMLElement>('[data-instructor-note]')],
  );
}

/** A preview of slide `index`: a copy of its first paragraph (math and all), and the widgets it holds. */
export function slidePreview(
  deck: Deck,
  index: number,
): { paragraph: HTMLElement | null; widgets: string[] } {
  const blocks = slideBlocks(deck, index);
  const first = blocks.find((el) => el.matches('p'));
  const paragraph = first ? copyWithoutIds(first) : null;
  const widgets = blocks.flatMap((el) =>
    [...el.querySelectorAll('section.widget[aria-label]')].map(
      (w) => w.getAttribute('aria-label') ?? '',
    ),
  );
  return { paragraph, widgets: [...new Set(widgets.filter(Boolean))] };
}

/** A deep copy of `el` with every id removed, so the copy never clashes with the original. */
export function copyWithoutIds<T extends HTMLElement>(el: T): T {
  const copy = el.cloneNode(true) as T;
  copy.removeAttribute('id');
  for (const inner of copy.querySelectorAll('[id]')) inner.removeAttribute('id');
  return copy;
}
