import { describe, expect, it } from 'vitest';
import { crossTabAction } from '../../src/notebook/page/cross-tab';

describe('crossTabAction(state)', () => {
  it('does nothing when this tab already shows their code', () => {
    expect(crossTabAction({ current: 'x', known: 'old', unsaved: true, theirs: 'x' })).toBe(
      'nothing',
    );
  });

  it('adopts their code when this tab has no edit of its own', () => {
    expect(crossTabAction({ current: 'a', known: 'a', unsaved: false, theirs: 'b' })).toBe('adopt');
  });

  it('asks when this tab has an edit waiting to be saved, or shows code storage never held', () => {
    expect(crossTabAction({ current: 'a', known: 'a', unsaved: true, theirs: 'b' })).toBe('ask');
    expect(crossTabAction({ current: 'mine', known: 'a', unsaved: false, theirs: 'b' })).toBe(
      'ask',
    );
  });
});
