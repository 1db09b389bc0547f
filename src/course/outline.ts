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
  /** The part of the course it belongs to (`part` in the front matter), a number in PARTS. */
  part: number;
}

/** The parts of the course, each a run of consecutive lessons; a lesson names its part by number. */
export const PARTS: Record<number, string> = {
  1: 'Part 1: From a neuron to backpropagation',
  2: 'Part 2: Training that works',
};

/** One part of the course with its lessons, in reading order. */
export interface CoursePart {
  part: number;
  title: string;
  lessons: LessonOutline[];
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
      if (typeof data.part !== 'number' || !(data.part in PARTS))
        throw new Error(
          `${where}: the front matter needs a part, one of ${Object.keys(PARTS).join(', ')}; found ${JSON.stringify(data.part ?? null)}`,
        );
      return {
        number: Number(match![1]),
        slug: match![2],
        title: data.title,
        blurb: data.blurb,
        draft: data.draft === true,
        part: data.part,
      };
    })
    .sort((a, b) => a.number - b.number);
  lessons.forEach((lesson, i) => {
    if (lesson.number !== i + 1)
      throw new Error(
        `lessons/: lesson numbers must run 1, 2, 3, … without gaps or repeats; found ${lessons.map((l) => l.number).join(', ')}`,
      );
    const before = lessons[i - 1];
    if (before && lesson.part < before.part)
      throw new Error(
        `lessons/${lessonFileName(lesson)}: part ${lesson.part} comes after part ${before.part}; a part's lessons follow each other`,
      );
  });
  return lessons;
}

/** The lessons grouped by part, in reading order (a part with no lessons is left out). */
export function coursePartsOf(lessons: LessonOutline[]): CoursePart[] {
  return Object.entries(PARTS)
    .map(([part, title]) => ({
      part: Number(part),
      title,
      lessons: lessons.filter((lesson) => lesson.part === Number(part)),
    }))
    .filter((group) => group.lessons.length > 0);
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
