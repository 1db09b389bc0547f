import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import temml from 'temml';
import { typesetWith } from '../../src/lib/math-markup';
import rehypeLeanMathml from '../../src/markdown/rehype-lean-mathml';

const FORMULAS = [
  'w_1 x_1 + b',
  'x^{(1)}',
  String.raw`\frac{\partial L}{\partial w^{(1)}_{11}} = (-0.5643)(0.2025) = 0.0058`,
  String.raw`\begin{bmatrix} 1 \\ 2 \end{bmatrix}`,
  String.raw`\operatorname{step}(z) = \begin{cases} 1 & z \ge 0 \\ 0 & z < 0. \end{cases}`,
  String.raw`\sigma'(z) = \sigma(z)\,\big(1 - \sigma(z)\big)`,
  String.raw`\sigma(z)(1 - \sigma(z)) + (a+b)^2 - \sqrt{(x)}`,
  String.raw`L = -\big[\, y \ln \hat y + (1 - y) \ln (1 - \hat y) \,\big] + \tfrac{1}{4}\sum_{s=1}^{4} \big(\hat{y}^{[s]} - y^{[s]}\big)^2`,
];

describe('typesetWith', () => {
  it('typesetWith(temml, latex) writes the same lean MathML as the lessons’ formulas get', () => {
    for (const latex of FORMULAS) {
      const full = fromHtml(temml.renderToString(latex, { annotate: false }), { fragment: true });
      rehypeLeanMathml()(full);
      const ours = fromHtml(typesetWith(temml, latex), { fragment: true });
      expect(toHtml(ours), latex).toBe(toHtml(full));
    }
  });

  it('typesetWith(temml, latex) drops the row that only wraps the formula', () => {
    expect(typesetWith(temml, 'w_1 x_1 + b')).toBe(
      '<math><msub><mi>w</mi><mn>1</mn></msub><msub><mi>x</mi><mn>1</mn></msub><mo>+</mo><mi>b</mi></math>',
    );
  });
});
