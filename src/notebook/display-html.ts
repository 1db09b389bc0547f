import { escapeHtml } from '../lib/escape-html';
import type { Display } from './display';

/**
 * Renders a `Display` tree as HTML. Every string that came from a cell is escaped, so a value like
 * `'<img onerror=...>'` shows as text. Objects and long arrays are collapsible `<details>`.
 */
export function displayToHtml(d: Display): string {
  switch (d.t) {
    case 'string':
      return `<span class="nb-v-string">${escapeHtml(JSON.stringify(d.text))}</span>`;
    case 'number':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'bigint':
    case 'symbol':
    case 'function':
      return `<span class="nb-v-${d.t}">${escapeHtml(d.text)}</span>`;
    case 'error':
      return `<span class="nb-v-error">${escapeHtml(`${d.name}: ${d.message}`)}</span>`;
    case 'circular':
      return '<span class="nb-v-note">[circular]</span>';
    case 'depth':
      return `<span class="nb-v-note">${escapeHtml(d.name)} {…}</span>`;
    case 'matrix': {
      const shown =
        d.cells.length < d.rows
          ? `<caption>first ${d.cells.length} of ${d.rows} rows</caption>`
          : '';
      const rows = d.cells
        .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('');
      return `<table class="nb-matrix" aria-label="${d.rows} by ${d.columns} matrix">${shown}<tbody>${rows}</tbody></table>`;
    }
    case 'array': {
      const items = d.items.map(displayToHtml).join('<span class="nb-v-sep">, </span>');
      const more =
        d.length > d.items.length
          ? `<span class="nb-v-note">, … ${d.length - d.items.length} more</span>`
          : '';
      const prefix = d.name === 'Array' ? '' : `${escapeHtml(d.name)} `;
      const body = `${prefix}[${items}${more}]`;
      return d.length > 10
        ? `<details class="nb-v-fold"><summary>${prefix}Array(${d.length})</summary>${body}</details>`
        : body;
    }
    case 'object': {
      const entries = d.entries
        .map(
          ([k, v]) =>
            `<li><span class="nb-v-key">${escapeHtml(k)}</span>: ${displayToHtml(v)}</li>`,
        )
        .join('');
      const more = d.more > 0 ? `<li class="nb-v-note">… ${d.more} more</li>` : '';
      const name = d.name === 'Object' ? '' : `${escapeHtml(d.name)} `;
      return `<details class="nb-v-fold" open><summary>${name}{${d.entries.length + d.more} ${d.entries.length + d.more === 1 ? 'key' : 'keys'}}</summary><ul class="nb-v-entries">${entries}${more}</ul></details>`;
    }
  }
}
