import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { hasCodeCells } from '../../notebook/has-code-cells';
import { lessonToIpynb } from '../../notebook/ipynb';
import { notebookModuleUrl } from '../../notebook/engine-address';

/** Every lesson with code cells as a Jupyter notebook: `/notebooks/<lesson>.ipynb` ("Download as notebook"). */
export const getStaticPaths = (async () => {
  const lessons = await getCollection(
    'docs',
    (entry) => entry.id.startsWith('lessons/') && hasCodeCells(entry.body ?? ''),
  );
  return lessons.map((entry) => ({
    params: { lesson: entry.id.replace(/^lessons\//, '') },
    props: { body: entry.body ?? '', title: entry.data.title },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site, url }) => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const lessonUrl = new URL(`${base}lessons/${params.lesson}/`, site ?? url).href;
  // The engine is imported from the configured site address (astro.config.mjs's `site`).
  const moduleUrl = notebookModuleUrl((site ?? url).href, base);
  const notebook = lessonToIpynb(props.body as string, {
    title: props.title as string,
    lessonUrl,
    moduleUrl,
  });
  return new Response(JSON.stringify(notebook, null, 1), {
    headers: { 'Content-Type': 'application/x-ipynb+json' },
  });
};
