import { describe, expect, it } from 'vitest';
import { channelName, readMessage } from '../../../src/lib/present/channel';
import { formatElapsed } from '../../../src/lib/present/timer';

describe('readMessage(data, slideCount)', () => {
  it('accepts the three messages with valid slide numbers', () => {
    expect(readMessage({ type: 'hello' }, 4)).toEqual({ type: 'hello' });
    expect(readMessage({ type: 'showing', slide: 3 }, 4)).toEqual({ type: 'showing', slide: 3 });
    expect(readMessage({ type: 'go', slide: 0, extra: '<b>' }, 4)).toEqual({
      type: 'go',
      slide: 0,
    });
  });
  it('refuses anything else: unknown types, bad or out-of-range slides, non-objects', () => {
    for (const data of [
      null,
      'go',
      42,
      { type: 'exec', slide: 1 },
      { type: 'go' },
      { type: 'go', slide: '1' },
      { type: 'go', slide: 1.5 },
      { type: 'go', slide: -1 },
      { type: 'showing', slide: 4 },
      { type: 'go', slide: Number.NaN },
    ]) {
      expect(readMessage(data, 4), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('channelName(pathname)', () => {
  it('keeps two lessons on separate channels', () => {
    expect(channelName('/lessons/the-neuron/')).not.toBe(channelName('/lessons/logic-gates/'));
  });
});

describe('formatElapsed(ms)', () => {
  it('shows minutes and seconds, then hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(61_500)).toBe('1:01');
    expect(formatElapsed(50 * 60_000)).toBe('50:00');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
