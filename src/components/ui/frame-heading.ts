import { createContext } from 'svelte';

/**
 * The level of a widget's title, and of the headings inside the widget, which follow it. In a
 * lesson a widget sits under a `##` section, so its title is an h3; on its embed page the widget is
 * alone, and its title is the page's h1. The headings inside the widget are counted down from the
 * title, so that no level is skipped on either page (axe's "heading-order").
 */
export type FrameHeadingLevel = 1 | 3;

/** Any HTML heading level. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The prop every widget takes and passes on to its WidgetFrame. */
export interface FrameHeading {
  /** The level of the widget's title: 3 in a lesson (the default), 1 on the widget's embed page. */
  headingLevel?: FrameHeadingLevel;
}

/** A widget's title level where nothing says otherwise: in a lesson, under the section's h2. */
export const DEFAULT_FRAME_HEADING: FrameHeadingLevel = 3;

const [getFrameHeading, setFrameHeading, hasFrameHeading] =
  createContext<() => FrameHeadingLevel>();

/**
 * The level `steps` below a heading at `level`, at most 6 (HTML has no h7). A widget's own markup,
 * outside its frame, passes its `headingLevel` prop (undefined: the default, as in a lesson).
 */
export function headingBelow(level: HeadingLevel | undefined, steps: number): HeadingLevel {
  return Math.min(6, (level ?? DEFAULT_FRAME_HEADING) + steps) as HeadingLevel;
}

/** The tag for a heading level, for `<svelte:element this={headingTag(level)}>`. */
export function headingTag(level: HeadingLevel): `h${HeadingLevel}` {
  return `h${level}`;
}

/**
 * In WidgetFrame: tells the components inside the frame the level of its title. Must be called
 * while the component is being set up, as Svelte's `setContext` must.
 */
export function provideFrameHeading(level: () => FrameHeadingLevel): void {
  setFrameHeading(level);
}

/**
 * In a component inside a widget's frame: the level of a heading `steps` below the frame's title,
 * so `headingBelowFrame(1)` is 4 in a lesson and 2 on an embed page. Outside any frame, a title at
 * the default level is assumed. Must be called while the component is being set up, as Svelte's
 * `getContext` must; the level does not change afterwards (a page is a lesson or an embed).
 */
export function headingBelowFrame(steps: number): HeadingLevel {
  const title = hasFrameHeading() ? getFrameHeading()() : DEFAULT_FRAME_HEADING;
  return headingBelow(title, steps);
}
