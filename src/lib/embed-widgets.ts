import { outline } from '../course/outline';

/**
 * The widgets that can be embedded alone at `/embed/<slug>/` (in slides, or a learning platform's
 * iframe). Each entry names the lesson it comes from, and the anchor of its section there, so the
 * embed can link back. The props are the ones the lesson uses, so an embed starts where the lesson
 * does and reads the same URL state (`?neuron.w1=2`).
 */
export interface EmbedWidget {
  /** The URL segment: `/embed/<slug>/`. */
  slug: string;
  /** The widget's own title, as its frame shows it. */
  title: string;
  /** The lesson's slug (`/lessons/<lesson>/`). */
  lesson: string;
  /** The id of the lesson section that holds the widget. */
  section: string;
}

export const embedWidgets: readonly EmbedWidget[] = [
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
  },
  {
    slug: 'descent-explorer-2d',
    title: 'Gradient descent on two parameters',
    lesson: 'gradient-descent',
    section: 'try-it-two-parameters-and-a-harder-landscape',
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
    lesson: 'forward-and-backpropagation',
    section: 'watch-autograd-build-the-graph',
  },
];

/** The title of the lesson a widget comes from, as the course outline names it. */
export function lessonTitle(widget: EmbedWidget): string {
  const lesson = outline.find((l) => l.slug === widget.lesson);
  if (!lesson)
    throw new Error(`embed "${widget.slug}": no lesson "${widget.lesson}" in the course outline`);
  return lesson.title;
}

/** The link from an embed back to its place in the lesson, below the site's base path. */
export function lessonHref(widget: EmbedWidget, base: string): string {
  return `${base.replace(/\/$/, '')}/lessons/${widget.lesson}/#${widget.section}`;
}
