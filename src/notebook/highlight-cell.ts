import type { ElementContent } from 'hast';
import { highlightCode, tagHighlighter } from '@lezer/highlight';
import { parser } from '@lezer/javascript';
import { HIGHLIGHT_RULES } from './highlight-rules';

// The editor's grammar (CodeMirror's TypeScript is this parser in its "ts" dialect) and colours.
const tsParser = parser.configure({ dialect: 'ts' });
const highlighter = tagHighlighter(
  HIGHLIGHT_RULES.map(({ tag, kind }) => ({ tag, class: `nb-hl-${kind}` })),
);

/**
 * A cell's code as highlighted HAST for the build's read-only view: plain text with one `<span>`
 * per coloured run (neighbouring tokens of one colour share it) and line breaks as text, no
 * element per line. A cell of 20 lines is then about a quarter of the elements that a general
 * code highlighter writes (a wrapper or two a line and a span a token, operators included).
 */
export function highlightCell(code: string): ElementContent[] {
  const out: ElementContent[] = [];
  const put = (text: string, classes: string) => {
    const last = out.at(-1);
    if (!classes) {
      if (last?.type === 'text') last.value += text;
      else out.push({ type: 'text', value: text });
    } else if (
      last?.type === 'element' &&
      (last.properties.className as string[]).join(' ') === classes &&
      last.children[0]?.type === 'text'
    ) {
      last.children[0].value += text;
    } else {
      out.push({
        type: 'element',
        tagName: 'span',
        properties: { className: classes.split(' ') },
        children: [{ type: 'text', value: text }],
      });
    }
  };
  highlightCode(code, tsParser.parse(code), highlighter, put, () => put('\n', ''));
  return out;
}
