import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFileName, writtenLessons } from '../../src/course/outline';

/**
 * A lesson's numbers come from expressions such as {stalled2.length}, which MDX evaluates in
 * prose but not inside backticks: there `{stalled2[0]}` reaches the reader as those characters.
 * So no built lesson may show one of its own exported names in braces outside a code block.
 */
const exportedNames = (source: string) =>
  [...source.matchAll(/^export const ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);

describe('built lessons', () => {
  const lessons = writtenLessons;
  it('are all here', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });
  for (const lesson of lessons) {
    it(`${lesson.slug} shows no unevaluated {expression} of its own`, () => {
      const source = readFileSync(join('lessons', lessonFileName(lesson)), 'utf8');
      const names = exportedNames(source);
      const html = readFileSync(join('dist', 'lessons', lesson.slug, 'index.html'), 'utf8')
        // Code cells show code, where braces are the reader's JavaScript; inline scripts and
        // styles are the page's own code, never shown (a minified `{n()` is no lesson's `n`).
        .replace(/<pre[\s\S]*?<\/pre>/g, '')
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
      const found = names.flatMap((name) =>
        [...html.matchAll(new RegExp(`\\{${name.replace(/\$/g, '\\$')}[.\\[}(]`, 'g'))].map((m) =>
          html.slice(Math.max(0, m.index - 40), m.index + 40),
        ),
      );
      expect(found).toEqual([]);
    });
  }
});
