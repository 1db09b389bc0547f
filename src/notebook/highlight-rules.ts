import { tags, type Tag } from '@lezer/highlight';

/**
 * What a cell's code colours, shared by the editor (CodeMirror, in the browser) and the cell's
 * highlighted source the build writes (highlight-cell.ts), so the code looks the same before and
 * after the editor opens. Each kind is a colour variable `--nb-hl-<kind>` in notebook.css (light
 * and dark); everything else (names, operators, punctuation) is in the text's own colour.
 */
export const HIGHLIGHT_RULES: readonly { tag: Tag[]; kind: string }[] = [
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.controlKeyword, tags.definitionKeyword],
    kind: 'keyword',
  },
  { tag: [tags.string, tags.special(tags.string)], kind: 'string' },
  { tag: [tags.number, tags.bool, tags.null], kind: 'number' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], kind: 'comment' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], kind: 'function' },
  { tag: [tags.typeName, tags.className], kind: 'type' },
];
