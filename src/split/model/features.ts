/**
 * Per-line feature vectors for the line labeller: a line's own atoms (`lineAtoms`), the context
 * atoms of its non-blank neighbours at −2, −1, +1, +2 (or page-start / page-end markers), its
 * position among the page's non-blank lines, whether its text was already seen on the page, whether
 * a comment header or a long paragraph came before it, and the HTML extractor's role hint. Each
 * feature is a 32-bit hash mixed with its offset and reduced to `[0, dim)` (the hashing trick).
 */
import { fnv1a32 } from '../../text/fnv1a';
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { isBlankLine } from '../lineKey';
import { lineAtoms, type LineAtoms } from './lineAtoms';

/** Feature indices of the non-blank lines of a page. */
export interface PageFeatures {
  /** 0-based input line index of each non-blank line, in order. */
  lines: number[];
  /** Feature indices (each in `[0, dim)`) per non-blank line, parallel to `lines`. */
  feats: Uint32Array[];
}

/** Mixes a feature hash with a salt (murmur3's finalizer) so the same atom at another offset is another feature. */
export function mixHash(h: number, salt: number): number {
  let x = Math.imul((h ^ salt) >>> 0, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const SALT = { own: 0x1001, pair: 0x2002, offset: [0x3003, 0x4004, 0, 0x5005, 0x6006] };
const H = (s: string): number => fnv1a32(s);
const BOS = [H('bos'), H('bos2')];
const EOS = [H('eos'), H('eos2')];
const AFTER_HEADER = H('after_comment_header');
const AFTER_LONG = H('after_long_line');
const REPEAT = H('repeat');
const PREV_BLANK = H('prev_blank');
const NEXT_BLANK = H('next_blank');
const BIAS = H('bias');
const POS = Array.from({ length: 6 }, (_, i) => H(`pos=${i}`));
const FROM_END = Array.from({ length: 4 }, (_, i) => H(`from_end=${i}`));
const REL = Array.from({ length: 5 }, (_, i) => H(`rel=${i}`));
const hintHash = (h: Role | null): number => H(`hint=${h ?? 'none'}`);

/**
 * The feature indices of every non-blank line of a page. `hints` (HTML pages) adds each line's hint
 * and its neighbours' as features; pages without hints get none of these.
 * @example pageFeatures(['عنوان', '', 'نص طويل.'], generic, 1 << 16).lines // [0, 2]
 */
export function pageFeatures(raws: string[], p: SplitProfile, dim: number, hints?: (Role | null)[]): PageFeatures {
  const mask = dim - 1;
  if ((dim & mask) !== 0) throw new Error(`feature space size must be a power of two, not ${dim}`);
  const lines: number[] = [];
  const atoms: LineAtoms[] = [];
  for (let i = 0; i < raws.length; i++) {
    if (isBlankLine(raws[i])) continue;
    lines.push(i);
    atoms.push(lineAtoms(raws[i], p));
  }
  const m = lines.length;
  const hinted = hints !== undefined && hints.length > 0;
  const hintOf = (j: number): number => hintHash(hints?.[lines[j]] ?? null);
  const seen = new Set<string>();
  const headerKind = H('kind=comment_header');
  const feats: Uint32Array[] = new Array(m);
  let afterHeader = false;
  let afterLong = false;
  const buf: number[] = [];
  for (let j = 0; j < m; j++) {
    const a = atoms[j];
    buf.length = 0;
    buf.push(BIAS);
    for (const h of a.own) buf.push(mixHash(h, SALT.own));
    for (const h of a.ctx) buf.push(h);
    for (let o = -2; o <= 2; o++) {
      if (o === 0) continue;
      const salt = SALT.offset[o + 2];
      const k = j + o;
      if (k < 0 || k >= m) { buf.push(mixHash((k < 0 ? BOS : EOS)[Math.abs(o) - 1], salt)); continue; }
      for (const h of atoms[k].ctx) buf.push(mixHash(h, salt));
      if (hinted) buf.push(mixHash(hintOf(k), salt));
    }
    buf.push(mixHash(j > 0 ? atoms[j - 1].kind : BOS[0], a.kind ^ SALT.pair));
    buf.push(POS[Math.min(j, 5)], FROM_END[Math.min(m - 1 - j, 3)], REL[Math.min(4, Math.floor((5 * j) / m))]);
    const i = lines[j];
    if (i > 0 && isBlankLine(raws[i - 1])) buf.push(PREV_BLANK);
    if (i + 1 < raws.length && isBlankLine(raws[i + 1])) buf.push(NEXT_BLANK);
    if (afterHeader) buf.push(AFTER_HEADER);
    if (afterLong) buf.push(AFTER_LONG);
    if (a.key !== null) { if (seen.has(a.key)) buf.push(REPEAT); else seen.add(a.key); }
    if (hinted) buf.push(hintOf(j));
    const f = new Uint32Array(buf.length);
    for (let q = 0; q < buf.length; q++) f[q] = buf[q] & mask;
    feats[j] = f;
    if (a.kind === headerKind) afterHeader = true;
    if (raws[i].length > 160) afterLong = true;
  }
  return { lines, feats };
}
