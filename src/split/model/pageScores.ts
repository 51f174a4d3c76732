/**
 * The fast path of `unaryScores(model, pageFeatures(…))`: the same per-line label scores, computed
 * from per-line score vectors instead of feature lists. A line's shape atoms contribute one vector
 * at its own position and one per neighbour offset (−2, −1, +1, +2); these five vectors depend only
 * on the line's shape signature (`LineAtoms.sig`, few distinct values), so they are memoized per
 * model. Only the lexical atoms and the page-dependent features are added line by line.
 */
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { fnv1a32 } from '../../corpus/fnv1a';
import { isBlankLine } from '../lineKey';
import { lineAtoms, type LineAtoms } from './lineAtoms';
import { shapeAtomNames } from './lineShape';
import { contextFeatures, mixHash, OFFSET_SALTS, OWN_SALT } from './features';
import type { ChainWeights } from './perceptron';

/** Per model: shape signature → the five score vectors. */
const memo = new WeakMap<ChainWeights, Map<string, Float64Array>>();
/** Signatures a memo holds before it is emptied. */
const MEMO_MAX_ENTRIES = 16384;

/** The 5·R vector [own | −2 | −1 | +1 | +2] of a line's shape atoms. */
function shapeScores(w: ChainWeights, a: LineAtoms): Float64Array {
  const R = w.R;
  const mask = w.dim - 1;
  const v = new Float64Array(5 * R);
  const add = (o: number, f: number): void => {
    const b = (f & mask) * R;
    for (let r = 0; r < R; r++) v[o + r] += w.emit[b + r];
  };
  const names = shapeAtomNames(a.shape);
  for (const x of names.own) add(0, mixHash(fnv1a32(x), OWN_SALT));
  const ctx = names.ctx.map(fnv1a32);
  for (const h of ctx) add(0, h);
  for (let q = 0; q < 4; q++) for (const h of ctx) add((q + 1) * R, mixHash(h, OFFSET_SALTS[q]));
  return v;
}

/**
 * Label scores `unary[j * R + r]` of a page's non-blank lines (`lines` gives their indices), equal
 * (up to rounding) to `unaryScores(w, pageFeatures(raws, p, w.dim, hints).feats)`.
 * @example pageScores(['عنوان', '', 'نص.'], generic, model.weights).lines // [0, 2]
 */
export function pageScores(raws: string[], p: SplitProfile, w: ChainWeights, hints?: (Role | null)[]): { lines: number[]; unary: Float64Array } {
  const R = w.R;
  const mask = w.dim - 1;
  let cache = memo.get(w);
  if (!cache) { cache = new Map(); memo.set(w, cache); }
  const lines: number[] = [];
  const vecs: Float64Array[] = [];
  const atoms: LineAtoms[] = [];
  for (let i = 0; i < raws.length; i++) {
    if (isBlankLine(raws[i])) continue;
    const a = lineAtoms(raws[i], p);
    let v = cache.get(a.sig);
    if (!v) {
      v = shapeScores(w, a);
      if (cache.size >= MEMO_MAX_ENTRIES) cache.clear();
      cache.set(a.sig, v);
    }
    lines.push(i);
    atoms.push(a);
    vecs.push(v);
  }
  const m = lines.length;
  const unary = new Float64Array(m * R);
  const add = (j: number, f: number): void => {
    const b = (f & mask) * R;
    const o = j * R;
    for (let r = 0; r < R; r++) unary[o + r] += w.emit[b + r];
  };
  contextFeatures(raws, lines, atoms, hints, add);
  const offs = [-2, -1, 1, 2];
  for (let j = 0; j < m; j++) {
    for (const h of atoms[j].lex) add(j, mixHash(h, OWN_SALT));
    const o = j * R;
    const own = vecs[j];
    for (let r = 0; r < R; r++) unary[o + r] += own[r];
    for (let q = 0; q < 4; q++) {
      const k = j + offs[q];
      if (k < 0 || k >= m) continue;
      const v = vecs[k];
      const b = (q + 1) * R;
      for (let r = 0; r < R; r++) unary[o + r] += v[b + r];
    }
  }
  return { lines, unary };
}
