import { describe, expect, it } from 'vitest';
import {
  moveSlide,
  slideFromParam,
  slideOfBlock,
  splitSlides,
  type Block,
} from '../../../src/lib/present/slides';

const p: Block = { startsSection: false, title: '', id: '' };
const h2 = (title: string, id: string): Block => ({ startsSection: true, title, id });

describe('splitSlides(blocks, lessonTitle)', () => {
  it('puts what comes before the first ## on a title slide, then one slide per section', () => {
    const blocks = [p, h2('The sum', 'the-sum'), p, p, h2('  The bend ', 'the-bend'), p];
    expect(splitSlides(blocks, 'The neuron')).toEqual([
      { title: 'The neuron', id: '', start: 0, end: 1 },
      { title: 'The sum', id: 'the-sum', start: 1, end: 4 },
      { title: 'The bend', id: 'the-bend', start: 4, end: 6 },
    ]);
  });

  it('gives an empty title slide when the lesson opens with a section', () => {
    const slides = splitSlides([h2('A', 'a'), p], 'Lesson');
    expect(slides[0]).toEqual({ title: 'Lesson', id: '', start: 0, end: 0 });
    expect(slides[1]).toEqual({ title: 'A', id: 'a', start: 0, end: 2 });
  });

  it('makes one title slide of a lesson without sections, or with no blocks at all', () => {
    expect(splitSlides([p, p], 'Only prose')).toEqual([
      { title: 'Only prose', id: '', start: 0, end: 2 },
    ]);
    expect(splitSlides([], 'Empty')).toEqual([{ title: 'Empty', id: '', start: 0, end: 0 }]);
  });

  it('covers every block exactly once, in order', () => {
    const blocks = [p, p, h2('A', 'a'), p, h2('B', 'b'), h2('C', 'c'), p, p];
    const slides = splitSlides(blocks, 'L');
    const covered = slides.flatMap((s) =>
      Array.from({ length: s.end - s.start }, (_, i) => s.start + i),
    );
    expect(covered).toEqual(blocks.map((_, i) => i));
    expect(slideOfBlock(slides, 5)).toBe(3);
  });
});

describe('slideOfBlock(slides, index)', () => {
  it('finds the slide a block is shown on', () => {
    const slides = splitSlides([p, h2('A', 'a'), p, h2('B', 'b')], 'L');
    expect([0, 1, 2, 3].map((i) => slideOfBlock(slides, i))).toEqual([0, 1, 1, 2]);
  });
});

describe('slideFromParam(raw, count)', () => {
  it('reads a 1-based slide number as a 0-based index', () => {
    expect(slideFromParam('1', 5)).toBe(0);
    expect(slideFromParam('4', 5)).toBe(3);
  });
  it('clamps numbers past either end', () => {
    expect(slideFromParam('0', 5)).toBe(0);
    expect(slideFromParam('99', 5)).toBe(4);
  });
  it('opens the first slide for a missing, empty, hand-edited or hostile value', () => {
    for (const raw of [null, '', 'abc', '-2', '2.5', '1e3', '<script>', '9'.repeat(40), ' ']) {
      expect(slideFromParam(raw, 5), String(raw)).toBe(0);
    }
  });
});

describe('moveSlide(index, step, count)', () => {
  it('moves by the step and stays inside the deck', () => {
    expect(moveSlide(2, 1, 5)).toBe(3);
    expect(moveSlide(4, 1, 5)).toBe(4);
    expect(moveSlide(0, -1, 5)).toBe(0);
    expect(moveSlide(9, 0, 5)).toBe(4);
  });
});
