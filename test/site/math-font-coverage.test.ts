import { describe, expect, it } from 'vitest';
import { activations, losses, toLatex } from '../../engine/index.ts';
import { drawnCodePoints, missingCharacters } from '../../src/lib/math-font-coverage';
import { typeset } from '../../src/lib/typeset';
import font from '../../src/assets/fonts/latin-modern-math.json' with { type: 'json' };
import { mathTokens } from '../helpers/math-tokens';
import { stepOfEveryKind } from '../helpers/step-fixtures.ts';

describe('drawnCodePoints', () => {
  it('italicises a lone letter in <mi>, as browsers do (MathML Core math-auto)', () => {
    expect(drawnCodePoints('mi', undefined, 'x')).toEqual([0x1d465]);
    expect(drawnCodePoints('mi', undefined, 'h')).toEqual([0x210e]);
    expect(drawnCodePoints('mi', undefined, 'W')).toEqual([0x1d44a]);
    expect(drawnCodePoints('mi', undefined, 'σ')).toEqual([0x1d70e]);
    expect(drawnCodePoints('mi', undefined, '∂')).toEqual([0x1d715]);
    expect(drawnCodePoints('mi', undefined, 'ϵ')).toEqual([0x1d716]);
    expect(drawnCodePoints('mi', undefined, '∇')).toEqual([0x1d6fb]);
  });

  it('keeps the character as written with mathvariant, in a longer name, and outside <mi>', () => {
    expect(drawnCodePoints('mi', 'normal', 'Δ')).toEqual([0x394]);
    expect(drawnCodePoints('mi', undefined, 'ln')).toEqual([0x6c, 0x6e]);
    expect(drawnCodePoints('mo', undefined, '∇')).toEqual([0x2207]);
    expect(drawnCodePoints('mn', undefined, '2')).toEqual([0x32]);
    expect(drawnCodePoints('mi', undefined, '𝔼')).toEqual([0x1d53c]);
  });

  it('missingCharacters names each missing character once and ignores white space', () => {
    const tokens = [
      { element: 'mi', text: 'x' },
      { element: 'mi', text: 'x' },
      { element: 'mtext', text: 'a\u00a0b' },
    ];
    expect(missingCharacters(tokens, new Set([0x61]))).toEqual(['U+62 b', 'U+1D465 𝑥']);
  });
});

describe('the math font holds every character of the formulas the engine and widgets typeset', () => {
  const codePoints = new Set(font.codePoints);
  const missingIn = (latex: string[]) =>
    missingCharacters(
      latex.flatMap((tex) => mathTokens(typeset(tex))),
      codePoints,
    );

  it('every kind of step, plain and symbolic, with ordinary and non-finite numbers', () => {
    const latex = [
      [0.5, -1.25, 3, 1e-7],
      [NaN, Infinity, -Infinity],
    ].flatMap((values) =>
      Object.values(stepOfEveryKind(values)).flatMap((step) => [
        toLatex(step),
        toLatex(step, { symbolic: true }),
      ]),
    );
    expect(latex.length).toBeGreaterThan(40);
    expect(missingIn(latex)).toEqual([]);
  });

  it("every activation's and loss's formula", () => {
    const latex = [...Object.values(activations), ...Object.values(losses)].map((f) => f.latex);
    expect(missingIn(latex)).toEqual([]);
  });
});
