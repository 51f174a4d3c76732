import { describe, expect, it } from 'vitest';
import { disagreementRows, validateCoders } from '../../src/validate/validateCoders';
import type { GoldRow, PredictedUnit, StanceLabel } from '../../src/validate/types';

const g = (id: string, coder: string, stance: StanceLabel, notes = ''): GoldRow => ({ id, comment: null, stance, categories: null, coder, notes, line: 2 });
const p = (id: string, index: number | null): PredictedUnit => ({ id, comment: null, support: 0, oppose: 0, index, categories: new Set() });

describe('validateCoders', () => {
  const gold = [
    g('u1', 'A', 'support'), g('u1', 'B', 'support'), g('u2', 'A', 'oppose'), g('u2', 'B', 'oppose'),
    g('u3', 'A', 'neutral'), g('u3', 'B', 'oppose', 'B reads the headline as hostile'), g('u4', 'A', 'support'), g('u4', 'B', 'neutral'),
  ];
  // khitab: u1 support, u2 oppose, u3 neutral (no hits), u4 oppose.
  const predicted = [p('u1', 1), p('u2', -0.5), p('u3', null), p('u4', -1)];
  const r = validateCoders(gold, predicted);

  it('compares khitab with each coder', () => {
    // A = s,o,n,s vs K = s,o,n,o: 3 of 4 agree. B = s,o,o,n vs K: 2 of 4.
    expect(r.perCoder.map((c) => [c.coder, c.n, c.accuracy])).toEqual([['A', 4, 0.75], ['B', 4, 0.5]]);
  });

  it('compares khitab with the majority label, ties left out', () => {
    // u3 and u4 are ties between two coders: the majority has u1 support and u2 oppose, both matched.
    expect(r.agreement.ties).toBe(2);
    expect(r.majority.n).toBe(2);
    expect(r.majority.accuracy).toBe(1);
  });

  it('lists disagreements with khitab\'s label as CSV rows', () => {
    expect(disagreementRows(r.disagreements)).toEqual([
      { unit: 'u3', id: 'u3', comment: null, codes: 'A=neutral; B=oppose', majority: '', khitab: 'neutral', notes: 'B: B reads the headline as hostile' },
      { unit: 'u4', id: 'u4', comment: null, codes: 'A=support; B=neutral', majority: '', khitab: 'oppose', notes: '' },
    ]);
  });
});
