import { escapeHtml } from '../lib/escape-html';
import { displayToHtml } from './display-html';
import type { Display } from './display';

// The engine's plain-text parameter labels (engine/labels.ts): base, layer in brackets, indices
// after an underscore, as in `w(1)_11`, `b(2)_1` or `w(1)_1,12`.
const PARAMETER = /^([A-Za-z]+)\((\d+)\)(?:_(\d+(?:,\d+)*))?$/;

/**
 * A string in a table cell is shown as text, without the quotes a cell's value carries, and a
 * parameter label such as `w(1)_11` with a real superscript and subscript (w⁽¹⁾₁₁); screen readers
 * get the plain label. Other values render as the notebook displays them.
 */
export function tableCellHtml(d: Display): string {
  if (d.t !== 'string') return displayToHtml(d);
  const parameter = PARAMETER.exec(d.text);
  if (!parameter) return `<span class="nb-v-text">${escapeHtml(d.text)}</span>`;
  const [, base, layer, indices] = parameter;
  const sub = indices ? `<sub>${indices}</sub>` : '';
  return `<span class="nb-v-param"><span class="nn-sr-only">${escapeHtml(d.text)}</span><span aria-hidden="true"><i>${base}</i><sup>(${layer})</sup>${sub}</span></span>`;
}
