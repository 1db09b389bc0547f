import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** One lesson of the course, in reading order. `slug` is the file name without its number. */
export interface LessonOutline {
  number: number;
  slug: string;
  title: string;
  /** One sentence for the lesson map: what the reader will see or do (`blurb` in the front matter). */
  blurb: string;
  /** A lesson announced but not written yet (`draft: true`): on the map as "coming soon", never a link. */
  draft: boolean;
}

const LESSON_FILE = /^(\d\d)-([a-z0-9-]+)\.mdx$/;

/** The front matter of a lesson file: the YAML between its first two `---` lines. */
function frontMatter(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${path}: a lesson starts with front matter between --- lines`);
  return parse(match[1]) ?? {};
}

/**
 * The course in reading order, read from the lesson files themselves (`lessons/NN-slug.mdx`: the
 * number orders them, the slug is the URL, the front matter gives title and blurb), so the files
 * are the only list of lessons. Build-time only (it reads the disk, from the project's root).
 */
export function readOutline(dir = resolve(process.cwd(), 'lessons')): LessonOutline[] {
  const lessons = readdirSync(dir)
    .map((name) => ({ name, match: LESSON_FILE.exec(name) }))
    .filter(({ match }) => match)
    .map(({ name, match }) => {
      const data = frontMatter(join(dir, name));
      const where = `lessons/${name}`;
      if (typeof data.title !== 'string' || !data.title)
        throw new Error(`${where}: the front matter needs a title`);
      if (typeof data.blurb !== 'string' || !data.blurb)
        throw new Error(
          `${where}: the front matter needs a blurb (one sentence for the lesson map)`,
        );
      return {
        number: Number(match![1]),
        slug: match![2],
        title: data.title,
        blurb: data.blurb,
        draft: data.draft === true,
      };
    })
    .sort((a, b) => a.number - b.number);
  lessons.forEach((lesson, i) => {
    if (lesson.number !== i + 1)
      throw new Error(
        `lessons/: lesson numbers must run 1, 2, 3, … without gaps or repeats; found ${lessons.map((l) => l.number).join(', ')}`,
      );
  });
  return lessons;
}

export const outline: LessonOutline[] = readOutline();

/** The lessons that are built as pages: the outline without its drafts. */
export const writtenLessons: LessonOutline[] = outline.filter((lesson) => !lesson.draft);

/** The file name of a lesson in `lessons/`, e.g. `02-the-neuron.mdx`. */
export function lessonFileName(lesson: LessonOutline): string {
  return `${String(lesson.number).padStart(2, '0')}-${lesson.slug}.mdx`;
}

/** The slug of a lesson file's path (`…/lessons/02-the-neuron.mdx` -> `the-neuron`), or undefined. */
export function lessonSlugOfPath(path: string | undefined): string | undefined {
  const parts = (path ?? '').split(/[\\/]/);
  if (parts.at(-2) !== 'lessons') return undefined;
  return LESSON_FILE.exec(parts.at(-1) ?? '')?.[2];
}

/** The collection id (and URL path below the base) of a lesson, e.g. `lessons/the-neuron`. */
export function lessonId(lesson: LessonOutline): string {
  return `lessons/${lesson.slug}`;
}
