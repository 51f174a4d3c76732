/**
 * The fast path of `unaryScores(model, pageFeatures(…))`: the same per-line label scores, computed
 * from per-line score vectors instead of feature lists. A line's shape atoms contribute one vector
 * at its own position and one per neighbour offset (−2, −1, +1, +2); these five vectors depend only
 * on the line's shape (`LineAtoms.shapeId`, few distinct values), and the page-dependent features
 * only on the line's context code (`contextCodes`, few values too), so both are memoized per model.
 * Only the lexical atoms, the kind pairs and the HTML hints are added line by line.
 */
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { fnv1a32 } from '../../corpus/fnv1a';
import { isBlankLine } from '../lineKey';
import { lineAtoms, type LineAtoms } from './lineAtoms';
import { shapeAtomNames } from './lineShape';
import { contextCodeFeatures, contextCodes, hintFeatures, mixHash, OFFSET_SALTS, OWN_SALT } from './features';
import type { ChainWeights } from './perceptron';
import { unwrapLines } from './unwrapLines';

/** A model's memos: score vectors by shape id (or signature, past the ids) and by context code. */
interface ScoreMemo {
  /** Per feature index, 1 when its emission row has a non-zero weight (adding a zero row changes no sum). */
  live: Uint8Array;
  /** Shape id → the five shape vectors [own | −2 | −1 | +1 | +2]. */
  byId: Float64Array[];
  /** Signature → the five vectors, for shapes without an id (emptied when full). */
  bySig: Map<string, Float64Array>;
  /** Context code → its features' summed scores (emptied when full). */
  byCode: Map<number, Float64Array>;
}
const memos = new WeakMap<ChainWeights, ScoreMemo>();
/** Entries a map memo holds before it is emptied. */
const MEMO_MAX_ENTRIES = 16384;

/** Adds `w`'s emission row of feature hash `f` (reduced to `[0, dim)`) into `v` at offset `o`. */
function addRow(w: ChainWeights, v: Float64Array, o: number, f: number): void {
  const R = w.R;
  const b = (f & (w.dim - 1)) * R;
  for (let r = 0; r < R; r++) v[o + r] += w.emit[b + r];
}

/** `addRow`, skipping a row of zeros (x + 0 is x: the weights hold no −0, which the model file and training never make). */
function addLiveRow(w: ChainWeights, live: Uint8Array, v: Float64Array, o: number, f: number): void {
  const i = f & (w.dim - 1);
  if (live[i] === 0) return;
  const R = w.R;
  const b = i * R;
  for (let r = 0; r < R; r++) v[o + r] += w.emit[b + r];
}

/** Per feature index, whether its emission row has a non-zero weight. */
function liveRows(w: ChainWeights): Uint8Array {
  const live = new Uint8Array(w.dim);
  for (let f = 0, R = w.R; f < w.dim; f++) for (let r = 0; r < R; r++) if (w.emit[f * R + r] !== 0) { live[f] = 1; break; }
  return live;
}

/** The 5·R vector [own | −2 | −1 | +1 | +2] of a line's shape atoms. */
function shapeScores(w: ChainWeights, a: LineAtoms): Float64Array {
  const R = w.R;
  const v = new Float64Array(5 * R);
  const names = shapeAtomNames(a.shape);
  for (const x of names.own) addRow(w, v, 0, mixHash(fnv1a32(x), OWN_SALT));
  const ctx = names.ctx.map(fnv1a32);
  for (const h of ctx) addRow(w, v, 0, h);
  for (let q = 0; q < 4; q++) for (const h of ctx) addRow(w, v, (q + 1) * R, mixHash(h, OFFSET_SALTS[q]));
  return v;
}

/** The memoized shape vectors of a line. */
function shapeVector(w: ChainWeights, memo: ScoreMemo, a: LineAtoms): Float64Array {
  if (a.shapeId >= 0) return (memo.byId[a.shapeId] ??= shapeScores(w, a));
  let v = memo.bySig.get(a.sig);
  if (!v) {
    v = shapeScores(w, a);
    if (memo.bySig.size >= MEMO_MAX_ENTRIES) memo.bySig.clear();
    memo.bySig.set(a.sig, v);
  }
  return v;
}

/** The memoized summed scores of a context code's features. */
function codeVector(w: ChainWeights, memo: ScoreMemo, code: number): Float64Array {
  let v = memo.byCode.get(code);
  if (!v) {
    const u = new Float64Array(w.R);
    contextCodeFeatures(code, (h) => addRow(w, u, 0, h));
    v = u;
    if (memo.byCode.size >= MEMO_MAX_ENTRIES) memo.byCode.clear();
    memo.byCode.set(code, v);
  }
  return v;
}

/**
 * Label scores `unary[j * R + r]` of a page's non-blank lines (`lines` gives their indices), equal
 * (up to rounding) to `unaryScores(w, pageFeatures(raws, p, w.dim, hints).feats)`.
 * @example pageScores(['عنوان', '', 'نص.'], generic, model.weights).lines // [0, 2]
 */
export function pageScores(pageRaws: string[], p: SplitProfile, w: ChainWeights, hints?: (Role | null)[]): { lines: number[]; unary: Float64Array } {
  const raws = unwrapLines(pageRaws); // a hard-wrapped paragraph's lines read as the paragraph
  const R = w.R;
  let memo = memos.get(w);
  if (!memo) { memo = { live: liveRows(w), byId: [], bySig: new Map(), byCode: new Map() }; memos.set(w, memo); }
  const live = memo.live;
  const lines: number[] = [];
  const vecs: Float64Array[] = [];
  const atoms: LineAtoms[] = [];
  for (let i = 0; i < raws.length; i++) {
    if (isBlankLine(raws[i])) continue;
    const a = lineAtoms(raws[i], p);
    lines.push(i);
    atoms.push(a);
    vecs.push(shapeVector(w, memo, a));
  }
  const m = lines.length;
  const unary = new Float64Array(m * R);
  const cc = contextCodes(raws, lines, atoms);
  for (let j = 0; j < m; j++) {
    const o = j * R;
    const cv = codeVector(w, memo, cc.codes[j]);
    const own = vecs[j];
    for (let r = 0; r < R; r++) unary[o + r] = cv[r] + own[r];
    addLiveRow(w, live, unary, o, cc.prevPair[j]);
    addLiveRow(w, live, unary, o, cc.nextPair[j]);
    const lex = atoms[j].lex;
    for (let q = 0; q < lex.length; q++) addLiveRow(w, live, unary, o, mixHash(lex[q], OWN_SALT));
    for (let q = 0; q < 4; q++) {
      const k = q < 2 ? j + q - 2 : j + q - 1;
      if (k < 0 || k >= m) continue;
      const v = vecs[k];
      const b = (q + 1) * R;
      for (let r = 0; r < R; r++) unary[o + r] += v[b + r];
    }
  }
  hintFeatures(lines, hints, (j, h) => addLiveRow(w, live, unary, j * R, h));
  return { lines, unary };
}
