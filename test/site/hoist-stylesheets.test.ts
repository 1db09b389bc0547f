import { describe, expect, it } from 'vitest';
import { hoistBodyStylesheets } from '../../src/integrations/hoist-stylesheets';

const head = '<head><link rel="stylesheet" href="/_astro/site.css"></head>';
const ec = '<link rel="stylesheet" href="/_astro/ec.abc.css"/>';

describe('hoistBodyStylesheets(html)', () => {
  it('moves a stylesheet link from the body to the end of the head, once', () => {
    const html = `<html>${head}<body><p>a</p><div class="expressive-code">${ec}<pre>x</pre></div><div class="expressive-code">${ec}</div></body></html>`;
    expect(hoistBodyStylesheets(html)).toBe(
      `<html><head><link rel="stylesheet" href="/_astro/site.css">${ec}</head><body><p>a</p><div class="expressive-code"><pre>x</pre></div><div class="expressive-code"></div></body></html>`,
    );
  });

  it('drops a body copy of a stylesheet the head already has, and leaves other pages alone', () => {
    const html = `<html><head>${ec}</head><body>${ec}<p>a</p></body></html>`;
    expect(hoistBodyStylesheets(html)).toBe(`<html><head>${ec}</head><body><p>a</p></body></html>`);
    const plain = `<html>${head}<body><p>a</p></body></html>`;
    expect(hoistBodyStylesheets(plain)).toBe(plain);
  });

  it('leaves links that are not stylesheets where they are', () => {
    const html = `<html>${head}<body><link rel="preload" href="/a.css"><p>a</p></body></html>`;
    expect(hoistBodyStylesheets(html)).toBe(html);
  });
});
