/**
 * The one list of widgets. Each widget lives in `src/widgets/<folder>/`, whose `Embed.astro`
 * renders it alone; the embed pages (`/embed/<slug>/`), the embed index (`/embed/`) and the browser
 * tests' lists are all generated from this list. It is plain data, with no component imports, so
 * Vitest, Playwright and the build can all read it.
 */

/** Props handed to a widget's component on its embed page, as the lesson hands them. */
export type EmbedProps = Readonly<Record<string, string | number | boolean>>;

/** One widget that can be embedded alone at `/embed/<slug>/`. */
export interface Widget {
  /** The URL segment: `/embed/<slug>/`. */
  slug: string;
  /** The widget's folder under `src/widgets/`, when it is not the slug (one widget, two embeds). */
  folder?: string;
  /** The widget's own title, as its frame shows it. */
  title: string;
  /** The lesson's slug (`/lessons/<lesson>/`). */
  lesson: string;
  /** The id of the lesson section that holds the widget, so the embed can link back to it. */
  section: string;
  /** Props for the embed, the ones the lesson uses, so an embed starts where the lesson does. */
  props?: EmbedProps;
}

export const widgets: readonly Widget[] = [
  {
    slug: 'layer-flow',
    title: 'Layer flow',
    lesson: 'what-deep-learning-is',
    section: 'watch-a-forward-pass',
  },
  {
    slug: 'neuron-explorer',
    title: 'Neuron explorer',
    lesson: 'the-neuron',
    section: 'try-it-the-neuron-explorer',
  },
  {
    slug: 'activation-explorer',
    title: 'Activation explorer',
    lesson: 'activation-functions',
    section: 'try-it-the-activation-explorer',
  },
  {
    slug: 'why-nonlinearity',
    title: 'Why non-linearity',
    lesson: 'activation-functions',
    section: 'why-a-network-needs-a-bend',
  },
  {
    slug: 'gate-builder',
    title: 'Gate builder',
    lesson: 'logic-gates',
    section: 'try-it-the-gate-builder',
  },
  {
    slug: 'perceptron-xor',
    title: 'The perceptron rule on XOR',
    lesson: 'the-xor-problem',
    section: 'the-perceptron-rule-never-settles',
  },
  {
    slug: 'xor-network',
    title: 'XOR network and its hidden space',
    lesson: 'the-xor-problem',
    section: 'learning-xor-with-a-hidden-layer',
  },
  {
    slug: 'training-loop-stepper',
    title: 'Training loop stepper',
    lesson: 'how-a-network-learns',
    section: 'try-it-the-training-loop-stepper',
  },
  {
    slug: 'descent-explorer',
    title: 'Gradient descent on one weight',
    lesson: 'gradient-descent',
    section: 'try-it-one-weight',
    props: { id: 'curve', view: 'curve', title: 'Gradient descent on one weight' },
  },
  {
    slug: 'descent-explorer-2d',
    folder: 'descent-explorer',
    title: 'Gradient descent on two parameters',
    lesson: 'gradient-descent',
    section: 'try-it-two-parameters-and-a-harder-landscape',
    props: { id: 'contour', view: 'contour', title: 'Gradient descent on two parameters' },
  },
  {
    slug: 'batch-race',
    title: 'Stochastic, mini-batch and batch, side by side',
    lesson: 'stochastic-batch-mini-batch',
    section: 'try-it-three-lanes',
  },
  {
    slug: 'backprop-stepper',
    title: 'Backprop stepper',
    lesson: 'forward-and-backpropagation',
    section: 'try-it-the-backprop-stepper',
  },
  {
    slug: 'compute-graph',
    title: "Autograd's graph, step by step",
    lesson: 'checking-gradients-and-autograd',
    section: 'watch-autograd-build-the-graph',
  },
  {
    slug: 'loss-race',
    title: 'Loss race',
    lesson: 'loss-functions',
    section: 'trained-both-ways-from-a-saturated-start',
  },
  {
    slug: 'loss-surface',
    title: 'Loss surfaces of one neuron',
    lesson: 'loss-functions',
    section: 'the-loss-surface-of-one-neuron',
  },
  {
    slug: 'overfit-lab',
    title: 'Overfit lab',
    lesson: 'generalisation',
    section: 'a-big-network-on-a-small-noisy-set',
  },
  {
    slug: 'optimiser-paths',
    title: 'Optimiser paths on a ravine',
    lesson: 'optimisers',
    section: 'four-optimisers-on-one-ravine',
  },
  {
    slug: 'gradient-depth',
    title: 'Gradient size by depth',
    lesson: 'initialisation-and-depth',
    section: 'vanishing-and-exploding-gradients',
  },
  {
    slug: 'digit-lab',
    title: 'Digit lab: a network that learns to read handwriting',
    lesson: 'handwritten-digits',
    section: 'the-digit-lab',
    props: { id: 'digits', epochs: 2 },
  },
];

/** The folder under `src/widgets/` that holds a widget's `Embed.astro`. */
export function widgetFolder(widget: Widget): string {
  return widget.folder ?? widget.slug;
}
