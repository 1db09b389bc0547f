import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape-html';

describe('escapeHtml(text)', () => {
  it('escapes the five characters that can start or end markup', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;',
    );
  });

  it('leaves ordinary text, numbers and Unicode alone', () => {
    expect(escapeHtml('z = (0.5)(1) + σ(−0.3)')).toBe('z = (0.5)(1) + σ(−0.3)');
  });
});
