import { describe, expect, it } from 'vitest';
import { deckCommand, pageWithinSlide, type FocusKind } from '../../../src/lib/present/keys';

const plain = { shift: false, ctrl: false, alt: false, meta: false };
const command = (key: string, focus: FocusKind = 'none', modifiers = plain) =>
  deckCommand(key, modifiers, focus);

describe('deckCommand(key, modifiers, focus)', () => {
  it('maps arrows, Space, PageUp/PageDown, Home, End and Escape to deck commands', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => command(k))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => command(k))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect([command('Home'), command('End'), command('Escape')]).toEqual(['first', 'last', 'exit']);
  });
  it('goes back on Shift+Space', () => {
    expect(command(' ', 'none', { ...plain, shift: true })).toBe('previous');
  });
  it('ignores other keys and any key held with Ctrl, Alt or Meta', () => {
    expect(command('a')).toBeNull();
    expect(command('Enter')).toBeNull();
    expect(command('ArrowRight', 'none', { ...plain, ctrl: true })).toBeNull();
    expect(command('ArrowLeft', 'none', { ...plain, alt: true })).toBeNull();
    expect(command('End', 'none', { ...plain, meta: true })).toBeNull();
  });
  it('leaves every key to a slider, text field, radio group or editor that has focus', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'PageDown', 'Home', 'End', 'Escape']) {
      expect(command(key, 'owns-keys'), key).toBeNull();
    }
  });
  it('leaves Space to a focused button, but still moves on arrows', () => {
    expect(command(' ', 'pressable')).toBeNull();
    expect(command('ArrowRight', 'pressable')).toBe('next');
    expect(command('Escape', 'pressable')).toBe('exit');
  });
  it('leaves the scrolling keys to a focused scroll region, but not left and right', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' ', 'Home', 'End']) {
      expect(command(key, 'scrolls'), key).toBeNull();
    }
    expect(command('ArrowRight', 'scrolls')).toBe('next');
    expect(command('ArrowLeft', 'scrolls')).toBe('previous');
  });
});

describe('paging through a slide taller than the screen', () => {
  const view = (top: number) => ({ top, height: 700, total: 2000 });
  it('scrolls down most of a screen on PageDown and Space until the end is in view, then moves on', () => {
    expect(pageWithinSlide('next', 'PageDown', view(0))).toBe(560);
    expect(pageWithinSlide('next', ' ', view(560))).toBe(560);
    // The last step stops at the end of the slide.
    expect(pageWithinSlide('next', 'PageDown', view(1120))).toBe(180);
    expect(pageWithinSlide('next', 'PageDown', view(1300))).toBe(0);
    expect(pageWithinSlide('next', 'PageDown', view(1295))).toBe(0);
  });
  it('scrolls back up on PageUp and Shift+Space until the top, then moves back', () => {
    expect(pageWithinSlide('previous', 'PageUp', view(1300))).toBe(-560);
    expect(pageWithinSlide('previous', ' ', view(300))).toBe(-300);
    expect(pageWithinSlide('previous', 'PageUp', view(0))).toBe(0);
  });
  it('never holds back the arrows, Home, End or Escape, nor a slide that fits', () => {
    expect(pageWithinSlide('next', 'ArrowRight', view(0))).toBe(0);
    expect(pageWithinSlide('next', 'ArrowDown', view(0))).toBe(0);
    expect(pageWithinSlide('previous', 'ArrowUp', view(900))).toBe(0);
    expect(pageWithinSlide('first', 'Home', view(900))).toBe(0);
    expect(pageWithinSlide('next', 'PageDown', { top: 0, height: 700, total: 700 })).toBe(0);
  });
});
