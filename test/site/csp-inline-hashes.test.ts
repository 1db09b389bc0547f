import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { addInlineScriptHashes, scriptHash } from '../../src/integrations/csp-inline-hashes';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('addInlineScriptHashes(html)', () => {
  it('scriptHash(source) is the base64 SHA-256 a browser computes for the script text', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
  });

  it('adds the hash of an inline script that the policy does not allow yet', () => {
    const html = `${meta("default-src 'self'; script-src 'self'; style-src 'self'")}<script>go()</script>`;
    const out = addInlineScriptHashes(html);
    expect(out).toContain(`script-src 'self' ${scriptHash('go()')}; style-src 'self'`);
  });

  it('leaves external scripts, empty scripts and already allowed scripts alone', () => {
    const allowed = scriptHash('ok()');
    const html = `${meta(`script-src 'self' ${allowed}`)}<script src="/a.js"></script><script> </script><script>ok()</script>`;
    expect(addInlineScriptHashes(html)).toBe(html);
  });

  it('adds each distinct script once', () => {
    const html = `${meta("script-src 'self'")}<script>a()</script><script>a()</script>`;
    const out = addInlineScriptHashes(html);
    expect(out.split(scriptHash('a()')).length - 1).toBe(1);
  });

  it('returns a page without a policy unchanged', () => {
    expect(addInlineScriptHashes('<script>a()</script>')).toBe('<script>a()</script>');
  });
});
