import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingCharacters } from '../../src/lib/math-font-coverage';
import font from '../../src/assets/fonts/latin-modern-math.json' with { type: 'json' };
import { mathTokens } from '../helpers/math-tokens';
import { filesUnder } from './built-files';

describe('the math font (src/assets/fonts/latin-modern-math.woff2)', () => {
  const codePoints = new Set(font.codePoints);
  const pages = [...filesUnder('dist')].filter((file) => file.endsWith('.html'));

  it('is checked against the formulas of every built page', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(
      mathTokens(readFileSync('dist/lessons/the-neuron/index.html', 'utf8')).length,
    ).toBeGreaterThan(100);
  });

  it('holds every character a built page draws in a formula (else add it in scripts/subset-math-font.mjs and run it)', () => {
    const missing = pages
      .map((page) => ({
        page,
        missing: missingCharacters(mathTokens(readFileSync(page, 'utf8')), codePoints),
      }))
      .filter((found) => found.missing.length > 0);
    expect(missing).toEqual([]);
  });
});
