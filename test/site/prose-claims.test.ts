import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

/**
 * A claim about a run ("seed 8 gets stuck", "after 616 epochs", "loss 0.20") must be computed by
 * the engine when the site is built, so it is written as an MDX expression ({run.epochs}), never
 * as a number typed into the prose. This test reads every lesson's prose (text and inline math;
 * code, expressions and JSX attributes are not prose) and flags a typed number next to "seed",
 * "epoch(s)", "step(s)", "update(s)" or "loss".
 */

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

/** Nodes whose content is code or computed, not prose. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'math', 'html']);

/** A paragraph-like block's prose, with computed parts replaced by a placeholder. */
function proseOf(node: Node): string {
  if (node.type === 'mdxTextExpression') return '‹computed›';
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'inlineMath') return ` ${node.value ?? ''} `;
  if (node.type === 'inlineCode') return '‹code›';
  // A link to a widget state ("after 200 epochs" -> ?xor.trained=2x200) names the state its URL
  // replays: a setting, allowed when every number of its text is in its URL.
  if (node.type === 'link' && node.url?.includes('?')) {
    const text = (node.children ?? []).map(proseOf).join('');
    const numbers = text.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
    if (numbers.every((n) => node.url!.includes(n.replace(/,/g, '')))) return '‹link›';
    return text;
  }
  return (node.children ?? []).map(proseOf).join('');
}

const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const PATTERNS = [
  new RegExp(String.raw`\bseeds?\s+(?:to\s+|of\s+)?(${NUMBER})`, 'gi'),
  new RegExp(
    String.raw`(?<![\w.])(${NUMBER})\s+(?:more\s+|full\s+)?(?:epochs?|steps?|updates?)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\bloss(?:es)?\s*(?:of|is|was|=|≈|near|about|at|\\approx)?\s*(?:\\approx\s*)?(${NUMBER})`,
    'gi',
  ),
];

/** Typed numbers next to a run word, with their line, in one MDX source. */
export function proseClaims(source: string): { line: number; text: string }[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkMath)
    .parse(source) as Node;
  const found: { line: number; text: string }[] = [];
  const visit = (node: Node) => {
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
      const text = proseOf(node).replace(/\s+/g, ' ');
      for (const pattern of PATTERNS)
        for (const m of text.matchAll(pattern))
          found.push({ line: node.position?.start.line ?? 0, text: m[0] });
      return;
    }
    (node.children ?? []).forEach(visit);
  };
  visit(tree);
  return found;
}

/**
 * Every lesson is read, so a new lesson is checked as soon as it is added.
 * Numbers that are settings the reader is told to use, or constants of a definition, not claims
 * about what a run did. Each entry: lesson file, the flagged text, and why it is allowed.
 */
const ALLOWED: { file: string; text: string; why: string }[] = [
  {
    file: '05-the-xor-problem.mdx',
    text: '50 epochs',
    why: "the gate builder's maxEpochs setting",
  },
  { file: '05-the-xor-problem.mdx', text: '30 epochs', why: 'the setting in the cell below it' },
  { file: '05-the-xor-problem.mdx', text: '1 epoch', why: 'the label of the Step 1 epoch button' },
  { file: '05-the-xor-problem.mdx', text: 'seed 1', why: 'the seed a computed claim is about' },
  { file: '05-the-xor-problem.mdx', text: 'seed 8', why: 'the seed a computed claim is about' },
  {
    file: '05-the-xor-problem.mdx',
    text: 'seed to 8',
    why: 'an instruction; the claim after it is computed',
  },
  {
    file: '05-the-xor-problem.mdx',
    text: 'seeds 1',
    why: 'the range 1 to {SEEDS} a computed count is over',
  },
  {
    file: '06-how-a-network-learns.mdx',
    text: '16 presses',
    why: 'four stages times four examples',
  },
  { file: '06-how-a-network-learns.mdx', text: '10 epochs', why: 'the numbers of a question' },
  {
    file: '06-how-a-network-learns.mdx',
    text: '2,000 epochs',
    why: "the stepper's maxEpochs setting",
  },
  {
    file: '06-how-a-network-learns.mdx',
    text: '20 epochs',
    why: 'a link to 80 updates, 20 epochs of 4',
  },
  {
    file: '06-how-a-network-learns.mdx',
    text: 'seed 1',
    why: "the stepper's starting seed, a setting",
  },
  {
    file: '06-how-a-network-learns.mdx',
    text: 'seed to 5',
    why: 'an instruction; the claim after it is computed (run5)',
  },
  {
    file: '06-how-a-network-learns.mdx',
    text: '20 updates',
    why: 'a link to five epochs of 4 updates',
  },
  {
    file: '07-gradient-descent.mdx',
    text: '10 steps',
    why: 'a link that replays a set number of steps',
  },
  {
    file: '07-gradient-descent.mdx',
    text: '30 steps',
    why: 'a link that replays a set number of steps',
  },
  {
    file: '08-stochastic-batch-mini-batch.mdx',
    text: '50 epochs',
    why: "the race's epochs setting",
  },
  {
    file: '08-stochastic-batch-mini-batch.mdx',
    text: '40 epochs',
    why: 'the setting in the cell below it',
  },
  {
    file: '08-stochastic-batch-mini-batch.mdx',
    text: '10 epochs',
    why: 'the numbers of a quiz question',
  },
  {
    file: '08-stochastic-batch-mini-batch.mdx',
    text: '125 updates',
    why: "a hint's arithmetic, 1000 / 8",
  },
  {
    file: '10-loss-functions.mdx',
    text: 'losses 12',
    why: "minutes of the instructor's plan: the three losses, 12 minutes",
  },
  {
    file: '12-optimisers.mdx',
    text: '50 epochs',
    why: "the window of the wobble measure (wobble's last = 50), a setting",
  },
  {
    file: '12-optimisers.mdx',
    text: '100 epochs',
    why: 'what the cell below prints, a setting of its code',
  },
  {
    file: '14-handwritten-digits.mdx',
    text: 'loss of 0',
    why: 'a definition: -log 1 = 0, not a run',
  },
];

const LESSONS = new URL('../../lessons/', import.meta.url);

describe('typed claims about runs in the lessons', () => {
  it('finds a hand-typed claim (the kind issue 15 found in lesson 5)', () => {
    const lesson = [
      '---\ntitle: t\n---',
      'export const run = { epochs: 616 };',
      'Seed 1 learns XOR after 616 epochs, and seed 8 is stuck with loss 0.20.',
      'Computed: after {run.epochs} epochs. Set the seed to $8$.',
      'A state: [after 200 epochs](?xor.trained=2x200), [after 300 epochs](?xor.trained=2x616).',
      '```ts cell\ntrain(net, data, { epochs: 1500 });\n```',
    ].join('\n\n');
    expect(proseClaims(lesson).map((c) => c.text)).toEqual([
      'Seed 1',
      'seed 8',
      '616 epochs',
      'loss 0.20',
      'seed to 8',
      '300 epochs',
    ]);
  });

  for (const file of readdirSync(LESSONS).filter((f) => /^\d\d-.*\.mdx$/.test(f))) {
    it(`${file} types no number next to seed, epoch, step, update or loss`, () => {
      const source = readFileSync(new URL(file, LESSONS), 'utf8');
      const typed = proseClaims(source).filter(
        (c) => !ALLOWED.some((a) => a.file === file && c.text.startsWith(a.text)),
      );
      expect(typed.map((c) => `${file}:${c.line}: ${c.text}`)).toEqual([]);
      // Parsing a lesson with remark takes about a second, several on a loaded machine.
    }, 30_000);
  }
});
