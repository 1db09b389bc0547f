import { describe, expect, it } from 'vitest';
import { parse } from 'acorn';
import { earlyInputScript } from '../../src/integrations/early-input';

describe('earlyInputScript()', () => {
  const script = earlyInputScript();

  it('is one classic script that calls installEarlyInput and leaves no global behind', () => {
    const program = parse(script, { ecmaVersion: 'latest', sourceType: 'script' });
    const statements = program.body.filter(
      (node) => !(node.type === 'ExpressionStatement' && 'directive' in node),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0].type).toBe('ExpressionStatement');
    expect(script).toMatch(/^("use strict";\n)?\(function installEarlyInput\(\) \{/);
  });

  it('ships without comments, type annotations or indentation (every page carries it)', () => {
    expect(script).not.toMatch(/\/\/|\/\*/);
    expect(script).not.toMatch(/\bas (HTMLInputElement|Element)\b|: Entry\b/);
    expect(script).not.toMatch(/^\s/m);
    expect(script.length).toBeLessThan(8000);
  });

  it('listens before hydration and replays on astro:hydrate', () => {
    for (const event of ['input', 'change', 'click', 'submit', 'keydown', 'pointerdown'])
      expect(script).toMatch(new RegExp(`addEventListener\\(["']${event}["']`));
    expect(script).toMatch(/["']astro:hydrate["']/);
  });
});
