import { describe, expect, it } from 'vitest';
import { share, signAgreement, stanceClassScores, voiceAgreement } from '../../src/validate/stanceEvalScores';
import type { StanceUnitPrediction } from '../../src/validate/evalStanceTypes';
import type { StanceGoldStance } from '../../src/validate/stanceGoldTypes';

// Eight hand-made units. Expected figures computed by hand from the definitions of precision
// tp/(tp+fp), recall tp/(tp+fn) and F1 = 2PR/(P+R) per class, one-vs-rest, as scikit-learn's
// precision_recall_fscore_support documents them
// (https://scikit-learn.org/stable/modules/generated/sklearn.metrics.precision_recall_fscore_support.html):
// >>> precision_recall_fscore_support(GOLD, PRED, labels=['support','oppose','conditional','neutral'], zero_division=0)
//     precision [1/2, 1/2, 0, 1/2]  recall [1/3, 1/2, 0, 1]  f1 [2/5, 1/2, 0, 2/3]  support [3, 2, 1, 2]
// >>> f1_score(GOLD, PRED, labels=[...], average='macro', zero_division=0)   (2/5 + 1/2 + 0 + 2/3) / 4 = 47/120
// Macro-F1 here is the mean of the per-class F1s ("averaged F1" in Opitz & Burst 2019, arXiv:1911.03347),
// not the F1 of macro-averaged P and R of Sokolova & Lapalme 2009 (Inf. Process. Manag. 45(4)).
//   unit:   0        1        2        3       4       5            6        7
const GOLD: StanceGoldStance[] = ['support', 'support', 'support', 'oppose', 'oppose', 'conditional', 'neutral', 'neutral'];
const PRED: StanceGoldStance[] = ['support', 'neutral', 'oppose', 'oppose', 'neutral', 'support', 'neutral', 'neutral'];

describe('share', () => {
  it('share(3, 4) is 0.75; share(0, 0) is undefined (null)', () => {
    expect(share(3, 4)).toEqual({ count: 3, total: 4, value: 0.75 });
    expect(share(0, 0)).toEqual({ count: 0, total: 0, value: null });
  });
});

describe('stanceClassScores', () => {
  const r = stanceClassScores(GOLD, PRED);

  it('gives per-class P/R/F1/support as computed by hand', () => {
    const by = Object.fromEntries(r.perClass.map((c) => [c.stance, c]));
    expect(r.classes).toEqual(['support', 'oppose', 'conditional', 'neutral']);
    expect([by.support.precision, by.support.recall, by.support.support]).toEqual([1 / 2, 1 / 3, 3]);
    expect(by.support.f1).toBeCloseTo(2 / 5, 12);
    expect([by.oppose.precision, by.oppose.recall, by.oppose.f1, by.oppose.support]).toEqual([1 / 2, 1 / 2, 1 / 2, 2]);
    // conditional is never predicted: precision and F1 undefined, recall 0.
    expect([by.conditional.precision, by.conditional.recall, by.conditional.f1, by.conditional.support]).toEqual([null, 0, null, 1]);
    expect([by.neutral.precision, by.neutral.recall, by.neutral.support]).toEqual([1 / 2, 1, 2]);
    expect(by.neutral.f1).toBeCloseTo(2 / 3, 12);
    expect(r.perClass.map((c) => c.predicted)).toEqual([2, 2, 0, 4]);
  });

  it('averages the four F1s with the undefined one as 0 (47/120), and says which class was never predicted', () => {
    expect(r.macroF1).toBeCloseTo(47 / 120, 12);
    expect(r.neverPredicted).toEqual(['conditional']);
  });

  it('gives accuracy 4/8 and the confusion matrix (rows gold, columns predicted)', () => {
    expect(r.accuracy).toEqual({ count: 4, total: 8, value: 0.5 });
    expect(r.confusion).toEqual([
      [1, 1, 0, 1], // gold support → support, oppose, neutral
      [0, 1, 0, 1], // gold oppose → oppose, neutral
      [1, 0, 0, 0], // gold conditional → support
      [0, 0, 0, 2], // gold neutral → neutral
    ]);
  });

  it('returns macro-F1 null and accuracy null for no units', () => {
    const e = stanceClassScores([], []);
    expect(e.macroF1).toBeNull();
    expect(e.accuracy.value).toBeNull();
    expect(e.neverPredicted).toEqual(['support', 'oppose', 'conditional', 'neutral']);
  });
});

describe('signAgreement', () => {
  it('counts agreement over all gold support/oppose units, and the misses by kind', () => {
    // Gold-signed units 0–4: agree (0), no prediction (1), opposite (2), agree (3), balanced (4).
    const r = signAgreement(GOLD, [1, null, -1, -1, 0, 1, null, 1]);
    expect(r).toEqual({ agree: { count: 2, total: 5, value: 0.4 }, noPrediction: 1, balanced: 1, opposite: 1 });
  });
});

describe('voiceAgreement', () => {
  type P = Pick<StanceUnitPrediction, 'sign' | 'voice' | 'voiceStatus'>;
  const gold = [
    { stance: 'support', voice: 'actor:erdogan' }, // 0 right (named)
    { stance: 'support', voice: 'authorial' }, // 1 no stance hit: left out
    { stance: 'support', voice: 'unnamed' }, // 2 wrong (speaker unknown to the table)
    { stance: 'oppose', voice: 'authorial' }, // 3 right
    { stance: 'oppose', voice: 'actor:assad' }, // 4 wrong (balanced hits, authorial voice)
    { stance: 'conditional', voice: 'actor:turkey_gov' }, // 5 wrong actor
    { stance: 'neutral', voice: 'authorial' }, // 6 gold neutral: left out
    { stance: 'neutral', voice: 'authorial' }, // 7 gold neutral with a hit: left out
  ] as { stance: StanceGoldStance; voice: string }[];
  const pred: P[] = [
    { sign: 1, voice: 'actor:erdogan', voiceStatus: 'named' },
    { sign: null, voice: null, voiceStatus: 'none' },
    { sign: -1, voice: null, voiceStatus: 'unknown' },
    { sign: -1, voice: 'authorial', voiceStatus: 'authorial' },
    { sign: 0, voice: 'authorial', voiceStatus: 'authorial' },
    { sign: 1, voice: 'actor:syria_gov', voiceStatus: 'named' },
    { sign: null, voice: null, voiceStatus: 'none' },
    { sign: 1, voice: 'authorial', voiceStatus: 'authorial' },
  ];
  const r = voiceAgreement(gold, pred);

  it('scores units with a stance hit and a non-neutral gold stance: 2 of 5 right', () => {
    expect(r.correct).toEqual({ count: 2, total: 5, value: 0.4 });
  });

  it('splits by gold voice kind and counts how the voices were found', () => {
    expect(r.byGoldKind).toEqual([
      { kind: 'authorial', correct: { count: 1, total: 1, value: 1 } },
      { kind: 'unnamed', correct: { count: 0, total: 1, value: 0 } },
      { kind: 'actor', correct: { count: 1, total: 3, value: 1 / 3 } },
    ]);
    expect(r.statuses).toEqual([{ status: 'authorial', units: 2 }, { status: 'named', units: 2 }, { status: 'unknown', units: 1 }]);
  });
});
