import { describe, expect, it } from 'vitest';
import { lexiconTerms } from '../../src/bench/lexiconTerms';
import type { Lexicon, Marker } from '../../src/lexicon/types';
import type { Outlet } from '../../src/corpus/outlets';

const marker = (id: string, category: string, patterns: string[], suffixes = false): Marker => ({
  id, category, polarity: 0, patterns, suffixes, description: '', examples: [], counterExamples: [], source: '',
  origin: { file: 'x.yaml', line: 1 },
});

const outlet = (id: string, cues: string[]): Outlet => ({ id, nameAr: id, nameEn: id, domains: [], cues, camp: 'other', alignmentNote: '' });

describe('lexiconTerms', () => {
  const lexicon: Lexicon = {
    markers: [
      marker('regime', 'naming', ['نظام الأسد']),
      marker('reconcile', 'topic', ['المصالحة', 'التطبيع*'], true),
      marker('slogan', 'slogan', ['لا تصالح', '#لن_نصالح']),
    ],
    files: [], categories: [], dimensions: [],
  };

  it('exports every word and phrase variant as matching keys, globs left out, sorted by marker', () => {
    const t = lexiconTerms(lexicon, [outlet('a', ['المصدر: أ']), outlet('b', [])]);
    expect(t.terms).toEqual([
      { words: ['مصالحه'], article: [true], marker: 'reconcile', category: 'topic', suffixes: true },
      { words: ['نظام', 'اسد'], article: [false, true], marker: 'regime', category: 'naming', suffixes: false },
      { words: ['#لن_نصالح'], article: [false], marker: 'slogan', category: 'slogan', suffixes: false },
      { words: ['لا', 'تصالح'], article: [false, false], marker: 'slogan', category: 'slogan', suffixes: false },
      { words: ['لاتصالح'], article: [false], marker: 'slogan', category: 'slogan', suffixes: false },
    ]);
    // Only outlets with text cues; the clitics are the toolkit's.
    expect(t.outlets).toEqual([{ id: 'a', cues: ['المصدر: أ'] }]);
    expect(t.conjunctions).toEqual(['و', 'ف']);
    expect(t.suffixes).toContain('ها');
  });
});
