/** One lesson of the course, in reading order. `slug` is the file name without its number. */
export interface LessonOutline {
  number: number;
  slug: string;
  title: string;
  /** One sentence for the lesson map: what the reader will see or do. */
  blurb: string;
}

/**
 * The course in reading order. The lesson map and the sidebar are built from this list; a lesson
 * whose file `lessons/NN-slug.mdx` does not exist yet is shown as "coming soon", never as a link.
 */
export const outline: LessonOutline[] = [
  {
    number: 1,
    slug: 'what-deep-learning-is',
    title: 'What deep learning is',
    blurb: 'Networks as stacks of layers, each reshaping what the layer before it produced.',
  },
  {
    number: 2,
    slug: 'the-neuron',
    title: 'The neuron',
    blurb: 'A weighted sum, a bias and an activation: drag every number and watch the output.',
  },
  {
    number: 3,
    slug: 'activation-functions',
    title: 'Activation functions',
    blurb:
      'Step, sigmoid, tanh, ReLU and leaky ReLU, their slopes, and why a network needs a bend.',
  },
  {
    number: 4,
    slug: 'logic-gates',
    title: 'Logic gates with one neuron',
    blurb: 'Set two weights and a bias to make AND and OR, then let the perceptron rule find them.',
  },
  {
    number: 5,
    slug: 'the-xor-problem',
    title: 'The XOR problem',
    blurb:
      'Why no single line splits XOR, and how one hidden layer bends the space until one does.',
  },
  {
    number: 6,
    slug: 'how-a-network-learns',
    title: 'How a network learns',
    blurb: 'Feedforward, loss, backpropagation, update: one training step at a time, with numbers.',
  },
  {
    number: 7,
    slug: 'gradient-descent',
    title: 'Gradient descent',
    blurb: 'Roll downhill on a loss surface, and see what too small and too large a step does.',
  },
  {
    number: 8,
    slug: 'stochastic-batch-mini-batch',
    title: 'Stochastic, batch and mini-batch',
    blurb: 'One dataset trained three ways, counted in epochs, in updates and in seconds.',
  },
  {
    number: 9,
    slug: 'forward-and-backpropagation',
    title: 'Forward propagation and backpropagation',
    blurb: 'Fill a computational graph forwards with values and backwards with gradients.',
  },
];

/** The file name of a lesson in `lessons/`, e.g. `02-the-neuron.mdx`. */
export function lessonFileName(lesson: LessonOutline): string {
  return `${String(lesson.number).padStart(2, '0')}-${lesson.slug}.mdx`;
}

/** The collection id (and URL path below the base) of a lesson, e.g. `lessons/the-neuron`. */
export function lessonId(lesson: LessonOutline): string {
  return `lessons/${lesson.slug}`;
}
