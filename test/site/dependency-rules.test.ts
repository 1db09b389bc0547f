import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

/**
 * A small tree laid out like the project, each file importing what its name says, so every rule
 * of `.dependency-cruiser.cjs` meets one import it must refuse and the imports beside it that it
 * must let through. `npm run lint:deps` on the real tree only shows that nothing is broken today;
 * this shows that each rule would see a break.
 */
const tree: Record<string, string> = {
  'engine/index.ts': `export const one = 1;`,
  'engine/reads-site.ts': `import '../src/lib/format';`,
  'engine/cycle-a.ts': `import './cycle-b';\nexport const a = 1;`,
  'engine/cycle-b.ts': `import './cycle-a';\nexport const b = 1;`,
  'lessons/01-intro.mdx': `# Intro`,
  'content/guide.md': `# Guide`,
  'src/lib/format.ts': `import '../../engine/index';`,
  'src/lib/loop-a.ts': `import './loop-b';\nexport const a = 1;`,
  'src/lib/loop-b.ts': `import './loop-a';\nexport const b = 1;`,
  'src/lib/reads-widget.ts': `import '../widgets/alpha/alpha-logic';`,
  'src/lib/reads-component.ts': `import '../components/Shared.svelte';`,
  'src/lib/reads-notebook.ts': `import '../notebook/kernel';`,
  'src/components/Shared.svelte': `<script lang="ts">import '../lib/format';</script>`,
  'src/components/reads-widget.ts': `import '../widgets/alpha/alpha-logic';`,
  'src/notebook/kernel.ts': `import '../lib/format';`,
  'src/notebook/reads-widget.ts': `import '../widgets/beta/Beta.svelte';`,
  'src/widgets/registry.ts': `export const widgets = [];`,
  'src/widgets/alpha/alpha-logic.ts': `import '../../lib/format';\nimport '../registry';`,
  'src/widgets/alpha/Alpha.svelte': `<script lang="ts">import './alpha-logic';\nimport '../../components/Shared.svelte';</script>`,
  'src/widgets/alpha/reads-beta.ts': `import '../beta/Beta.svelte';`,
  'src/widgets/alpha/reads-lesson.ts': `import '../../../lessons/01-intro.mdx';`,
  'src/widgets/alpha/reads-content.ts': `import '../../../content/guide.md';`,
  'src/widgets/alpha/reads-notebook.ts': `import '../../notebook/kernel';`,
  'src/widgets/beta/Beta.svelte': `<script lang="ts">import '../../lib/format';</script>`,
  'src/templates/widget/logic.ts': `import '../../lib/format';\nimport '../../widgets/registry';`,
  'src/templates/widget/reads-alpha.ts': `import '../../widgets/alpha/alpha-logic';`,
  'src/lib/reads-template.ts': `import '../templates/widget/logic';`,
};

let root: string;
let result: ICruiseResult;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dependency-rules-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { output } = await cruise(['engine', 'src'], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: true,
  });
  result = output as ICruiseResult;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('.dependency-cruiser.cjs', () => {
  it('refuses each forbidden import by its rule (a cycle once), and nothing else', () => {
    const found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(found.sort()).toEqual(
      [
        'engine-self-contained: engine/reads-site.ts -> src/lib/format.ts',
        'engine-no-cycles: engine/cycle-a.ts -> engine/cycle-b.ts',
        'site-no-cycles: src/lib/loop-a.ts -> src/lib/loop-b.ts',
        'lib-is-shared: src/lib/reads-widget.ts -> src/widgets/alpha/alpha-logic.ts',
        'lib-is-shared: src/lib/reads-component.ts -> src/components/Shared.svelte',
        'lib-is-shared: src/lib/reads-notebook.ts -> src/notebook/kernel.ts',
        'shared-components-not-widgets: src/components/reads-widget.ts -> src/widgets/alpha/alpha-logic.ts',
        'notebook-not-widgets: src/notebook/reads-widget.ts -> src/widgets/beta/Beta.svelte',
        'widget-folders-apart: src/widgets/alpha/reads-beta.ts -> src/widgets/beta/Beta.svelte',
        'widgets-not-lessons: src/widgets/alpha/reads-lesson.ts -> lessons/01-intro.mdx',
        'widgets-not-lessons: src/widgets/alpha/reads-content.ts -> content/guide.md',
        'widgets-not-notebook: src/widgets/alpha/reads-notebook.ts -> src/notebook/kernel.ts',
        'template-like-a-widget: src/templates/widget/reads-alpha.ts -> src/widgets/alpha/alpha-logic.ts',
        'template-not-imported: src/lib/reads-template.ts -> src/templates/widget/logic.ts',
      ].sort(),
    );
  });

  it('has a case above for every rule it defines', () => {
    const tried = new Set(result.summary.violations.map((v) => v.rule.name));
    for (const rule of config.forbidden) expect(tried, rule.name).toContain(rule.name);
  });
});
