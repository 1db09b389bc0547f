// One sample of every formula style the course uses, each an element of a real built page found by
// selector (the `index`-th match), so that the pictures show formulas in their own surroundings.

/** `{ id, what, page, selector, index }` for each sample; `page` is a path under the site root. */
export const samples = [
  {
    id: 'inline-fraction',
    what: 'an inline fraction in a paragraph',
    page: 'lessons/gradient-descent/',
    selector: '.sl-markdown-content p:has(> math mfrac)',
    index: 0,
  },
  {
    id: 'display-fraction',
    what: 'a display fraction',
    page: 'lessons/activation-functions/',
    selector: '.sl-markdown-content .math-display:has(mfrac):not(:has(mtable, munderover))',
    index: 0,
  },
  {
    id: 'sum-limits',
    what: 'a sum with limits',
    page: 'lessons/the-neuron/',
    selector: '.sl-markdown-content .math-display:has(munderover)',
    index: 0,
  },
  {
    id: 'matrix',
    what: "lesson 9's layer form: matrices and vectors",
    page: 'lessons/forward-and-backpropagation/',
    selector: '.sl-markdown-content .math-display:has(mtable:not(.tml-jot))',
    index: 1,
  },
  {
    id: 'inline-vectors',
    what: 'column vectors inside a line of text (stretchy brackets)',
    page: 'lessons/forward-and-backpropagation/',
    selector: '.sl-markdown-content li:has(> math mtable)',
    index: 0,
  },
  {
    id: 'aligned-steps',
    what: 'aligned multi-line steps (a tml-jot table)',
    page: 'lessons/forward-and-backpropagation/',
    selector: '.sl-markdown-content .math-display:has(mtable.tml-jot)',
    index: 0,
  },
  {
    id: 'scripts',
    what: 'subscripts with superscripts, as w^{(1)}_{11}',
    page: 'lessons/forward-and-backpropagation/',
    selector: '.sl-markdown-content p:has(> math msubsup)',
    index: 0,
  },
  {
    id: 'accents',
    what: 'hats and bold vectors',
    page: 'lessons/the-xor-problem/',
    selector: '.sl-markdown-content p:has(> math mover)',
    index: 0,
  },
  {
    id: 'live-colour',
    what: "lesson 9's chain-rule factors: live numbers on the widget's coloured panels",
    page: 'lessons/forward-and-backpropagation/',
    selector: 'ol.factors',
    index: 0,
  },
  {
    id: 'widget-panel',
    what: "lesson 2's neuron explorer: the widget's live math panel",
    page: 'lessons/the-neuron/',
    selector: '.nn-math:has(math)',
    index: 0,
  },
  {
    id: 'notebook-output',
    what: "a notebook cell's output: a step trace in math",
    page: 'lessons/the-neuron/',
    selector: '.nb-output:has(.nb-steps math)',
    index: 0,
  },
  {
    id: 'table',
    what: 'a table with a formula in its cells',
    page: 'lessons/activation-functions/',
    selector: '.sl-markdown-content table:has(math)',
    index: 0,
  },
];
