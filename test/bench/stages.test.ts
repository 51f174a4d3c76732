import { describe, expect, it } from 'vitest';
import { lexiconAlternation } from '../../src/bench/stages';
import type { Lexicon, Marker } from '../../src/lexicon/types';

const marker = (id: string, patterns: string[]): Marker => ({
  id, category: 'c', polarity: 0, patterns, suffixes: false, description: '', examples: [], counterExamples: [], source: '',
  origin: { file: 'x.yaml', line: 1 },
});

describe('lexiconAlternation', () => {
  const lexicon: Lexicon = {
    markers: [marker('a', ['نظام', 'نظام  الأسد', 'التطبيع*']), marker('b', ['a.b', 'نظام'])],
    files: [], categories: [], dimensions: [],
  };

  it('is one alternation of the literal patterns, longest first, globs dropped, duplicates once', () => {
    expect(lexiconAlternation(lexicon).source).toBe('(?:نظام الأسد|التطبيع|a\\.b|نظام)');
  });

  it('matches patterns literally and prefers the longest', () => {
    const text = 'قال إن نظام الأسد يرفض التطبيعات، وaxb ليس a.b';
    expect(text.match(lexiconAlternation(lexicon))).toEqual(['نظام الأسد', 'التطبيع', 'a.b']);
  });
});
