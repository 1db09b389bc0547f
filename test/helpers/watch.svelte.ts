import { flushSync } from 'svelte';

/**
 * Runs `read` in an effect, as a component would, and returns the latest value it saw: a rune
 * class's test sees its reactivity the way a widget does (vitest.config.ts's `runes` project).
 */
export function watch<T>(read: () => T): { latest: () => T; stop: () => void } {
  let seen: T;
  const stop = $effect.root(() => {
    $effect(() => {
      seen = read();
    });
  });
  flushSync();
  return { latest: () => (flushSync(), seen), stop };
}
