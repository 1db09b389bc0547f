import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import remarkQuestionRegistry from '../../../src/markdown/remark-question-registry';

const lessonMdx = (id: string) => `export const a = 1 + 1;

<CheckNumber id="${id}" answer={a * 2} steps={[]} tolerance={0.01}>What is it?</CheckNumber>

<CheckChoice id="${id}-c" options={[{ text: 'x', correct: true, why: 'y' }]}>Pick.</CheckChoice>
`;
const build = (path: string, text: string) =>
  compile({ path, value: text }, { remarkPlugins: [remarkQuestionRegistry] });

describe('remarkQuestionRegistry', () => {
  it("exports each question with the lesson's own answer expressions and tags it with its lesson", async () => {
    const out = String(await build('/x/lessons/02-the-neuron.mdx', lessonMdx('reg-a')));
    expect(out).toContain('export const nnQuestions = [');
    expect(out).toMatch(/answer: \(?a \* 2\)?/);
    expect(out).toContain('lesson: "the-neuron"');
  });

  it('fails the build on a repeated id, naming both files, and on a computed id', async () => {
    await build('/x/lessons/03-one.mdx', lessonMdx('reg-b'));
    await expect(build('/x/lessons/04-two.mdx', lessonMdx('reg-b'))).rejects.toThrow(
      /04-two\.mdx:3: the question id "reg-b" is used twice \(also in \/x\/lessons\/03-one\.mdx\)/,
    );
    // Compiling the same file again (a rebuild in dev) is not a repeat.
    await build('/x/lessons/03-one.mdx', lessonMdx('reg-b'));
    await expect(
      build('/x/lessons/05-three.mdx', '<CheckChoice id={"x"} options={[]}>Q</CheckChoice>\n'),
    ).rejects.toThrow(/05-three\.mdx:1: <CheckChoice> needs a literal id/);
  });

  it('fails the build on a number question without the steps of its worked solution', async () => {
    await expect(
      build(
        '/x/lessons/06-four.mdx',
        '<CheckNumber id="reg-d" answer={1} tolerance={0.1}>How many?</CheckNumber>\n',
      ),
    ).rejects.toThrow(/06-four\.mdx:1: <CheckNumber id="reg-d"> needs steps=\{\.\.\.\}/);
  });
});
