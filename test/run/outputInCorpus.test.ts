import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOutside, isOutside, outputFolderInCorpus } from '../../src/run/outputInCorpus';

describe('outputFolderInCorpus', () => {
  it('gives the output folder relative to the corpus when it is inside, null when it is not', () => {
    const cases: [string, string | null][] = [
      ['/data/corpus/results', 'results'],
      ['/data/corpus/runs/2024/out', 'runs/2024/out'],
      ['/data/corpus/..hidden', '..hidden'], // a folder whose name starts with two dots is inside
      ['/data/outputs', null],
      ['/data/corpus-results', null], // a sibling that shares the prefix
      ['/data', null], // the corpus's parent
      ['/elsewhere/out', null],
    ];
    for (const [out, want] of cases) expect(outputFolderInCorpus('/data/corpus', out), out).toBe(want);
    expect(outputFolderInCorpus('/data/corpus/', join('/data/corpus', 'a', '..', 'b'))).toBe('b');
  });

  it('refuses the corpus folder itself as the output folder', () => {
    expect(() => outputFolderInCorpus('/data/corpus', '/data/corpus/')).toThrow(/output folder is the corpus folder \(\/data\/corpus\).*another folder/);
  });
});

describe('isOutside', () => {
  it('is false for the folder and what is under it, true for the rest and for no folder', () => {
    expect(['results', 'results/hits.csv', 'results2/b.txt', 'x/results/c.txt', 'a.txt'].map((f) => isOutside(f, 'results'))).toEqual([false, false, true, true, true]);
    expect(isOutside('results/hits.csv', null)).toBe(true);
  });
});

describe('filesOutside', () => {
  it('drops the folder and everything under it, and nothing else', () => {
    const files = ['a.txt', 'results', 'results/hits.csv', 'results/figures/fig.html', 'results2/b.txt', 'x/results/c.txt'];
    expect([...filesOutside(files, 'results')]).toEqual(['a.txt', 'results2/b.txt', 'x/results/c.txt']);
    expect([...filesOutside(files, 'x/results')]).toEqual(files.slice(0, 5));
    expect([...filesOutside(files, null)]).toEqual(files);
  });
});
