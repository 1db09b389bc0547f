import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBytes, totalBytes } from '../../src/offline/offline-build';
import {
  fileUrl,
  goesOffline,
  listOfflineFiles,
  offlineBuild,
} from '../../src/offline/offline-files';
import { fillOfflineSize } from '../../src/integrations/service-worker';
import { webAppManifest } from '../../src/offline/web-app-manifest';

describe('fileUrl(path)', () => {
  it('serves a folder’s index.html as the folder, every other file as itself', () => {
    expect(fileUrl('index.html')).toBe('');
    expect(fileUrl('lessons/the-neuron/index.html')).toBe('lessons/the-neuron/');
    expect(fileUrl('404.html')).toBe('404.html');
    expect(fileUrl('_astro/app.1a2b.js')).toBe('_astro/app.1a2b.js');
  });
});

describe('goesOffline(path)', () => {
  it('keeps what readers load and leaves out the worker, the Jupyter engine and the sitemaps', () => {
    for (const path of ['index.html', '_astro/x.js', 'data/digits-v1.bin', 'pagefind/pagefind.js'])
      expect(goesOffline(path), path).toBe(true);
    for (const path of ['sw.js', 'engine/v1/notebook.js', 'sitemap-0.xml', 'images/a.png'])
      expect(goesOffline(path), path).toBe(false);
  });
});

describe('listOfflineFiles(dir) and offlineBuild(files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nn-offline-files-'));
  mkdirSync(join(dir, 'lessons/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'lessons/a/index.html'), '<p>a</p>');
  writeFileSync(join(dir, 'sw.js'), '//');

  it('lists each file by its address with its size and a revision of its bytes', async () => {
    const files = await listOfflineFiles(dir);
    expect(files.map((f) => [f.url, f.size])).toEqual([
      ['', 11],
      ['lessons/a/', 8],
    ]);
    expect(totalBytes(files)).toBe(19);
    expect(files[0].revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives a new version when any file changes, the same one when none does', async () => {
    const first = offlineBuild(await listOfflineFiles(dir)).version;
    expect(offlineBuild(await listOfflineFiles(dir)).version).toBe(first);
    writeFileSync(join(dir, 'lessons/a/index.html'), '<p>b</p>');
    expect(offlineBuild(await listOfflineFiles(dir)).version).not.toBe(first);
  });
});

describe('formatBytes(bytes) and fillOfflineSize(html, bytes)', () => {
  it('states sizes in decimal megabytes or kilobytes', () => {
    expect(formatBytes(7_123_456)).toBe('7.1 MB');
    expect(formatBytes(640_400)).toBe('640 KB');
    expect(formatBytes(12)).toBe('1 KB');
  });

  it('writes the size into the home page’s slot, whatever classes Astro gave it', () => {
    const html = '<p>(<span data-offline-size class="astro-x">the whole course</span>)</p>';
    expect(fillOfflineSize(html, 7_123_456)).toBe(
      '<p>(<span data-offline-size class="astro-x">7.1 MB</span>)</p>',
    );
  });
});

describe('webAppManifest(base)', () => {
  it('starts and scopes the app at the site’s base, with icons below it', () => {
    const manifest = webAppManifest('/neural-notebook/');
    expect(manifest.start_url).toBe('/neural-notebook/');
    expect(manifest.scope).toBe('/neural-notebook/');
    expect(manifest.icons.map((i) => i.src)).toEqual([
      '/neural-notebook/icons/icon-192.png',
      '/neural-notebook/icons/icon-512.png',
      '/neural-notebook/favicon.svg',
    ]);
  });
});
