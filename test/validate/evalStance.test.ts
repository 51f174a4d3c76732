import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { evalStance } from '../../src/validate/evalStance';
import { readStanceGold } from '../../src/validate/readStanceGold';
import { readVoiceTable } from '../../src/stance/voices/voiceTable';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/stance-eval');

// Fixture: 4 reporting and 3 comment units, a test codebook (ترحب support, ترفض oppose) and voice
// table. Predictions follow the documented rules (see predictStanceUnit.test.ts); the figures are
// computed by hand from the definitions (precision tp/(tp+fp), recall tp/(tp+fn), F1 2PR/(P+R),
// macro-F1 the mean of the four F1s with an undefined one as 0, as sklearn's
// f1_score(average='macro', zero_division=0)).
//   reporting gold [support, conditional, oppose, neutral] → predicted [support, support, neutral, neutral]
//     support P 1/2 R 1 F1 2/3; oppose 0; conditional 0; neutral P 1/2 R 1 F1 2/3 → macro (4/3)/4 = 1/3
//   comment gold [oppose, support, neutral] → predicted [oppose, neutral (balanced), neutral]
//     oppose F1 1; support 0; conditional 0; neutral P 1/2 R 1 F1 2/3 → macro (5/3)/4 = 5/12
describe('evalStance', () => {
  const r = evalStance(readStanceGold(path.join(FIX, 'gold')), {
    lexicon: loadLexicon([path.join(FIX, 'lexicon.yaml')]),
    voices: readVoiceTable(path.join(FIX, 'voices.yaml')),
  });
  const [rep, com] = r.segments;

  it('reports reporting first, then comments, grouped by camp and by variety', () => {
    expect(r.units).toBe(7);
    expect(r.lexicon).toBe('lexicon@stance-eval-1');
    expect(r.segments.map((s) => [s.segment, s.groupBy, s.classes.n])).toEqual([['reporting', 'camp', 4], ['comment', 'variety', 3]]);
    expect(rep.groups.map((g) => [g.group, g.classes.n])).toEqual([['opposition', 2], ['turkish', 2]]);
    expect(com.groups.map((g) => [g.group, g.classes.n])).toEqual([['gulf', 1], ['levantine', 2]]);
  });

  it('gives the reporting figures computed by hand', () => {
    expect(rep.classes.macroF1).toBeCloseTo(1 / 3, 12);
    expect(rep.classes.accuracy).toEqual({ count: 2, total: 4, value: 0.5 });
    expect(rep.classes.confusion).toEqual([[1, 0, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 1]]);
    expect(rep.classes.neverPredicted).toEqual(['oppose', 'conditional']);
    expect(rep.sign).toEqual({ agree: { count: 1, total: 2, value: 0.5 }, noPrediction: 1, balanced: 0, opposite: 0 });
    // dr-0001 and dr-0002 have a stance hit and a non-neutral gold stance; both are the minister's.
    expect(rep.voice.correct).toEqual({ count: 2, total: 2, value: 1 });
  });

  it('gives the comment figures computed by hand (a balanced comment has no sign but a voice)', () => {
    expect(com.classes.macroF1).toBeCloseTo(5 / 12, 12);
    expect(com.classes.accuracy).toEqual({ count: 2, total: 3, value: 2 / 3 });
    expect(com.sign).toEqual({ agree: { count: 1, total: 2, value: 0.5 }, noPrediction: 0, balanced: 1, opposite: 0 });
    expect(com.voice.correct).toEqual({ count: 2, total: 2, value: 1 });
  });

  it('gives per-group figures from the group\'s units only', () => {
    // opposition: gold [oppose, neutral] → [neutral, neutral]: only neutral has F1 (2/3) → 1/6.
    // turkish: gold [support, conditional] → [support, support]: only support has F1 (2/3) → 1/6.
    expect(rep.groups.map((g) => g.classes.macroF1)).toEqual([expect.closeTo(1 / 6, 12), expect.closeTo(1 / 6, 12)]);
    // gulf: one neutral unit right → neutral F1 1 → 1/4; levantine: oppose F1 1, the rest 0 → 1/4.
    expect(com.groups.map((g) => g.classes.macroF1)).toEqual([0.25, 0.25]);
  });
});
