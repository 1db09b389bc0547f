import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { widgets, widgetFolder } from './registry';
import { lessonHref, lessonNumber, lessonTitle, widgetsByLesson } from './lesson-links';
import { outline, lessonFileName } from '../course/outline';

describe('widgets', () => {
  it('has one entry per slug, each a lowercase URL segment', () => {
    const slugs = widgets.map((w) => w.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('points every widget at a lesson of the outline whose file has the section it names', () => {
    for (const widget of widgets) {
      const lesson = outline.find((l) => l.slug === widget.lesson)!;
      expect(lesson, widget.slug).toBeDefined();
      const source = readFileSync(
        new URL(`../../lessons/${lessonFileName(lesson)}`, import.meta.url),
        'utf8',
      );
      const headings = [...source.matchAll(/^## (.+)$/gm)].map(([, text]) =>
        text
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .trim()
          .replace(/ +/g, '-'),
      );
      expect(headings, `${widget.slug} in ${widget.lesson}`).toContain(widget.section);
    }
  });

  it('has a folder with an Embed.astro for every widget, and no widget folder left out', () => {
    for (const widget of widgets)
      expect(
        existsSync(new URL(`./${widgetFolder(widget)}/Embed.astro`, import.meta.url)),
        widget.slug,
      ).toBe(true);
    const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(new Set(widgets.map(widgetFolder))).toEqual(new Set(folders));
  });
});

describe('lessonTitle(widget)', () => {
  it('names the lesson as the outline does', () => {
    expect(lessonTitle(widgets.find((w) => w.slug === 'neuron-explorer')!)).toBe('The neuron');
  });
});

describe('lessonHref(widget, base)', () => {
  const widget = widgets.find((w) => w.slug === 'neuron-explorer')!;
  it('links to the section of the lesson, below the base path with or without its slash', () => {
    expect(lessonHref(widget, '/')).toBe('/lessons/the-neuron/#try-it-the-neuron-explorer');
    expect(lessonHref(widget, '/neural-notebook/')).toBe(
      '/neural-notebook/lessons/the-neuron/#try-it-the-neuron-explorer',
    );
    expect(lessonHref(widget, '/neural-notebook')).toBe(
      '/neural-notebook/lessons/the-neuron/#try-it-the-neuron-explorer',
    );
  });

  it('lists every widget once in lesson order, keeping the registry order within a lesson', () => {
    const listed = widgetsByLesson();
    expect(new Set(listed)).toEqual(new Set(widgets));
    expect(listed).toHaveLength(widgets.length);
    const numbers = listed.map(lessonNumber);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (let i = 1; i < listed.length; i++)
      if (numbers[i] === numbers[i - 1])
        expect(widgets.indexOf(listed[i])).toBeGreaterThan(widgets.indexOf(listed[i - 1]));
    // The registry itself is not in lesson order (lesson 15's graph was added before lesson 10's
    // widgets), so the sorting is not a no-op.
    expect(widgets.map(lessonNumber)).not.toEqual(numbers);
  });
});
