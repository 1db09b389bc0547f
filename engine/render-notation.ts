import { formatLatexNumber, formatNumber } from './format.ts';

/** The two notations steps render in: LaTeX for the site's typesetter (Temml) and plain text (internal). */

/** The notation-specific pieces that the renderer combines. */
export interface Notation {
  latex: boolean;
  /** A number; `scale` is the operands' total magnitude, for the rounding-noise rule of format.ts. */
  num(x: number, scale?: number): string;
  assign: string;
  times: string;
  eta: string;
  beta: string;
  frac(a: string, b: string): string;
  sqrt(a: string): string;
  ln: string;
  /** The mean over a mini-batch: (1/count) times the sum over the examples `index` of the batch. */
  sum(count: number, index: string): string;
  sep: string;
  dots: string;
  hat(s: string): string;
}

/** LaTeX for the site's typesetter (Temml). */
export const LATEX: Notation = {
  latex: true,
  num: (x, scale) => formatLatexNumber(x, scale),
  assign: String.raw`\leftarrow`,
  times: String.raw` \cdot `,
  eta: String.raw`\eta`,
  beta: String.raw`\beta`,
  frac: (a, b) => String.raw`\frac{${a}}{${b}}`,
  sqrt: (a) => String.raw`\sqrt{${a}}`,
  ln: String.raw`\ln`,
  sum: (n, i) => String.raw`\frac{1}{${n}}\sum_{${i} \in \mathcal{B}}`,
  sep: String.raw`,\quad `,
  dots: String.raw`\cdots`,
  hat: (s) => String.raw`\hat{${s}}`,
};

/** Plain text for screen readers and copy/paste. */
export const TEXT: Notation = {
  latex: false,
  num: (x, scale) => formatNumber(x, scale),
  assign: '<-',
  times: ' * ',
  eta: 'eta',
  beta: 'beta',
  frac: (a, b) => `(${a})/(${b})`,
  sqrt: (a) => `sqrt(${a})`,
  ln: 'ln',
  sum: (n, i) => `(1/${n})*sum_(${i} in B)`,
  sep: '; ',
  dots: '...',
  hat: (s) => `${s}hat`,
};
