// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { coursePartsOf, writtenLessons, lessonId } from './src/course/outline.ts';
import rehypeMath from './src/markdown/rehype-math.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeLeanMathml from './src/markdown/rehype-lean-mathml.ts';
import remarkNotebookCells from './src/markdown/remark-notebook-cells.ts';
import remarkNotebookExport from './src/markdown/remark-notebook-export.ts';
import { ecNotebookCells } from './src/markdown/ec-notebook-cells.ts';
import remarkFailOnTemplateCode from './src/markdown/remark-fail-on-template-code.ts';
import remarkQuestionRegistry from './src/markdown/remark-question-registry.ts';
import cspInlineHashes from './src/integrations/csp-inline-hashes.ts';
import digitsAsset from './src/integrations/digits-asset.ts';
import mathFontPreload from './src/integrations/math-font-preload.ts';
import hoistStylesheets from './src/integrations/hoist-stylesheets.ts';
import failOnBrokenText from './src/integrations/fail-on-broken-text.ts';
import engineBundle from './src/integrations/engine-bundle.ts';
import earlyInput from './src/integrations/early-input.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// The site can be served below a sub-path (a project's GitHub Pages); the tests build it that way
// too. BASE_PATH and OUT_DIR are read here so that one config serves both builds.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Where the site is served: exported notebooks import the engine from here (SITE_URL at deploy).
// Without it, the address of `npm run preview`, so a local build's notebooks run against it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  markdown: {
    // Starlight highlights code blocks with Expressive Code; Astro's own Shiki pass is not needed.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [
        remarkMath,
        remarkFailOnTemplateCode,
        remarkNotebookExport,
        remarkNotebookCells,
        remarkQuestionRegistry,
      ],
      rehypePlugins: [rehypeMath, rehypeLeanMathml, [rehypeBaseLinks, { base }]],
    }),
  },
  security: {
    csp: {
      // Scripts: only the site's own files and the hashed inline scripts Astro writes.
      // 'wasm-unsafe-eval' lets Pagefind's search index (WebAssembly, served by the site) run.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Temml spaces some glyphs and Plot sizes marks with inline style attributes, which a hash
      // cannot allow; inline styles cannot run code, and every stylesheet still comes from the site.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    starlight({
      title: 'Neural Notebook',
      description:
        'A course on how neural networks work, from one neuron to backpropagation, where every formula can be poked.',
      logo: { src: './src/assets/logo.svg' },
      // Installable as an app: the manifest and its icons are written by the service-worker
      // integration. Its theme_color colours the installed app; no theme-color meta is added, since
      // every element in the head counts against the lessons' element budget (page-weight spec).
      head: [{ tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } }],
      customCss: [
        'temml/dist/Temml-Local.css',
        './src/styles/math.css',
        './src/styles/theme.css',
        './src/styles/widgets.css',
        './src/styles/notebook.css',
        './src/styles/present.css',
        './src/styles/folds.css',
        './src/styles/print.css',
      ],
      lastUpdated: false,
      // Code cells keep Expressive Code's frame but get the editor's lighter highlighting.
      expressiveCode: { plugins: [ecNotebookCells()] },
      // Our own 404 page (src/pages/404.astro) lists the lessons.
      disable404Route: true,
      pagination: true,
      // MarkdownContent adds the notebook runtime to pages with code cells; ThemeSelect survives a full storage.
      // PageTitle puts the Present link under each lesson's title; Footer adds the citation and the build's version.
      // Sidebar stores the closed groups' links and TableOfContents unwraps its labels (page weight).
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Footer: './src/components/overrides/Footer.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
      },
      // Only the group holding the current page is open; the others' links are stored until a
      // reader opens them (the Sidebar override), so they add no elements to every page.
      sidebar: [
        { label: 'Start here', link: '/' },
        // One group per part of the course, the lesson files in reading order; a draft appears on
        // the home page's map as "coming soon".
        ...coursePartsOf(writtenLessons).map(({ title, lessons }) => ({
          label: title,
          collapsed: true,
          items: lessons.map((lesson) => ({
            label: `${lesson.number}. ${lesson.title}`,
            slug: lessonId(lesson),
          })),
        })),
        {
          label: 'Reference',
          collapsed: true,
          items: [
            { label: 'Glossary', link: '/glossary/' },
            { label: 'Notation', link: '/notation/' },
            { label: 'Instructor guide', link: '/instructor-guide/' },
            { label: 'Check completion codes', link: '/instructor-guide/completion-codes/' },
            { label: 'Embed a widget', link: '/embed/' },
          ],
        },
        {
          label: 'Tools',
          collapsed: true,
          items: [
            { label: 'Playground', link: '/playground/' },
            { label: 'Digit lab', link: '/digits/' },
            { label: 'Scratch notebook', link: '/notebook/' },
            { label: 'Your progress', link: '/progress/' },
          ],
        },
      ],
    }),
    svelte(),
    mdx(),
    cspInlineHashes(),
    digitsAsset(),
    mathFontPreload(),
    hoistStylesheets(),
    failOnBrokenText(),
    engineBundle(),
    earlyInput(),
    // Last: it lists the files every step above has written, for the offline copy.
    serviceWorker(),
  ],
  vite: {
    resolve: {
      alias: [
        // Starlight's "On this page" tracker, swapped for a lighter one (see src/lib/toc-tracker.ts).
        // Not a component override: both TableOfContents and MobileTableOfContents load this module
        // (the phone one extends its class), and the list they render (TableOfContentsList) is not
        // exported by the package, so overriding them would mean copying Starlight's markup, styles
        // and scripts. If Starlight moves the module, test/e2e/toc.spec.ts fails: it checks that
        // this tracker, not Starlight's, is the one running.
        {
          find: /^\.\.\/components-internals\/TableOfContents\/starlight-toc$/,
          replacement: fileURLToPath(new URL('./src/lib/toc-tracker.ts', import.meta.url)),
        },
        // Starlight's design tokens and reset for the embed pages, which have no Starlight layout.
        // The package does not export its stylesheets, so they are found where its entry point is.
        {
          find: /^starlight-styles\/(.+\.css)$/,
          replacement: `${fileURLToPath(new URL('./style/', import.meta.resolve('@astrojs/starlight')))}$1`,
        },
        // Pagefind's search UI, built when a reader reaches for search rather than at load on every
        // page (see src/lib/search/lazy-pagefind-ui.ts, which imports the real one by its file path).
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(
            new URL('./src/lib/search/lazy-pagefind-ui.ts', import.meta.url),
          ),
        },
      ],
    },
    build: {
      // Fonts stay files, never data: URIs, so that `font-src 'self'` holds for every font.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    },
  },
});
