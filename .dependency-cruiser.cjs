/**
 * Import rules checked by `npm run lint:deps` (the first step of `npm test`). The engine is a
 * package of its own: it imports nothing from the site, and its files form no cycle, so rendering
 * steps (render-*) depends on the step records and never the reverse.
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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are edges too: a cycle through types still ties the files together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
