import { describe, expect, it } from 'vitest';
import { precisionRecallF1, prf1FromCounts } from '../../src/stats/precisionRecallF1';
import { confusionTable } from '../../src/stats/confusionTable';

// sklearn 1.2.1:
// >>> precision_recall_fscore_support(gold, pred, labels=['support','oppose','neutral'], zero_division=0)
// precision [1. , 0.6, 0.5]; recall [0.333333333333333, 0.75, 0.666666666666667];
// f1 [0.5, 0.666666666666667, 0.571428571428572]; support [3, 4, 3]
// >>> confusion_matrix(gold, pred, labels=['support','oppose','neutral'])
// [[1 1 1]
//  [0 3 1]
//  [0 1 2]]
const gold = ['support', 'oppose', 'neutral', 'oppose', 'oppose', 'neutral', 'support', 'neutral', 'oppose', 'support'];
const pred = ['support', 'oppose', 'oppose', 'oppose', 'neutral', 'neutral', 'neutral', 'neutral', 'oppose', 'oppose'];

describe('precisionRecallF1', () => {
  it.each([
    ['support', 1, 0.333333333333333, 0.5, 3],
    ['oppose', 0.6, 0.75, 0.666666666666667, 4],
    ['neutral', 0.5, 0.666666666666667, 0.571428571428572, 3],
  ] as [string, number, number, number, number][])('matches sklearn for %s', (label, p, r, f, support) => {
    const m = precisionRecallF1(gold, pred, label);
    expect(m.precision!).toBeCloseTo(p, 12);
    expect(m.recall!).toBeCloseTo(r, 12);
    expect(m.f1!).toBeCloseTo(f, 12);
    expect(m.support).toBe(support);
  });

  it('returns null (not 0) for undefined ratios', () => {
    const m = precisionRecallF1(['a', 'a'], ['a', 'a'], 'b');
    expect(m).toEqual({ tp: 0, fp: 0, fn: 0, support: 0, precision: null, recall: null, f1: null });
  });
});

describe('prf1FromCounts', () => {
  it('gives F1 = 0 when precision and recall are both 0', () => {
    expect(prf1FromCounts(0, 2, 3)).toEqual({ tp: 0, fp: 2, fn: 3, support: 3, precision: 0, recall: 0, f1: 0 });
  });
});

describe('confusionTable', () => {
  it('matches sklearn confusion_matrix with a label order', () => {
    const t = confusionTable(gold, pred, ['support', 'oppose', 'neutral']);
    expect(t.matrix).toEqual([[1, 1, 1], [0, 3, 1], [0, 1, 2]]);
    expect(t.n).toBe(10);
  });

  it('sorts labels by default and rejects unknown ones', () => {
    expect(confusionTable(['b', 'a'], ['a', 'a']).labels).toEqual(['a', 'b']);
    expect(() => confusionTable(['x'], ['y'], ['x'])).toThrow(/outside/);
  });
});
