import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Lessons live in the top-level `lessons/` folder as `NN-slug.mdx`. The number orders them on
 * disk; the URL drops it (`/lessons/the-neuron/`) so that reordering lessons breaks no links.
 */
function lessonIdFromFile({ entry }: { entry: string }): string {
  return `lessons/${entry.replace(/\.mdx?$/, '').replace(/^\d+-/, '')}`;
}

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './lessons', pattern: '[0-9][0-9]-*.{md,mdx}', generateId: lessonIdFromFile }),
    schema: docsSchema(),
  }),
};
