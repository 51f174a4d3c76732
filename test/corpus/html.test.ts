import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { htmlToPageText } from '../../src/corpus/html/htmlToPage';
import { htmlMetaToPageMeta } from '../../src/corpus/html/meta';
import type { Role } from '../../src/split/types';

const FIXTURES = resolve(__dirname, '../fixtures/html');

/** Hand-written truth for one fixture page (see the comment at the top of each .expected.yaml). */
interface Expected {
  meta: { url: string | null; published: string | null; language: string | null; outlet: null; notesInclude: string[] };
  jsonLd?: Record<string, string | null>;
  threads: { system: string; comments: number }[];
  lines: { text: string; hint: Role | null }[];
}

const cases = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.yaml'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.yaml$/, '');
    return { name, html: readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), expected: parseYaml(readFileSync(join(FIXTURES, f), 'utf8')) as Expected };
  });

describe('htmlToPageText', () => {
  it('has the seven fixture pages', () => {
    expect(cases.map((c) => c.name)).toEqual(['disqus', 'facebook', 'generic-comments', 'generic-nested-replies', 'hostile-comment', 'jsonld-newsarticle', 'wordpress-jannah']);
  });

  it.each(cases)('$name: lines and role hints match the hand-written truth', ({ html, expected }) => {
    const page = htmlToPageText(html);
    const got = page.text.split('\n').map((text, i) => ({ text, hint: page.roleHints[i] }));
    expect(got).toEqual(expected.lines);
    expect(page.roleHints).toHaveLength(page.text.split('\n').length);
  });

  it.each(cases)('$name: comment threads are found with the right system and count', ({ html, expected }) => {
    const page = htmlToPageText(html);
    expect(page.threads.map((t) => ({ system: t.system, comments: t.comments.length }))).toEqual(expected.threads);
  });

  it.each(cases)('$name: page metadata', ({ name, html, expected }) => {
    const page = htmlToPageText(html);
    const meta = htmlMetaToPageMeta(page.meta, { id: name, file: `${name}.html` });
    expect({ url: meta.url, published: meta.published, language: meta.language, outlet: meta.outlet })
      .toEqual({ url: expected.meta.url, published: expected.meta.published, language: expected.meta.language, outlet: null });
    for (const note of expected.meta.notesInclude) expect(meta.notes).toContain(note);
    if (expected.jsonLd) expect(page.meta.jsonLd).toEqual(expected.jsonLd);
  });

  it('uses LF line ends only and never emits an empty line', () => {
    for (const { html } of cases) {
      const { text } = htmlToPageText(html);
      expect(text).not.toMatch(/\r/);
      expect(text.split('\n').every((l) => l.trim() !== '')).toBe(true);
    }
  });

  it('keeps script and style code out of the text', () => {
    const { text } = htmlToPageText(readFileSync(join(FIXTURES, 'hostile-comment.html'), 'utf8'));
    expect(text).not.toContain('pwned');
    expect(text).not.toContain('evil.example');
    expect(text).not.toContain('display:none');
  });

  it('wraps a fragment without <html> and reads it', () => {
    const page = htmlToPageText('<p>سطر أول</p><p>سطر <em>ثان</em></p>');
    expect(page.text).toBe('سطر أول\nسطر ثان');
    expect(page.roleHints).toEqual([null, null]);
  });

  it('splits blocks at <br> and drops elements hidden by inline style', () => {
    const page = htmlToPageText('<html><body><div>أ<br>ب</div><div style="visibility: hidden">ج</div><span hidden>د</span>هـ</body></html>');
    expect(page.text).toBe('أ\nب\nهـ');
  });
});
