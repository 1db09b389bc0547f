import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  coursePartsOf,
  outline,
  PARTS,
  readOutline,
  lessonFileName,
  lessonId,
} from '../../src/course/outline';

const lessonFiles = readdirSync('lessons').filter((name) => /^\d\d-.*\.mdx$/.test(name));

/** A folder of lesson files with the given names and front matter. */
function lessonsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'outline-'));
  for (const [name, front] of Object.entries(files))
    writeFileSync(join(dir, name), `---\n${front}\n---\n\nText.\n`);
  return dir;
}

describe('the course outline, read from the lesson files', () => {
  it('has one entry per lesson file, numbered 1, 2, 3, … in file order, with unique slugs', () => {
    expect(outline.map(lessonFileName)).toEqual([...lessonFiles].sort());
    expect(outline.map((l) => l.number)).toEqual(lessonFiles.map((_, i) => i + 1));
    expect(new Set(outline.map((l) => l.slug)).size).toBe(outline.length);
  });

  it('takes each title and blurb from the front matter', () => {
    const neuron = outline.find((l) => l.slug === 'the-neuron')!;
    expect(neuron).toMatchObject({ number: 2, title: 'The neuron', draft: false });
    expect(neuron.blurb).toMatch(/^A weighted sum, a bias and an activation/);
  });

  it('lessonFileName() and lessonId() agree with the collection ids', () => {
    const neuron = outline.find((l) => l.slug === 'the-neuron')!;
    expect(lessonFileName(neuron)).toBe('02-the-neuron.mdx');
    expect(lessonId(neuron)).toBe('lessons/the-neuron');
  });

  it('marks a draft lesson, which the map shows as coming soon', () => {
    const dir = lessonsDir({
      '01-one.mdx': 'title: One\nblurb: First.\npart: 1',
      '02-two.mdx': 'title: Two\nblurb: Second.\ndraft: true\npart: 1',
    });
    expect(readOutline(dir).map((l) => [l.slug, l.draft])).toEqual([
      ['one', false],
      ['two', true],
    ]);
  });

  it('refuses a lesson without a blurb, or numbers with a gap, naming the file or the numbers', () => {
    expect(() => readOutline(lessonsDir({ '01-one.mdx': 'title: One' }))).toThrow(
      'lessons/01-one.mdx: the front matter needs a blurb',
    );
    expect(() =>
      readOutline(
        lessonsDir({
          '01-one.mdx': 'title: One\nblurb: A.\npart: 1',
          '03-three.mdx': 'title: Three\nblurb: C.\npart: 1',
        }),
      ),
    ).toThrow('lesson numbers must run 1, 2, 3, … without gaps or repeats; found 1, 3');
  });

  it('groups the lessons by part, each part a run of lessons in reading order', () => {
    const parts = coursePartsOf(outline);
    expect(parts.flatMap((p) => p.lessons)).toEqual(outline);
    expect(parts[0]).toMatchObject({ part: 1, title: PARTS[1] });
    expect(parts[0].lessons.at(-1)!.slug).toBe('forward-and-backpropagation');
    expect(parts[1].lessons[0].slug).toBe('loss-functions');
  });

  it('refuses a lesson without a known part, or a part out of order, naming the file', () => {
    expect(() => readOutline(lessonsDir({ '01-one.mdx': 'title: One\nblurb: A.' }))).toThrow(
      'lessons/01-one.mdx: the front matter needs a part, one of 1, 2; found null',
    );
    expect(() =>
      readOutline(lessonsDir({ '01-one.mdx': 'title: One\nblurb: A.\npart: 7' })),
    ).toThrow('lessons/01-one.mdx: the front matter needs a part, one of 1, 2; found 7');
    expect(() =>
      readOutline(
        lessonsDir({
          '01-one.mdx': 'title: One\nblurb: A.\npart: 2',
          '02-two.mdx': 'title: Two\nblurb: B.\npart: 1',
        }),
      ),
    ).toThrow("lessons/02-two.mdx: part 1 comes after part 2; a part's lessons follow each other");
  });
});
