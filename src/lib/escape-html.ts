/** Escapes text for insertion as HTML, so that no reader- or data-supplied string becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
