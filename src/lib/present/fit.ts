/**
 * Fitting a slide to the screen. A slide a little taller than the window is shown in slightly
 * smaller type until it fits, but never below `FIT_FLOOR` of the presenter's type size, so it
 * stays legible from the back of the room. A slide taller than that (a big widget, a code cell)
 * keeps its size and scrolls, with a "more below" button at the bottom of the screen that says so
 * and scrolls on when pressed; it goes away once the end of the slide is in view.
 */

/** The smallest share of the presenter's type size a slide is shrunk to: 20px becomes 16px at 1280x720. */
export const FIT_FLOOR = 0.8;

/**
 * The scale that makes content `needed` pixels tall fit in `available`: 1 when it already fits,
 * else `available / needed`, but never below `floor` (the content then scrolls).
 */
export function fitScale(needed: number, available: number, floor = FIT_FLOOR): number {
  if (!(needed > available) || available <= 0) return 1;
  return Math.max(floor, available / needed);
}

/** How close to the bottom (in pixels) counts as "the end of the slide is in view". */
const END_SLACK = 8;

export interface SlideFit {
  /** Fits the slide now showing (call after each slide change and when the window resizes). */
  fit(): void;
  /** Removes the type override, the cue and the listeners. */
  destroy(): void;
}

/** Fits slides on this page; `root` is <html>, whose font size every slide measure follows. */
export function createSlideFit(root: HTMLElement): SlideFit {
  const cue = document.createElement('button');
  cue.type = 'button';
  cue.className = 'nn-present-more';
  cue.hidden = true;
  cue.textContent = '↓ More below';
  cue.setAttribute('aria-label', 'This slide continues below the screen: scroll down');
  cue.addEventListener('click', () =>
    window.scrollBy({ top: Math.round(window.innerHeight * 0.8), behavior: 'smooth' }),
  );
  document.body.append(cue);

  const overflow = () => document.documentElement.scrollHeight - window.innerHeight;
  const updateCue = () => {
    cue.hidden = overflow() - window.scrollY <= END_SLACK;
    root.toggleAttribute('data-nn-present-more', !cue.hidden);
  };

  function fit() {
    root.style.removeProperty('font-size');
    const base = parseFloat(getComputedStyle(root).fontSize);
    // Type, spacing and widgets are sized in rem, so the slide's height scales about linearly
    // with the root size; a second pass corrects for text that rewraps.
    for (let pass = 0; pass < 2; pass++) {
      const current = parseFloat(getComputedStyle(root).fontSize);
      const scale = fitScale(
        document.documentElement.scrollHeight,
        window.innerHeight,
        (FIT_FLOOR * base) / current,
      );
      if (scale === 1) break;
      root.style.fontSize = `${Math.max(FIT_FLOOR * base, current * scale).toFixed(2)}px`;
    }
    updateCue();
  }

  // Widgets grow and shrink as they are used (a panel opens, a chart appears): the cue follows.
  const observer = new ResizeObserver(updateCue);
  observer.observe(document.body);
  window.addEventListener('scroll', updateCue, { passive: true });
  let resizeTimer = 0;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(fit, 150);
  };
  window.addEventListener('resize', onResize);
  // Type measured before a web font (KaTeX's) arrives is the wrong height: fit again once it has.
  document.fonts?.addEventListener('loadingdone', onResize);

  return {
    fit,
    destroy() {
      observer.disconnect();
      window.removeEventListener('scroll', updateCue);
      window.removeEventListener('resize', onResize);
      document.fonts?.removeEventListener('loadingdone', onResize);
      clearTimeout(resizeTimer);
      cue.remove();
      root.removeAttribute('data-nn-present-more');
      root.style.removeProperty('font-size');
    },
  };
}
