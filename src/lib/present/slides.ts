/**
 * How a lesson becomes slides. A lesson's body is a flat run of blocks (paragraphs, figures,
 * widgets, cells); every `##` heading starts a slide, and whatever comes before the first one
 * joins the lesson's title on a title slide. Pure data in, pure data out: the DOM side lives in
 * `deck.ts`.
 */

/** One top-level block of the lesson body, as far as slides care. */
export interface Block {
  /** True when the block is (or wraps) a `##` heading. */
  startsSection: boolean;
  /** The heading's text, for a block that starts a section. */
  title: string;
  /** The heading's id (its anchor), for a block that starts a section. */
  id: string;
}

/** One slide: a title and the half-open range of blocks `[start, end)` it shows. */
export interface Slide {
  title: string;
  /** The anchor of the slide's heading, or '' for the title slide. */
  id: string;
  start: number;
  end: number;
}

/** Splits a lesson's blocks into slides: a title slide, then one slide per `##` section. */
export function splitSlides(blocks: readonly Block[], lessonTitle: string): Slide[] {
  const slides: Slide[] = [{ title: lessonTitle, id: '', start: 0, end: blocks.length }];
  blocks.forEach((block, index) => {
    if (!block.startsSection) return;
    slides[slides.length - 1].end = index;
    slides.push({ title: block.title.trim(), id: block.id, start: index, end: blocks.length });
  });
  return slides;
}

/** The slide a block belongs to (its index in `slides`). */
export function slideOfBlock(slides: readonly Slide[], blockIndex: number): number {
  const found = slides.findIndex((s) => blockIndex >= s.start && blockIndex < s.end);
  return found === -1 ? 0 : found;
}

/**
 * Reads a slide number from a URL parameter (1-based, as shown on the counter) and returns a valid
 * 0-based index. Anything that is not a whole number (an empty `?present`, text, a hand-edited
 * link) opens the first slide; numbers past either end are clamped.
 */
export function slideFromParam(raw: string | null, count: number): number {
  if (count < 1) return 0;
  if (raw === null || !/^\s*\d{1,6}\s*$/.test(raw)) return 0;
  const number = Number(raw);
  return Math.min(Math.max(number, 1), count) - 1;
}

/** The slide after `index` moved by `step`, kept inside the deck. */
export function moveSlide(index: number, step: number, count: number): number {
  return Math.min(Math.max(index + step, 0), Math.max(count - 1, 0));
}
