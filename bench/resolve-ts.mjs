/**
 * Lets Node run a bench that imports the site's TypeScript (src/), whose imports leave out the
 * `.ts` that Vite adds: `node --import ./bench/resolve-ts.mjs bench/<file>.ts`.
 */
import { register } from 'node:module';

/** Node's resolve hook: a relative import with no extension that fails is tried again with `.ts`. */
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.') || /\.\w+$/.test(specifier)) throw error;
    return next(`${specifier}.ts`, context);
  }
}

if (!process.env.RESOLVE_TS_HOOK) {
  process.env.RESOLVE_TS_HOOK = '1';
  register(import.meta.url);
}
