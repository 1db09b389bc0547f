// Lighthouse, mobile profile, for every page of a built site: each page run several times and the
// median kept, because one run on a shared machine is noise. Not part of `npm test` (CI has no
// quiet machine to time on). Lighthouse is not a dependency of the site; install it anywhere:
//   mkdir -p /tmp/lh && cd /tmp/lh && npm init -y && npm i lighthouse@12.2.3
//   LIGHTHOUSE_DIR=/tmp/lh CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs http://127.0.0.1:4321/
// against a running `npm run preview`. Options (environment): RUNS (default 3), PAGES (a comma
// list of paths, default every page in the sitemap order below), OUT (a folder for the JSON reports).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const base = process.argv[2] ?? 'http://127.0.0.1:4321/';
const runs = Number(process.env.RUNS ?? 3);
const out = process.env.OUT ?? '/tmp/lighthouse-reports';
const lighthouseBin = join(process.env.LIGHTHOUSE_DIR ?? '.', 'node_modules/.bin/lighthouse');
const pages = (
  process.env.PAGES ??
  [
    '',
    'lessons/what-deep-learning-is/',
    'lessons/the-neuron/',
    'lessons/activation-functions/',
    'lessons/logic-gates/',
    'lessons/the-xor-problem/',
    'lessons/how-a-network-learns/',
    'lessons/gradient-descent/',
    'lessons/stochastic-batch-mini-batch/',
    'lessons/forward-and-backpropagation/',
    'glossary/',
    'notation/',
  ].join(',')
).split(',');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

mkdirSync(out, { recursive: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(
  `| page | perf / a11y / best practices / SEO | TBT | LCP | CLS | DOM elements | load (1 min) |`,
);
console.log(`| --- | --- | --- | --- | --- | --- | --- |`);
for (const page of pages) {
  const reports = [];
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const file = join(out, `${page.replaceAll('/', '_') || 'home'}-${i}.json`);
    loads.push(loadavg()[0]);
    execFileSync(
      lighthouseBin,
      [
        base + page,
        '--form-factor=mobile',
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        `--chrome-flags=${chromeFlags}`,
      ],
      { stdio: 'inherit' },
    );
    reports.push(JSON.parse(readFileSync(file, 'utf8')));
  }
  const score = (c) => median(reports.map((r) => Math.round(r.categories[c].score * 100)));
  const audit = (id) => median(reports.map((r) => r.audits[id].numericValue));
  console.log(
    `| ${page || 'home'} | ${categories.map(score).join(' / ')} | ${Math.round(audit('total-blocking-time'))} ms | ` +
      `${(audit('largest-contentful-paint') / 1000).toFixed(1)} s | ${audit('cumulative-layout-shift').toFixed(3)} | ` +
      `${audit('dom-size')} | ${median(loads).toFixed(1)} |`,
  );
}
