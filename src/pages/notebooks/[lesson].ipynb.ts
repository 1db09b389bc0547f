import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonFileName, lessonId, writtenLessons } from '../../course/outline';
import { lessonToIpynb } from '../../notebook/ipynb';
import { notebookModuleUrl } from '../../notebook/engine-address';
import { renderedText, type NotebookExport } from '../../notebook/notebook-parts';

// The lessons' modules, the same ones their pages render: a lesson with code cells exports
// `nnNotebook` (src/markdown/remark-notebook-export.ts), its prose computed by its own code.
const modules = import.meta.glob<{ nnNotebook?: NotebookExport }>('../../../lessons/*.mdx');

/** Every lesson with code cells as a Jupyter notebook: `/notebooks/<lesson>.ipynb` ("Download as notebook"). */
export const getStaticPaths = (async () => {
  const lessons = await Promise.all(
    writtenLessons.map(async (lesson) => {
      const load = modules[`../../../lessons/${lessonFileName(lesson)}`];
      if (!load) throw new Error(`notebooks: no module for lessons/${lessonFileName(lesson)}`);
      return { lesson, nnNotebook: (await load()).nnNotebook };
    }),
  );
  return lessons
    .filter(({ nnNotebook }) => nnNotebook !== undefined)
    .map(({ lesson, nnNotebook }) => ({
      params: { lesson: lesson.slug },
      props: { title: lesson.title, nnNotebook: nnNotebook! },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site, url }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const siteUrl = new URL(base, site ?? url);
  const lessonUrl = new URL(`lessons/${params.lesson}/`, siteUrl).href;
  // The engine is imported from the configured site address (astro.config.mjs's `site`).
  const moduleUrl = notebookModuleUrl((site ?? url).href, base);
  const parts = (props.nnNotebook as NotebookExport)({
    text: renderedText,
    lessonUrl,
    // Links that start with / are written from the site's root, as rehype-base-links reads them.
    resolve: (href) =>
      new URL(
        href.startsWith('/') ? href.slice(1) : href,
        href.startsWith('/') ? siteUrl : lessonUrl,
      ).href,
    lessonHref: (slug, hash) => {
      const lesson = writtenLessons.find((l) => l.slug === slug);
      if (!lesson) return null;
      return new URL(`${lessonId(lesson)}/${hash ? `#${hash}` : ''}`, siteUrl).href;
    },
  });
  const notebook = lessonToIpynb(parts, { title: props.title as string, lessonUrl, moduleUrl });
  return new Response(JSON.stringify(notebook, null, 1), {
    headers: { 'Content-Type': 'application/x-ipynb+json' },
  });
};
