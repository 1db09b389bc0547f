/** The PNG icon sizes the manifest lists (what install prompts and home screens ask for). */
export const ICON_SIZES = [192, 512] as const;

/** Where an icon of a size is written, relative to the site's base. */
export const iconPath = (size: number) => `icons/icon-${size}.png`;

/** The indigo of the logo's neuron, the colour of the installed app's title bar. */
export const THEME_COLOR = '#4f5bd5';

/** The web app manifest for a site served below `base` (`/` or `/neural-notebook/`). */
export function webAppManifest(base: string) {
  return {
    name: 'Neural Notebook',
    short_name: 'Neural Notebook',
    description:
      'A course on how neural networks work, from one neuron to backpropagation, where the math in every widget can be poked.',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      ...ICON_SIZES.map((size) => ({
        src: `${base}${iconPath(size)}`,
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
