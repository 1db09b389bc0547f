import { outline } from '../course/outline';
import { widgets, type Widget } from './registry';

/** The lesson a widget comes from, in the course outline. */
function lessonOf(widget: Widget) {
  const lesson = outline.find((l) => l.slug === widget.lesson);
  if (!lesson)
    throw new Error(`embed "${widget.slug}": no lesson "${widget.lesson}" in the course outline`);
  return lesson;
}

/** The title of the lesson a widget comes from, as the course outline names it. */
export const lessonTitle = (widget: Widget): string => lessonOf(widget).title;

/** The number of the lesson a widget comes from. */
export const lessonNumber = (widget: Widget): number => lessonOf(widget).number;

/** The link from an embed back to its place in the lesson, below the site's base path. */
export function lessonHref(widget: Widget, base: string): string {
  return `${base.replace(/\/$/, '')}/lessons/${widget.lesson}/#${widget.section}`;
}

/**
 * Every widget in lesson order, as the pages that list them show them (the registry keeps the
 * order widgets were added in); widgets of one lesson keep the registry's order.
 */
export function widgetsByLesson(): Widget[] {
  return [...widgets].sort((a, b) => lessonNumber(a) - lessonNumber(b));
}
