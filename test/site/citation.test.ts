import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { apa, bibtex, citationKey, type CitedPage } from '../../src/lib/cite/citation';
import { buildInfo } from '../../src/lib/cite/build-info';

const page: CitedPage = {
  title: 'The XOR problem',
  url: 'https://example.org/lessons/the-xor-problem/',
  version: '0.2.0',
  date: '2026-12-02',
};

describe('citations of a page', () => {
  it('APA 7: author, (year, month day), title (version), site, address', () => {
    expect(apa(page)).toBe(
      'The Neural Notebook contributors. (2026, December 2). The XOR problem (Version 0.2.0). Neural Notebook. https://example.org/lessons/the-xor-problem/',
    );
  });

  it('BibTeX: a @misc entry with the version, the month as a macro and the address', () => {
    expect(bibtex(page)).toBe(
      [
        '@misc{neuralnotebookTheXorProblem2026,',
        '  author       = {{The Neural Notebook contributors}},',
        '  title        = {The XOR problem},',
        '  howpublished = {Neural Notebook, version 0.2.0},',
        '  year         = {2026},',
        '  month        = {dec},',
        '  url          = {https://example.org/lessons/the-xor-problem/},',
        '  note         = {Version 0.2.0, built 2026-12-02},',
        '}',
      ].join('\n'),
    );
  });

  it('keeps BibTeX special characters as text and keys to letters and digits', () => {
    const odd = { ...page, title: 'SGD vs. batch: 50% {faster}?' };
    expect(bibtex(odd)).toContain('title        = {SGD vs. batch: 50\\% \\{faster\\}?},');
    expect(citationKey(odd)).toBe('neuralnotebookSgdVsBatch2026');
  });

  it('refuses a date that is not YYYY-MM-DD, naming it', () => {
    expect(() => apa({ ...page, date: '2.12.2026' })).toThrow(
      'a citation needs the build\'s day as YYYY-MM-DD, got "2.12.2026"',
    );
  });
});

describe('the version a build names', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const cff = parse(readFileSync('CITATION.cff', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');

  it("is package.json's, and CITATION.cff and the CHANGELOG's newest entry agree with it", () => {
    expect(buildInfo().version).toBe(pkg.version);
    expect(String(cff.version)).toBe(pkg.version);
    const newest = /^## (\S+)/m.exec(changelog)?.[1];
    expect(newest).toBe(pkg.version);
  });

  it('CITATION.cff has the fields CFF 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.message).toMatch(/cite/);
    expect(cff.title).toBe('Neural Notebook');
    expect(cff.authors).toEqual([{ name: 'The Neural Notebook contributors' }]);
    expect(String(cff['date-released'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names a commit and the day of the build', () => {
    const info = buildInfo();
    expect(info.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The tests run in a git checkout (CI clones the repository).
    expect(info.commit).toMatch(/^[0-9a-f]{12}$/);
  });
});
