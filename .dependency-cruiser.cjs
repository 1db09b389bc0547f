/**
 * Import rules checked by `npm run lint:deps` (a step of `npm test`). Dependencies point one way:
 * lessons -> widgets and notebook -> src/lib -> engine. The engine is a package of its own: it
 * imports nothing from the site, and its files form no cycle, so rendering steps (render-*) depends
 * on the step records and never the reverse. Each widget is a folder (`src/widgets/<folder>/`) that
 * can be added, moved or deleted alone, so no widget imports another; what two widgets share lives
 * in `src/lib` or `src/components`, and `src/lib` imports no widget, no component and not the
 * notebook, so any of them can change without breaking the others.
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
      to: { path: '^src/(components|notebook|pages|widgets)/' },
    },
    {
      name: 'widget-folders-apart',
      severity: 'error',
      comment:
        'A widget folder imports no other widget folder: what two widgets share goes in src/lib (logic) or src/components (components).',
      from: { path: '^src/widgets/([^/]+)/' },
      to: { path: '^src/widgets/[^/]+/', pathNot: '^src/widgets/$1/' },
    },
    {
      name: 'template-like-a-widget',
      severity: 'error',
      comment:
        "The widget template (src/templates/widget/) is copied into src/widgets/, so it follows the widget folders' rules and nothing imports it.",
      from: { path: '^src/templates/' },
      to: { path: '^(src/widgets/[^/]+/|lessons/|content/)' },
    },
    {
      name: 'template-not-imported',
      severity: 'error',
      comment: 'The template is a starting point to copy, never a module the site uses.',
      from: { path: '^src/', pathNot: '^src/templates/' },
      to: { path: '^src/templates/' },
    },
    {
      name: 'shared-components-not-widgets',
      severity: 'error',
      comment:
        'src/components holds what widgets and pages share, so it imports no widget folder (pages and lessons do).',
      from: { path: '^src/components/' },
      to: { path: '^src/widgets/[^/]+/' },
    },
    {
      name: 'widgets-not-lessons',
      severity: 'error',
      comment:
        'Lessons import widgets, never the reverse: a widget reads no lesson or content file (its lesson passes it props).',
      from: { path: '^src/widgets/' },
      to: { path: '^(lessons|content)/' },
    },
    {
      name: 'notebook-not-widgets',
      severity: 'error',
      comment: 'The notebook shares code with widgets only through src/lib.',
      from: { path: '^src/notebook/' },
      to: { path: '^src/(components|pages|widgets)/' },
    },
    {
      name: 'widgets-not-notebook',
      severity: 'error',
      comment:
        'Widgets share code with the notebook only through src/lib (page-level components such as NotebookRuntime.astro mount the notebook and may import it).',
      from: { path: '^src/(components|widgets)/.+[.](svelte|ts)$' },
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
