/** Creates an element with attributes and text; text is set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button with a visible label; `quiet` draws it as a secondary action. */
export function button(
  label: string,
  onClick: () => void,
  { quiet = true, title }: { quiet?: boolean; title?: string } = {},
) {
  const node = el(
    'button',
    { type: 'button', class: quiet ? 'nn-button quiet' : 'nn-button' },
    label,
  );
  if (title) node.title = title;
  node.addEventListener('click', onClick);
  return node;
}

/** Offers `text` to the reader as a file download. */
export function download(filename: string, text: string, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
