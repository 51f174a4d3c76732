import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { prefixCandidates, suffixCandidates, MIN_STEM } from '../../src/text/clitics';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Lexicon } from '../../src/lexicon/types';

interface Case { input: string; pattern: string; suffixes: boolean; expected: boolean; note: string }
const cases = parse(readFileSync(path.join(__dirname, 'cases/clitics.yaml'), 'utf8')) as Case[];

function oneMarker(pattern: string, suffixes: boolean): Lexicon {
  return {
    markers: [{ id: 'm', category: 'c', polarity: 0, patterns: [pattern], suffixes, description: '', examples: [], counterExamples: [], source: '', origin: { file: 't', line: 1 } }],
    files: [], categories: [], dimensions: [],
  };
}

describe('clitic-aware matching (matchMarkers with one marker)', () => {
  it.each(cases.map((c) => [`${c.input} ~ ${c.pattern}: ${c.note}`, c] as const))('case: %s', (_n, c) => {
    const hits = matchMarkers(articleOfLines([c.input]), oneMarker(c.pattern, c.suffixes));
    expect(hits.length > 0).toBe(c.expected);
  });
});

describe('prefixCandidates', () => {
  it('lists the readings of و + ب + ال', () => {
    expect(prefixCandidates('وبالمصالحه').map((c) => c.stem)).toEqual(['وبالمصالحه', 'بالمصالحه', 'المصالحه', 'مصالحه']);
  });
  it('reads لل as ل + ال', () => {
    expect(prefixCandidates('للتطبيع').find((c) => c.stem === 'تطبيع')?.article).toBe(true);
  });
  it('never leaves a stem shorter than MIN_STEM', () => {
    for (const w of ['ال', 'وال', 'بال', 'لل', 'ول', 'وبه']) for (const c of prefixCandidates(w)) expect(c.stem.length).toBeGreaterThanOrEqual(MIN_STEM);
  });
});

describe('suffixCandidates', () => {
  it('reads ت back as ة after a pronoun', () => {
    expect(suffixCandidates('مصالحتها').map((x) => x[0])).toContain('مصالحه');
  });
  it('strips ة (written ه in keys)', () => {
    expect(suffixCandidates('ضامنه')).toEqual([['ضامن', 'ه']]);
  });
});
