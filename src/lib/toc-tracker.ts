/**
 * The "On this page" highlight, in place of Starlight's own `starlight-toc` element (swapped in by
 * a Vite alias in astro.config.mjs; Starlight's mobile table of contents extends this class).
 *
 * Why: Starlight's version observes every block of the page and finds them with a
 * `:not(:has(h2, h3))` query that walks the whole document; on a lesson with 5,000–8,000 elements
 * (most of them KaTeX) each call took 75–450 ms of main-thread time at a phone's speed. This one
 * observes only the headings the table links to, and asks which of them sits above the reading
 * line whenever one of them crosses it.
 *
 * The phone's list arrives stored (src/lib/toc/phone-toc-store.ts): its links are parsed into a
 * detached fragment, tracked there (so the bar still names the section being read), and moved into
 * the page, the same nodes, when the reader first opens the bar.
 */

/** Set on the element so that a test can tell this tracker from Starlight's. */
export const TRACKER_ATTRIBUTE = 'data-nn-toc';

/** Space below the sticky header where a section counts as "being read" (Starlight's 2rem). */
const READING_LINE_GAP = 32;

/** Huge bottom margin: a heading anywhere below the reading line counts as intersecting, so the
 * observer fires exactly when a heading crosses the line, even on a jump to an anchor. */
const BELOW_EVERYTHING = 1_000_000;

export class StarlightTOC extends HTMLElement {
  private currentLink: HTMLAnchorElement | null = this.querySelector('a[aria-current="true"]');

  /** Marks `link` as the section being read (subclasses add their own display). */
  protected set current(link: HTMLAnchorElement) {
    if (link === this.currentLink) return;
    this.currentLink?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.currentLink = link;
  }

  constructor() {
    super();
    this.setAttribute(TRACKER_ATTRIBUTE, '');
    this.unstoreOnFirstOpen();
    const start = () => this.track();
    if ('requestIdleCallback' in window) requestIdleCallback(start);
    else setTimeout(start, 1);
  }

  /** The list's links: in the page, or still in the stored list's fragment. */
  private links: HTMLAnchorElement[] = [...this.querySelectorAll('a')];

  /** Parses a stored list now (no elements in the page) and moves it in when its bar first opens. */
  private unstoreOnFirstOpen(): void {
    const store = this.querySelector('noscript[data-toc-store]');
    const details = this.querySelector('details');
    if (!store || !details) return;
    // A template parses without running anything; the store holds only the list's links.
    const template = document.createElement('template');
    template.innerHTML = store.textContent ?? '';
    const list = template.content;
    this.links = [...list.querySelectorAll('a')];
    // Starlight closes the bar when one of its links is followed; it wires only the links present
    // when the element starts, so these get the same here.
    for (const link of this.links) link.addEventListener('click', () => (details.open = false));
    details.addEventListener('toggle', () => {
      if (details.open && store.isConnected) store.replaceWith(list);
    });
  }

  private track(): void {
    const sections = this.links
      .map((link) => ({
        link,
        heading: document.getElementById(decodeURIComponent(link.hash.slice(1))),
      }))
      .filter((s): s is { link: HTMLAnchorElement; heading: HTMLElement } => s.heading !== null);
    if (sections.length === 0) return;

    // The page's last block: once it is wholly in view, the reader is at the bottom.
    const end = document.querySelector('main footer') ?? document.querySelector('footer');
    const update = () => {
      const line = this.readingLine();
      // At the very bottom a short last section can never reach the line: count any heading in view.
      const atBottom = end !== null && end.getBoundingClientRect().bottom <= window.innerHeight + 1;
      const limit = atBottom ? window.innerHeight : line;
      let reading = sections[0];
      // Headings come in document order: the last one above the limit is the section being read.
      for (const section of sections) {
        if (section.heading.getBoundingClientRect().top > limit) break;
        reading = section;
      }
      this.current = reading.link;
    };

    let observer: IntersectionObserver | undefined;
    const observe = () => {
      observer?.disconnect();
      observer = new IntersectionObserver(update, {
        rootMargin: `-${this.readingLine()}px 0px ${BELOW_EVERYTHING}px 0px`,
      });
      for (const { heading } of sections) observer.observe(heading);
    };
    observe();
    // Reaching or leaving the bottom is seen by the footer coming wholly into view or leaving it.
    if (end) new IntersectionObserver(update, { threshold: [0, 1] }).observe(end);

    // The header (and the phone's "On this page" bar) change height with the viewport.
    let timeout: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      clearTimeout(timeout);
      timeout = setTimeout(observe, 200);
    });
  }

  /** Distance from the viewport's top to the reading line: header, phone TOC bar, then a gap. */
  private readingLine(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return Math.round(header + bar + READING_LINE_GAP);
  }
}

customElements.define('starlight-toc', StarlightTOC);
