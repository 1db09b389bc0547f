import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { outline, lessonFileName, lessonId } from '../../src/course/outline';

const lessonFiles = readdirSync('lessons').filter((name) => /^\d\d-.*\.mdx?$/.test(name));

describe('the course outline', () => {
  it('lists the nine lessons in order, numbered 1 to 9, with unique slugs', () => {
    expect(outline.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(outline.map((l) => l.slug)).size).toBe(9);
  });

  it('has an entry for every lesson file, under the same number and slug', () => {
    const expected = new Set(outline.map(lessonFileName));
    const strays = lessonFiles.filter((name) => !expected.has(name));
    expect(strays, 'lesson files that the outline does not list').toEqual([]);
  });

  it('lessonFileName() and lessonId() agree with the collection ids', () => {
    const neuron = outline.find((l) => l.slug === 'the-neuron')!;
    expect(lessonFileName(neuron)).toBe('02-the-neuron.mdx');
    expect(lessonId(neuron)).toBe('lessons/the-neuron');
  });
});
