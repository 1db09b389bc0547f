import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { builtPages } from './site-pages';

// Formulas are MathML alone (no alttext, no TeX annotation): screen readers read the markup the
// eye sees. Here Chromium's accessibility tree (CDP Accessibility.getFullAXTree) must hold one
// math node for every formula a reader can see at load (not hidden, not in a closed panel, not a
// widget's aria-hidden copy beside its plain-text twin), and each must read as something. A CSS
// change to how <math> is laid out (src/styles/math.css) must not take formulas out of that tree.

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

const withMath = builtPages().filter(
  (path) =>
    path.endsWith('/') &&
    readFileSync(join('dist', path, 'index.html'), 'utf8').includes('<math') &&
    !path.startsWith('/embed/'),
);

test('every formula shown at load is a math node with content in the accessibility tree', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(withMath.length).toBeGreaterThan(10);
  const cdp = await page.context().newCDPSession(page);
  for (const path of withMath) {
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const shown = await page
      .locator('math')
      .evaluateAll(
        (all) =>
          all.filter((m) => !m.closest('[aria-hidden="true"]') && m.checkVisibility()).length,
      );
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const text = (node: AXNode): string =>
      (node.name?.value ?? '') +
      (node.childIds ?? [])
        .map((id) => byId.get(id))
        .map((child) => (child ? text(child) : ''))
        .join('');
    const formulas = nodes.filter((node) => !node.ignored && node.role?.value === 'MathMLMath');
    expect(formulas.length, `${path}: math nodes`).toBe(shown);
    expect(formulas.filter((node) => !text(node).trim()).length, `${path}: empty ones`).toBe(0);
  }
});
