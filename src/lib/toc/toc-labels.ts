/**
 * Starlight writes each table-of-contents link's text in a `<span>` of its own, which nothing
 * styles on the desktop list (the link carries the indentation); writing the text straight into the
 * link is one element less for every heading of every page, with the same look and the same name.
 */
const LINK_LABEL = /(<a\b[^>]*>)<span\b[^>]*>([^<]*)<\/span>(<\/a>)/g;

/** `html` (Starlight's desktop TableOfContents) with each link's label unwrapped. */
export function unwrapTocLabels(html: string): string {
  return html.replace(LINK_LABEL, '$1$2$3');
}
