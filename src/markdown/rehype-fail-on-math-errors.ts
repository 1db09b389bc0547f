import type { Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * rehype-katex only records a warning for a formula it cannot parse and prints the source in red.
 * A course must not ship broken math, so this plugin, placed after rehype-katex, turns that
 * warning into a build error that names the file, the line and KaTeX's reason.
 */
export default function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile) => {
    const problem = file.messages.find((message) => message.source === 'rehype-katex');
    if (!problem) return;
    const where = `${file.path}:${problem.line ?? '?'}:${problem.column ?? '?'}`;
    throw new Error(
      `KaTeX could not render a formula at ${where}: ${problem.cause ?? problem.reason}`,
    );
  };
}
