/**
 * Import rules checked by `npm run lint:deps` (a step of `npm test`). The engine is a package of
 * its own: it imports nothing from the site, and its files form no cycle, so rendering steps
 * (render-*) depends on the step records and never the reverse. In the site, `src/lib` is the
 * shared layer: widgets (`src/components`) and the notebook (`src/notebook`) both build on it and
 * never on each other, so either can change without breaking the other.
 */
module.exports = {
  forbidden: [
    {
      name: 'engine-no-cycles',
      severity: 'error',
      comment: 'Files in engine/ import each other without cycles (type-only imports count too).',
      from: { path: '^engine/' },
      to: { path: '^engine/', circular: true },
    },
    {
      name: 'engine-self-contained',
      severity: 'error',
      comment: 'engine/ has no runtime dependencies and imports nothing outside engine/.',
      from: { path: '^engine/' },
      to: { pathNot: '^engine/' },
    },
    {
      name: 'lib-is-shared',
      severity: 'error',
      comment:
        'src/lib is what widgets and the notebook share: it imports neither of them (move the shared piece into src/lib).',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|notebook|pages)/' },
    },
    {
      name: 'notebook-not-widgets',
      severity: 'error',
      comment: 'The notebook shares code with widgets only through src/lib.',
      from: { path: '^src/notebook/' },
      to: { path: '^src/(components|pages)/' },
    },
    {
      name: 'widgets-not-notebook',
      severity: 'error',
      comment:
        'Widgets share code with the notebook only through src/lib (page-level components such as NotebookRuntime.astro mount the notebook and may import it).',
      from: { path: '^src/components/.+[.](svelte|ts)$' },
      to: { path: '^src/notebook/' },
    },
    {
      name: 'site-no-cycles',
      severity: 'error',
      comment: 'Files in src/ import each other without cycles.',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are edges too: a cycle through types still ties the files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
