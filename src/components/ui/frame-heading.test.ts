import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_HEADING, headingBelow, headingTag } from './frame-heading';

describe('headingBelow(level, steps)', () => {
  it('counts down from the frame title: h3 in a lesson, h1 on an embed page', () => {
    expect(headingBelow(3, 1)).toBe(4);
    expect(headingBelow(3, 2)).toBe(5);
    expect(headingBelow(1, 1)).toBe(2);
    expect(headingBelow(1, 2)).toBe(3);
  });

  it('takes a missing level as the lesson default, h3', () => {
    expect(DEFAULT_FRAME_HEADING).toBe(3);
    expect(headingBelow(undefined, 1)).toBe(4);
  });

  it('stops at h6, as HTML does', () => {
    expect(headingBelow(3, 5)).toBe(6);
  });
});

describe('headingTag(level)', () => {
  it('is the tag name for svelte:element', () => {
    expect(headingTag(1)).toBe('h1');
    expect(headingTag(4)).toBe('h4');
  });
});
