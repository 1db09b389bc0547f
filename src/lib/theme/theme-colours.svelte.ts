import { createSubscriber } from 'svelte/reactivity';

/**
 * Colours for canvases and pixel pictures, read from the theme's CSS variables
 * (src/styles/theme.css), so the theme is the one place a colour is chosen. A canvas cannot take
 * `var(--...)`, so its code reads the value; read inside an effect or a `$derived`, it is read
 * again when the reader switches between light and dark.
 */

/** An opaque colour as red, green and blue, each 0 to 255. */
export type Rgb = readonly [number, number, number];

/** Starlight switches theme by setting `data-theme` on `<html>`; this reports each switch. */
const themeSwitches = createSubscriber((update) => {
  const observer = new MutationObserver(update);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  return () => observer.disconnect();
});

/** A theme variable's value as CSS (a colour a canvas can take as a fill or stroke style). */
export function themeValue(
  name: `--${string}`,
  element: Element = document.documentElement,
): string {
  themeSwitches();
  const value = getComputedStyle(element).getPropertyValue(name).trim();
  if (!value) throw new Error(`The theme defines no ${name} (src/styles/theme.css).`);
  return value;
}

/** Several theme colours as RGB, for painting pixels; each must be an opaque colour. */
export function themeRgb<K extends string>(names: Record<K, `--${string}`>): Record<K, Rgb> {
  const colours = {} as Record<K, Rgb>;
  for (const key in names) colours[key] = opaqueRgb(names[key], themeValue(names[key]));
  return colours;
}

/**
 * Any opaque CSS colour as RGB. The build's CSS minifier rewrites colours (#aa4499 becomes #a49,
 * and may become a name), so what the page holds is not what theme.css says: hex is read
 * directly, anything else through a canvas, which writes every opaque colour back as #rrggbb.
 */
export function opaqueRgb(name: string, value: string): Rgb {
  if (value.startsWith('#')) return hexToRgb(name, value);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error(`${name}: this browser cannot draw on a canvas.`);
  // A value the canvas cannot read leaves fillStyle as it was: two starting colours tell.
  const read = (start: string) => {
    context.fillStyle = start;
    context.fillStyle = value;
    return String(context.fillStyle);
  };
  const normalised = read('#000000');
  return hexToRgb(name, normalised === read('#ffffff') ? normalised : value);
}

/** `#rgb` or `#rrggbb` as RGB; anything else (a translucent or unknown colour) is named in the error. */
export function hexToRgb(name: string, value: string): Rgb {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  const match = short
    ? ['', ...short.slice(1).map((digit) => digit + digit)]
    : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  if (!match)
    throw new Error(
      `${name} is "${value}": a colour painted pixel by pixel must be opaque, written #rrggbb in src/styles/theme.css.`,
    );
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/** RGB as CSS, for a canvas's fill or stroke. */
export function rgbCss([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}
