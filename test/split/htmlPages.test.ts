import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { readInput } from '../../src/corpus/readInput';
import { splitPage } from '../../src/split/splitPage';
import { classifyLine, isWordsOf } from '../../src/split/classifyLine';
import { profileForOutlet } from '../../src/split/profile';
import type { Page } from '../../src/corpus/types';

const FIXTURES = resolve(__dirname, '../fixtures/html');

function splitFixture(name: string) {
  const r = readInput(resolve(FIXTURES, `${name}.html`), `${name}.html`);
  return splitPage({ ...r.pages[0], meta: r.pages[0].meta ?? null } as Page);
}

describe('splitArticle on saved HTML (role hints)', () => {
  it('takes the comments the DOM found and no others: a category label and a date before the body are not a comment', () => {
    const a = splitFixture('wordpress-jannah');
    expect(a.comments.map((c) => c.author)).toEqual(['أبو محمد الحلبي', 'سامر', 'Omar K.']);
    expect(a.declaredCommentCount).toBe(3);
    expect(a.warnings).toEqual([]);
    const role = (text: string) => a.lines.find((l) => l.text === text)!.role;
    expect(role('25 أبريل 2023')).toBe('byline');
    expect(role('فيسبوك تويتر')).toBe('boilerplate');
    expect(role('شاركها فيسبوك تويتر واتساب')).toBe('boilerplate');
  });

  it('keeps every comment system fixture free of warnings', () => {
    for (const [name, n] of [['disqus', 2], ['facebook', 2], ['generic-comments', 2], ['hostile-comment', 1]] as const) {
      const a = splitFixture(name);
      expect(a.comments.length, name).toBe(n);
      expect(a.warnings, name).toEqual([]);
    }
  });
});

describe('classifyLine', () => {
  const generic = profileForOutlet(null);
  it('labels a share bar flattened to one line as boilerplate', () => {
    expect(classifyLine('فيسبوك تويتر', generic)).toEqual({ kind: 'boilerplate', rule: 'share_bar' });
    expect(classifyLine('شاركها فيسبوك  تويتر واتساب', generic)).toEqual({ kind: 'boilerplate', rule: 'share_bar' });
    expect(classifyLine('نشر على فيسبوك وتويتر صورا للمظاهرات', generic).kind).toBe('text');
  });
  it('isWordsOf needs every word in the set', () => {
    expect(isWordsOf('فيسبوك تويتر', new Set(['فيسبوك', 'تويتر']))).toBe(true);
    expect(isWordsOf('فيسبوك اليوم', new Set(['فيسبوك', 'تويتر']))).toBe(false);
  });
});
