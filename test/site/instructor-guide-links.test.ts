import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blankPad, stamp, strokeTo } from '../../src/widgets/digit-lab/drawing';
import { decodeDrawing, encodeDrawing } from '../../src/widgets/digit-lab/drawing-link';
import { labLinkSchema } from '../../src/widgets/digit-lab/lab-link';
import { DEFAULT_RATES } from '../../src/lib/digits/digit-run';
import { widgets } from '../../src/widgets/registry';
import { readUrlState, writeUrlState } from '../../src/lib/url-state';

/**
 * The instructor guide's links to the newer shared states are written by the widgets' own
 * encoders, here: if a widget's link format changes, this test fails and prints the new link to
 * paste into content/instructor-guide.md. (test/e2e/instructor-notes.spec.ts opens every state
 * link in the guide and checks that no widget refuses any of it.)
 */
const guide = readFileSync(new URL('../../content/instructor-guide.md', import.meta.url), 'utf8');
const SITE = 'https://example.org';

/** A 7 as a student might draw it: a bar along the top and a slanted stroke down. */
function seven(): Float64Array {
  const pad = blankPad();
  stamp(pad, 7, 6);
  strokeTo(pad, 7, 6, 20, 6);
  strokeTo(pad, 20, 6, 12, 23);
  return pad;
}

const LAB_DEFAULTS = {
  hidden: '32',
  optimizer: 'sgd',
  learningRate: 0.1,
  seed: 1,
  epochs: 3,
  trained: 0,
  batches: 0,
  drawing: '',
};

/** Lesson 14 places the lab with two epochs a press (its registry props). */
const LESSON_DEFAULTS = {
  ...LAB_DEFAULTS,
  epochs: Number(widgets.find((w) => w.slug === 'digit-lab')!.props!.epochs),
};

/** A link as the guide writes it: the lesson's path and query, notes on, at a section. */
function guideLink(
  path: string,
  id: string,
  state: Record<string, string | number>,
  defaults: Record<string, string | number>,
  section: string,
) {
  const url = new URL(writeUrlState(`${SITE}${path}`, id, state, defaults));
  url.searchParams.set('instructor', '1');
  return `${url.pathname}${url.search}#${section}`;
}

const LINKS = {
  labUntrained: guideLink(
    '/lessons/what-deep-learning-is/',
    'digits',
    { ...LAB_DEFAULTS, drawing: encodeDrawing(seven()) },
    LAB_DEFAULTS,
    'learning-to-read-handwriting',
  ),
  labTrained: guideLink(
    '/lessons/what-deep-learning-is/',
    'digits',
    { ...LAB_DEFAULTS, trained: 3, drawing: encodeDrawing(seven()) },
    LAB_DEFAULTS,
    'learning-to-read-handwriting',
  ),
  lessonUntrained: guideLink(
    '/lessons/handwritten-digits/',
    'digits',
    { ...LESSON_DEFAULTS, drawing: encodeDrawing(seven()) },
    LESSON_DEFAULTS,
    'the-digit-lab',
  ),
  lessonTrained: guideLink(
    '/lessons/handwritten-digits/',
    'digits',
    { ...LESSON_DEFAULTS, trained: 2, drawing: encodeDrawing(seven()) },
    LESSON_DEFAULTS,
    'the-digit-lab',
  ),
  lessonAdam: guideLink(
    '/lessons/handwritten-digits/',
    'digits',
    {
      ...LESSON_DEFAULTS,
      optimizer: 'adam',
      learningRate: DEFAULT_RATES.adam,
      trained: 2,
      drawing: encodeDrawing(seven()),
    },
    LESSON_DEFAULTS,
    'the-digit-lab',
  ),
  gateNandRow: guideLink(
    '/lessons/logic-gates/',
    'gate',
    { gate: 'NAND', b: -1.5, row: 0 },
    { gate: 'AND', b: -0.5, row: 3 },
    'try-it-the-gate-builder',
  ),
  gateZeroRow: guideLink(
    '/lessons/logic-gates/',
    'gate',
    { w1: 0, w2: 0, b: 0.5, row: 0 },
    { w1: 1, w2: 1, b: -0.5, row: 3 },
    'try-it-the-gate-builder',
  ),
};

describe('the instructor guide links to shared states the widgets wrote', () => {
  for (const [name, link] of Object.entries(LINKS)) {
    it(`${name}: ${link.length} characters`, () => {
      expect(guide, `paste this link into the guide: ${link}`).toContain(`](${link})`);
    });
  }

  it('the digit lab reads its links back whole: the trained network and the drawing', () => {
    const search = new URL(LINKS.labTrained, SITE).search;
    const { state, problems } = readUrlState(
      search,
      'digits',
      labLinkSchema([32, 64, 128]),
      LAB_DEFAULTS,
    );
    expect(problems).toEqual([]);
    expect(state.trained).toBe(3);
    expect(Array.from(decodeDrawing(state.drawing) as Float64Array)).toEqual(Array.from(seven()));
  });
});
