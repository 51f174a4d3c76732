import { describe, expect, it } from 'vitest';
import { coderAgreement } from '../../src/validate/coderAgreement';
import type { GoldRow, StanceLabel } from '../../src/validate/types';

const S: Record<string, StanceLabel> = { s: 'support', o: 'oppose', n: 'neutral' };
/** Rows of coders A, B, C: codes[u] = labels of A, B, C for unit u (one letter each, '.' = not coded). */
function rows(codes: Record<string, string>, coders = ['A', 'B', 'C']): GoldRow[] {
  return Object.entries(codes).flatMap(([unit, letters]) => [...letters].flatMap((l, i) => (l === '.' ? [] : [{
    id: unit, comment: null, stance: S[l], categories: null, coder: coders[i], notes: `${coders[i]} on ${unit}`, line: 2,
  }])));
}
const THREE = { u1: 'sss', u2: 'oon', u3: 'nnn', u4: 'son' };

describe('coderAgreement', () => {
  it('computes α, Fleiss κ and Cohen κ per pair as by hand for 3 coders × 4 units', () => {
    const r = coderAgreement(rows(THREE));
    // Coincidences (pairs weighted 1/(m−1) = 1/2): o_ss = 3, o_oo = 1, o_nn = 3, o_on = o_no = 1 + 1/2,
    // o_so = o_os = o_sn = o_ns = 1/2; n_s = 4, n_o = 3, n_n = 5, n = 12. Σ_{c≠k} o = 5,
    // Σ_{c≠k} n_c n_k = 2(12 + 20 + 15) = 94 → α = 1 − 11·5/94 = 39/94.
    expect(r.alpha).toBeCloseTo(39 / 94, 12);
    // Fleiss: P_i = 1, 1/3, 1, 0 → P̄ = 7/12; p = 4/12, 3/12, 5/12 → P̄e = 50/144; κ = (84 − 50)/(144 − 50) = 34/94.
    expect(r.fleissKappa).toBeCloseTo(34 / 94, 12);
    expect(r.codersPerUnit).toBe(3);
    // Cohen: A–B pₒ = 3/4, pₑ = 5/16 → 7/11; A–C pₒ = 1/2, pₑ = 5/16 → 3/11; B–C pₒ = 1/2, pₑ = 1/4 → 1/3.
    expect(r.pairs.map((p) => [p.a, p.b, p.units, p.agreement])).toEqual([['A', 'B', 4, 0.75], ['A', 'C', 4, 0.5], ['B', 'C', 4, 0.5]]);
    expect(r.pairs[0].kappa).toBeCloseTo(7 / 11, 12);
    expect(r.pairs[1].kappa).toBeCloseTo(3 / 11, 12);
    expect(r.pairs[2].kappa).toBeCloseTo(1 / 3, 12);
    expect(r).toMatchObject({ coders: ['A', 'B', 'C'], units: 4, codings: 12, pairable: 4, ties: 1 });
  });

  it('gives each unit its majority label, ties left out, and lists disagreements with most labels first', () => {
    const r = coderAgreement(rows(THREE));
    expect(r.majority.map((m) => [m.id, m.stance, m.coder])).toEqual([['u1', 'support', 'majority'], ['u2', 'oppose', 'majority'], ['u3', 'neutral', 'majority']]);
    expect(r.disagreements.map((d) => [d.unit, d.majority])).toEqual([['u4', null], ['u2', 'oppose']]);
    expect(r.disagreements[0].codes).toEqual([
      { coder: 'A', stance: 'support', notes: 'A on u4' }, { coder: 'B', stance: 'oppose', notes: 'B on u4' }, { coder: 'C', stance: 'neutral', notes: 'C on u4' },
    ]);
  });

  it('takes missing codings: no Fleiss κ when units have different numbers of coders, pairs over shared units', () => {
    const r = coderAgreement(rows({ u1: 'ss.', u2: 'oon', u3: 'n.n', u4: 'so.' }));
    expect(r.fleissKappa).toBeNull();
    expect(r.codersPerUnit).toBeNull();
    expect(r.pairs.map((p) => p.units)).toEqual([3, 2, 1]);
    // α by hand: u1 (s,s), u3 (n,n), u4 (s,o) weigh 1 per ordered pair; u2 (o,o,n) 1/2:
    // o_ss = 2, o_nn = 2, o_so = o_os = 1, o_oo = 1, o_on = o_no = 1; n_s = 3, n_o = 3, n_n = 3, n = 9;
    // Σ_{c≠k} o = 4, Σ_{c≠k} n_c n_k = 6·9 = 54 → α = 1 − 8·4/54 = 22/54.
    expect(r.alpha).toBeCloseTo(22 / 54, 12);
  });

  it('keeps rows of one coder as one coder: α undefined, no pairs', () => {
    const r = coderAgreement(rows({ u1: 's', u2: 'o' }, ['A']));
    expect(r.coders).toEqual(['A']);
    expect(r.alpha).toBeNaN();
    expect(r.pairs).toEqual([]);
    expect(r.fleissKappa).toBeNull();
    expect(r.pairable).toBe(0);
  });
});
