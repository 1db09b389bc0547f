import { describe, expect, it } from 'vitest';
import { epochUpdatesText } from './epoch-updates';

describe('epochUpdatesText', () => {
  it('writes m / B when the batches are equal', () => {
    expect(epochUpdatesText(400, 10)).toBe('400 / 10 = 40 updates per epoch');
    expect(epochUpdatesText(400, 400)).toBe('400 / 400 = 1 update per epoch');
  });

  it('rounds up and names the smaller last batch when B does not divide m', () => {
    expect(epochUpdatesText(400, 32)).toBe(
      '⌈400 / 32⌉ = 13 updates per epoch (the last batch has 16)',
    );
    expect(epochUpdatesText(5, 3)).toBe('⌈5 / 3⌉ = 2 updates per epoch (the last batch has 2)');
  });
});
