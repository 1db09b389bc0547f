/**
 * The widget template (src/templates/widget/) is what CONTRIBUTING.md tells a contributor to copy.
 * This test does what they would: copies the site into a fresh tree, copies the template to
 * `src/widgets/<slug>/`, adds one line to the registry, and builds. The widget must then pass the
 * registry's checks and its own unit tests, have an embed page that shows its first state in the
 * HTML (what no-JS readers and print get), and be listed on the embed index and in the
 * instructor guide, with no other file edited.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../engine/index.ts';
import { ONE_NEURON, oneNeuron } from '../../src/templates/widget/one-neuron';

const SLUG = 'template-check';
const TITLE = 'One sigmoid neuron';
const ENTRY = `  { slug: '${SLUG}', title: '${TITLE}', lesson: 'the-neuron', section: 'try-it-the-neuron-explorer' },\n`;

const root = resolve('.');
// Inside the project (and ignored by git), so Node finds its node_modules by walking up: a symlinked
// node_modules in a temporary folder makes Vite see every file under two paths.
const tree = join(root, '.template-check');
const run = (script: string, args: string[]) =>
  execFileSync(process.execPath, [join(root, 'node_modules', script), ...args], {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', BASE_PATH: '/', OUT_DIR: './dist' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const built = (path: string) => readFileSync(join(tree, 'dist', path), 'utf8');

beforeAll(() => {
  rmSync(tree, { recursive: true, force: true });
  // The site as a contributor has it: every file git knows or would commit.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(tree, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(tree, file));
    } catch {
      // A file deleted in the work tree but not yet in the index: not part of the site.
    }
  }

  cpSync(join(tree, 'src/templates/widget'), join(tree, 'src/widgets', SLUG), { recursive: true });
  const registry = join(tree, 'src/widgets/registry.ts');
  const source = readFileSync(registry, 'utf8');
  const end = source.indexOf('];', source.indexOf('export const widgets'));
  writeFileSync(registry, source.slice(0, end) + ENTRY + source.slice(end));

  run('astro/bin/astro.mjs', ['build']);
}, 600_000);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('a widget made from the template and registered in one line', () => {
  it('passes the registry checks and its own unit tests', () => {
    const out = run('vitest/vitest.mjs', [
      'run',
      'src/widgets/registry.test.ts',
      `src/widgets/${SLUG}/`,
    ]);
    expect(out).toMatch(/Test Files\s+2 passed \(2\)/);
  });

  it('has an embed page that shows its first state without JavaScript', () => {
    const html = built(`embed/${SLUG}/index.html`);
    expect(html).toContain(`aria-label="${TITLE}"`);
    // The template passes `headingLevel` on to its frame, so the widget's title is the page's one
    // h1, in the frame's header (the embed page has no heading of its own).
    const { document } = parseHTML(html);
    const h1s = [...document.querySelectorAll('h1')];
    expect(h1s.map((h) => h.textContent?.trim())).toEqual([TITLE]);
    expect(h1s[0].parentElement?.matches(`section.widget[aria-label="${TITLE}"] > header`)).toBe(
      true,
    );
    for (const control of ['x', 'w', 'b'])
      expect(html).toContain(`id="oneNeuron-${control}-number"`);
    const { x, w, b } = ONE_NEURON.start;
    expect(html).toContain(`<output>${formatNumber(oneNeuron(x, w, b).output[0])}</output>`);
    expect(html).toContain('href="/lessons/the-neuron/#try-it-the-neuron-explorer"');
  });

  it('is listed on the embed index and in the instructor guide', () => {
    expect(built('embed/index.html')).toContain(`/embed/${SLUG}/`);
    const guide = built('instructor-guide/index.html');
    expect(guide).toContain(`/embed/${SLUG}/`);
    expect(guide).toContain(TITLE);
  });
});
