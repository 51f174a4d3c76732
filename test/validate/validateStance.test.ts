import { describe, expect, it } from 'vitest';
import { validateStance } from '../../src/validate/validateStance';
import { stanceFromIndex } from '../../src/validate/stanceFromIndex';
import { formatValidationReport } from '../../src/validate/formatValidationReport';
import type { GoldRow, PredictedUnit, StanceLabel } from '../../src/validate/types';

// Hand-made example: 10 units. Expected values from sklearn 1.2.1 (same label lists):
// >>> gold=['support','oppose','neutral','oppose','oppose','neutral','support','neutral','oppose','support']
// >>> pred=['support','oppose','oppose','oppose','neutral','neutral','neutral','neutral','oppose','oppose']
// >>> cohen_kappa_score(gold, pred)                                     0.3846153846153847
// >>> confusion_matrix(gold, pred, labels=['support','oppose','neutral'])  [[1 1 1] [0 3 1] [0 1 2]]
// >>> precision_recall_fscore_support(gold, pred, labels=[...], zero_division=0)
//     precision [1, 0.6, 0.5]; recall [1/3, 0.75, 2/3]; f1 [0.5, 0.666666666666667, 0.571428571428572]
// accuracy 0.6. Krippendorff's alpha (nominal) by hand from the coincidence matrix:
// n_s = 4, n_o = 9, n_n = 7, n = 20, Σ_{c≠k} o_ck = 8, Σ_{c≠k} n_c n_k = 254 → α = 1 − 19·8/254 = 102/254.
const GOLD: StanceLabel[] = ['support', 'oppose', 'neutral', 'oppose', 'oppose', 'neutral', 'support', 'neutral', 'oppose', 'support'];
const PRED: StanceLabel[] = ['support', 'oppose', 'oppose', 'oppose', 'neutral', 'neutral', 'neutral', 'neutral', 'oppose', 'oppose'];
// Index per predicted label; neutral alternates between "no hits" (null) and "balanced" (0).
const INDEX: Record<StanceLabel, number | null> = { support: 0.5, oppose: -1, neutral: null };

function goldRow(i: number, stance: StanceLabel, categories: string[] | null): GoldRow {
  return { id: `p${Math.floor(i / 2)}`, comment: i % 2 === 0 ? null : 0, stance, categories, coder: 'hc', notes: '', line: i + 2 };
}
function predUnit(i: number, label: StanceLabel, categories: string[]): PredictedUnit {
  const index = label === 'neutral' && i % 3 === 0 ? 0 : INDEX[label];
  return { id: `p${Math.floor(i / 2)}`, comment: i % 2 === 0 ? null : 0, support: 1, oppose: 1, index, categories: new Set(categories) };
}

describe('stanceFromIndex', () => {
  it.each([
    [1, 'support'],
    [0.01, 'support'],
    [-0.5, 'oppose'],
    [0, 'neutral'],
    [null, 'neutral'],
  ] as [number | null, StanceLabel][])('stanceFromIndex(%s) = %s', (index, label) => {
    expect(stanceFromIndex(index)).toBe(label);
  });
});

describe('validateStance', () => {
  const gold = GOLD.map((s, i) => goldRow(i, s, i < 4 ? ['slogan'] : null));
  const pred = PRED.map((l, i) => predUnit(i, l, i === 0 || i === 2 ? ['slogan', 'stance_oppose'] : []));
  const report = validateStance(gold, pred);

  it('matches sklearn for confusion, kappa, accuracy and per-label P/R/F1', () => {
    expect(report.n).toBe(10);
    expect(report.labels).toEqual(['support', 'oppose', 'neutral']);
    expect(report.confusion).toEqual([[1, 1, 1], [0, 3, 1], [0, 1, 2]]);
    expect(report.kappa).toBeCloseTo(0.3846153846153847, 12);
    expect(report.accuracy).toBe(0.6);
    const f1 = report.perLabel.map((l) => l.f1!);
    [0.5, 0.666666666666667, 0.571428571428572].forEach((v, i) => expect(f1[i]).toBeCloseTo(v, 12));
    expect(report.perLabel.map((l) => l.precision)).toEqual([1, 0.6, 0.5]);
    expect(report.macroF1!).toBeCloseTo((0.5 + 0.666666666666667 + 0.571428571428572) / 3, 12);
  });

  it('computes Krippendorff alpha by hand', () => {
    expect(report.alpha).toBeCloseTo(102 / 254, 12);
  });

  it('scores categories only over units whose gold row codes them, and only gold categories', () => {
    // Units 0–3 code categories; gold has 'slogan' in all four; predicted in units 0 and 2.
    expect(report.perCategory).toEqual([{ category: 'slogan', tp: 2, fp: 0, fn: 2, support: 4, precision: 1, recall: 0.5, f1: 2 / 3 }]);
  });

  it('lists gold rows without a prediction and counts predictions without gold', () => {
    const r = validateStance([...gold, goldRow(20, 'oppose', null)], pred.slice(1));
    expect(r.n).toBe(9);
    expect(r.unmatched.map((g) => [g.id, g.comment])).toEqual([['p0', null], ['p10', null]]);
    expect(validateStance(gold.slice(2), pred).unmatchedPredicted).toBe(2);
  });

  it('handles no overlap without dividing by zero', () => {
    const r = validateStance([], pred);
    expect(r.n).toBe(0);
    expect(r.accuracy).toBeNull();
    expect(r.perCategory).toBeNull();
    expect(r.kappa).toBeNaN();
  });
});

describe('formatValidationReport', () => {
  it('prints the summary, the confusion table and the unmatched rows', () => {
    const gold = GOLD.map((s, i) => goldRow(i, s, i < 4 ? ['slogan'] : null));
    const pred = PRED.map((l, i) => predUnit(i, l, i === 0 ? ['slogan'] : []));
    const text = formatValidationReport(validateStance([...gold, goldRow(20, 'oppose', null)], pred));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Stance validation: 10 units compared with the hand coding');
    expect(lines[1]).toBe("accuracy 0.600   Cohen's kappa 0.385   Krippendorff's alpha (nominal) 0.402   macro-F1 0.579");
    expect(lines).toContain('coder \\ khitab  support  oppose  neutral');
    expect(lines).toContain('support               1       1        1');
    expect(lines).toContain('oppose                0       3        1');
    expect(lines).toContain('neutral               0       1        2');
    expect(lines).toContain('slogan        1.000   0.250  0.400   1   0   3');
    expect(lines).toContain('  line 22: id p10, reporting');
  });

  it('prints — for undefined values', () => {
    const text = formatValidationReport(validateStance([], []));
    expect(text).toContain("accuracy —   Cohen's kappa —   Krippendorff's alpha (nominal) —   macro-F1 —");
    expect(text).toContain('Every gold row matched a unit.');
  });
});
