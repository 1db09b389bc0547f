/**
 * The symbols of a notation entry, one formula each: `v_{w},\ m_{w}` is two. A phone's narrow
 * table can then wrap between them, where one long formula (a formula never breaks inside) would
 * push the meaning column off the screen. Splits only at top level, never inside braces.
 */
export function symbolParts(latex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0 && latex.startsWith('\\ ', i + 1)) {
      parts.push(latex.slice(start, i).trim());
      start = i + 3;
    }
  }
  parts.push(latex.slice(start).trim());
  return parts;
}
