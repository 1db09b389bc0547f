import { describe, expect, it } from 'vitest';
import { symbolParts } from '../../src/lib/symbol-list';

describe('symbolParts(latex)', () => {
  it('splits a list of symbols at its top-level commas', () => {
    expect(symbolParts('v_{w},\\ m_{w},\\ \\hat m_{w}')).toEqual(['v_{w}', 'm_{w}', '\\hat m_{w}']);
    expect(symbolParts("f,\\ f'")).toEqual(['f', "f'"]);
    expect(symbolParts('\\mathcal{B},\\ B = \\lvert\\mathcal{B}\\rvert')).toEqual([
      '\\mathcal{B}',
      'B = \\lvert\\mathcal{B}\\rvert',
    ]);
  });

  it('leaves one symbol, and commas inside braces or without a space, whole', () => {
    expect(symbolParts('x_i')).toEqual(['x_i']);
    expect(symbolParts('w_{j,k}')).toEqual(['w_{j,k}']);
    expect(symbolParts('f(x,y)')).toEqual(['f(x,y)']);
    expect(symbolParts('w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}')).toHaveLength(1);
  });
});
