import { outline } from '../course/outline';
import type { Widget } from './registry';

/** The title of the lesson a widget comes from, as the course outline names it. */
export function lessonTitle(widget: Widget): string {
  const lesson = outline.find((l) => l.slug === widget.lesson);
  if (!lesson)
    throw new Error(`embed "${widget.slug}": no lesson "${widget.lesson}" in the course outline`);
  return lesson.title;
}

/** The link from an embed back to its place in the lesson, below the site's base path. */
export function lessonHref(widget: Widget, base: string): string {
  return `${base.replace(/\/$/, '')}/lessons/${widget.lesson}/#${widget.section}`;
}
