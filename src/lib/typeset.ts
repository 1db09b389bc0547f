import temml from 'temml';
import { typesetWith } from './math-markup';

/** Typesets LaTeX as MathML at build time (see `typesetWith`); browser code goes through `render-math.ts`. */
export function typeset(latex: string, displayMode = false): string {
  return typesetWith(temml, latex, displayMode);
}
