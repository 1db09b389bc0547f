import { test, expect } from '@playwright/test';
import { neuron, toText } from '../../engine/index.ts';
import { numberText } from '../../src/notebook/display';
import { builtPages } from './site-pages';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the neuron lesson shows its code cell with the outputs saved at build time', async ({
    page,
  }) => {
    await page.goto('/lessons/the-neuron/');
    const expected = neuron({ weights: [0.5, -0.3], bias: 0.1, activation: 'sigmoid' }).forward([
      1, 0,
    ]);
    const output = page.getByRole('group', { name: 'Output of cell 1' });
    await expect(output.locator('.nb-steps .nn-sr-only')).toHaveText(
      expected.steps.map((s) => toText(s, { symbolic: true })),
    );
    await expect(output.locator('.nb-steps math')).toHaveCount(2);
    await expect(output.locator('.nb-value')).toHaveText(numberText(expected.a));
    await expect(page.locator('.nb-cell').first().locator('pre')).toContainText(
      'neuron({ weights: [0.5, -0.3]',
    );
  });
});

test.describe('saved charts, with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  const lessons = builtPages('dist').filter((path) => path.startsWith('/lessons/'));

  test('every tick label and axis name of a cell chart lies inside its picture', async ({
    page,
  }) => {
    let charts = 0;
    for (const path of lessons) {
      await page.goto(path);
      const svgs = page.locator('.nb-chart svg');
      charts += await svgs.count();
      // Each text's box on screen against its chart's (half a pixel of rounding allowed).
      const outside = await svgs.evaluateAll((all) =>
        all.flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')]
            .filter((text) => {
              const box = text.getBoundingClientRect();
              return (
                box.left < frame.left - 0.5 ||
                box.right > frame.right + 0.5 ||
                box.top < frame.top - 0.5 ||
                box.bottom > frame.bottom + 0.5
              );
            })
            .map((text) => text.textContent);
        }),
      );
      expect(outside, `labels cut off in ${path}`).toEqual([]);
    }
    expect(charts).toBeGreaterThan(3);
  });
});
