import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { apa, bibtex } from '../../src/lib/cite/citation';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

test('a lesson can be cited: APA and BibTeX with the version and day of its build, by keyboard', async ({
  page,
  baseURL,
}) => {
  await page.goto('/lessons/the-xor-problem/');
  const footer = page.locator('.nn-build');
  await expect(footer).toContainText(`Neural Notebook ${version}, built `);
  const date = /built (\d{4}-\d{2}-\d{2})/.exec((await footer.textContent()) ?? '')![1];
  // The commit the tests' build came from: the checkout's own HEAD.
  const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
    encoding: 'utf8',
  }).trim();
  await expect(footer).toContainText(`from commit ${commit}.`);

  const summary = page.getByText('Cite this page', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  // The address is the configured site's (SITE_URL), not necessarily the test server's.
  const site = readFileSync('dist/lessons/the-xor-problem/index.html', 'utf8').match(
    /url {10}= \{([^}]+)\}/,
  )![1];
  expect(new URL(site).pathname).toBe('/lessons/the-xor-problem/');
  const cited = { title: 'The XOR problem', url: site, version, date };
  await expect(page.locator('p.nn-cite-text')).toHaveText(`APA: ${apa(cited)}`);
  await expect(page.getByLabel('BibTeX entry')).toHaveText(bibtex(cited));

  await footer.getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(`${baseURL}/changelog/`.replace(/([^:])\/\//, '$1/'));
  await expect(page.getByRole('heading', { level: 2, name: version })).toBeVisible();
});

test('a printed page names its version but leaves the citation box out', async ({ page }) => {
  await page.goto('/lessons/the-neuron/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nn-build')).toBeVisible();
  await expect(page.locator('.nn-cite')).toBeHidden();
});
