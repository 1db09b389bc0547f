import type { Label } from './steps.ts';

/** Builders for the symbols steps carry, so every part of the engine writes them the same way. */

/** Makes a label from a base symbol, an optional layer and indices: `w^{(2)}_{11}` / `w(2)_11`. */
export function label(
  base: string,
  indices: number[] = [],
  layer?: number,
  textBase = base,
): Label {
  // Indices above 9 need a separator, or w_{111} could be w_{1,11} or w_{11,1}.
  const idx = indices.join(indices.some((i) => i > 9) ? ',' : '');
  const sup = layer === undefined ? '' : `^{(${layer})}`;
  const supText = layer === undefined ? '' : `(${layer})`;
  const latex = `${base}${sup}${idx ? `_{${idx}}` : ''}`;
  const text = `${textBase}${supText}${idx ? (layer === undefined ? idx : `_${idx}`) : ''}`;
  return { latex, text };
}

/** The label of dL/d(symbol): `\frac{\partial L}{\partial w_{1}}` / `dL/dw1`. */
export function gradientLabel(of: Label, numerator: Label = { latex: 'L', text: 'L' }): Label {
  return {
    latex: String.raw`\frac{\partial ${numerator.latex}}{\partial ${of.latex}}`,
    text: `d${numerator.text}/d${of.text}`,
  };
}
