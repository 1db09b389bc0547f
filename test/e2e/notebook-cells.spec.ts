import { test, expect } from '@playwright/test';
import { neuron, toText } from '../../engine/index.ts';
import { numberText } from '../../src/notebook/display';

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
