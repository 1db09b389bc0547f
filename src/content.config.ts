import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';

/**
 * Lessons live in the top-level `lessons/` folder as `NN-slug.mdx`. The number orders them on
 * disk; the URL drops it (`/lessons/the-neuron/`) so that reordering lessons breaks no links.
 */
function lessonIdFromFile({ entry }: { entry: string }): string {
  return `lessons/${entry.replace(/\.mdx?$/, '').replace(/^\d+-/, '')}`;
}

export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './lessons',
      pattern: '[0-9][0-9]-*.{md,mdx}',
      generateId: lessonIdFromFile,
    }),
    schema: docsSchema(),
  }),
  /** Starlight's interface strings, reworded for a course (src/content/i18n/en.json, where Starlight looks). */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** Terms the lessons link to with <Term id="...">, shown on /glossary/. */
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: z.object({
      term: z.string(),
      /** Slug of the lesson that introduces the term (see src/course/outline.ts). */
      lesson: z.string(),
      definition: z.string(),
    }),
  }),
  /** Every symbol the course uses, shown on /notation/ in this order. */
  notation: defineCollection({
    loader: file('content/notation.yaml'),
    schema: z.object({
      order: z.number(),
      symbols: z.array(z.string()).min(1),
      meaning: z.string(),
    }),
  }),
};
