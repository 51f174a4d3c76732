/**
 * Per-line feature vectors for the line labeller: a line's own atoms (`lineAtoms`), the context
 * atoms of its non-blank neighbours at −2, −1, +1, +2 (or page-start / page-end markers), its
 * position among the page's non-blank lines, whether its text was already seen on the page, whether
 * a comment header or a long paragraph came before it, and the HTML extractor's role hint. Each
 * feature is a 32-bit hash mixed with its offset and reduced to `[0, dim)` (the hashing trick).
 */
import { fnv1a32 } from '../../corpus/fnv1a';
import type { Role } from '../types';
import type { SplitProfile } from '../profile';
import { isBlankLine } from '../lineKey';
import { lineAtoms, type LineAtoms } from './lineAtoms';
import { shapeAtomNames } from './lineShape';

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

/** Salt of a line's own atoms. */
export const OWN_SALT = 0x1001;
/** Salts of neighbours' context atoms at offsets −2, −1, +1, +2. */
export const OFFSET_SALTS = [0x3003, 0x4004, 0x5005, 0x6006];
const PAIR_SALT = 0x2002;
const NEXT_PAIR_SALT = 0x7007;
const H = (s: string): number => fnv1a32(s);
const BOS = [H('bos'), H('bos2')];
const EOS = [H('eos'), H('eos2')];
const AFTER_HEADER = H('after_comment_header');
const AFTER_LONG = H('after_long_line');
const AFTER_CUE = H('after_comment_cue');
/** Kinds that announce reader comments (a form, an author or time line, a reply action). */
const COMMENT_CUES = new Set(['kind=comment_form', 'kind=author', 'kind=author_meta', 'kind=meta', 'kind=comment_action'].map((x) => fnv1a32(x)));
const REPEAT = H('repeat');
const PREV_BLANK = H('prev_blank');
const NEXT_BLANK = H('next_blank');
const BIAS = H('bias');
const PREV_OPEN = H('prev_open');
/**
 * Run-on chains (adjacent lines, each but the last ending open, as print and PDF text break a
 * paragraph): how many lines the line's chain has (1, 2, 3–4, 5+) and the prose in it (summed prose
 * buckets, 0 | 1–2 | 3–5 | 6–10 | 11+, with the chain size).
 */
const CHAIN_LINES = [1, 2, 3, 4].map((i) => H(`chain_lines=${i}`));
const CHAIN_PROSE = [0, 1, 2, 3, 4].map((i) => H(`chain_prose=${i}`));
/** How many lines of the page share this line's shape: 1, 2, 3–4, 5+ (lists repeat one shape). */
const SHAPE_COUNT = [1, 2, 3, 4].map((i) => H(`shape_count=${i}`));
const SAME_LEN_PREV = H('same_len_prev');
/** The end of a line that runs on into the next: a letter or a comma (no sentence end). */
const OPEN_END = /[\u0621-\u064aA-Za-z،,]$/;
/** Run-on lengths: a run-on line of at least this many code units joins a chain, … */
const CHAIN_MIN_CHARS = 20;
/** … and of at least this many sets `prev_open` on the line after it. */
const PREV_OPEN_MIN_CHARS = 40;
const POS = Array.from({ length: 6 }, (_, i) => H(`pos=${i}`));
const FROM_END = Array.from({ length: 4 }, (_, i) => H(`from_end=${i}`));
const REL = Array.from({ length: 5 }, (_, i) => H(`rel=${i}`));
const hintHash = (h: Role | null): number => H(`hint=${h ?? 'none'}`);

/**
 * The page-dependent features of each non-blank line (everything but its own and its neighbours'
 * atoms): bias, page-start / page-end markers where a neighbour is missing, the neighbours' hints,
 * the previous and next lines' kinds × this line's kind, position, blank lines around it, a
 * comment header, a long paragraph or a comment cue (form, author, time, reply line) before it, a
 * repeat of an earlier short line, and its own hint. Calls `emit(j, h)`
 * for each (unreduced 32-bit hash `h`, line `j` in `lines`).
 * @example contextFeatures(raws, lines, atoms, undefined, (j, h) => feats[j].push(h))
 */
export function contextFeatures(raws: string[], lines: number[], atoms: LineAtoms[], hints: (Role | null)[] | undefined,
  emit: (j: number, h: number) => void): void {
  const m = lines.length;
  const hinted = hints !== undefined && hints.length > 0;
  const hintOf = (j: number): number => hintHash(hints?.[lines[j]] ?? null);
  const seen = new Set<string>();
  const headerKind = H('kind=comment_header');
  let afterHeader = false;
  let afterLong = false;
  let afterCue = false;
  const shapes = new Map<string, number>();
  for (const a of atoms) shapes.set(a.sig, (shapes.get(a.sig) ?? 0) + 1);
  // Chains of run-on lines (print and PDF text break paragraphs into lines): each line's chain size
  // and the prose-word buckets summed over it, so a broken paragraph reads as one paragraph.
  // `openLen[j]`: line j's trimmed length when it ends open (runs on), else 0; read once per line.
  const openLen = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const t = raws[lines[j]].trimEnd();
    if (OPEN_END.test(t)) openLen[j] = t.length;
  }
  const chainOf = new Int32Array(m);
  const chainLines: number[] = [];
  const chainProse: number[] = [];
  for (let j = 0; j < m; j++) {
    const joins = j > 0 && lines[j - 1] === lines[j] - 1 && openLen[j - 1] >= CHAIN_MIN_CHARS;
    if (!joins) { chainLines.push(0); chainProse.push(0); }
    const c = chainLines.length - 1;
    chainOf[j] = c;
    chainLines[c]++;
    chainProse[c] += atoms[j].shape.words[0];
  }
  for (let j = 0; j < m; j++) {
    const a = atoms[j];
    emit(j, BIAS);
    for (let q = 0; q < 4; q++) {
      const o = q < 2 ? q - 2 : q - 1;
      const k = j + o;
      if (k < 0 || k >= m) emit(j, mixHash((k < 0 ? BOS : EOS)[Math.abs(o) - 1], OFFSET_SALTS[q]));
      else if (hinted) emit(j, mixHash(hintOf(k), OFFSET_SALTS[q]));
    }
    emit(j, mixHash(j > 0 ? atoms[j - 1].kind : BOS[0], a.kind ^ PAIR_SALT));
    emit(j, mixHash(j + 1 < m ? atoms[j + 1].kind : EOS[0], a.kind ^ NEXT_PAIR_SALT));
    const c = chainOf[j];
    const cl = chainLines[c];
    emit(j, CHAIN_LINES[cl >= 5 ? 3 : cl >= 3 ? 2 : cl - 1]);
    const cp = chainProse[c];
    emit(j, mixHash(CHAIN_PROSE[cp === 0 ? 0 : cp <= 2 ? 1 : cp <= 5 ? 2 : cp <= 10 ? 3 : 4], cl >= 3 ? 3 : cl));
    const same = shapes.get(a.sig)!;
    emit(j, SHAPE_COUNT[same >= 5 ? 3 : same >= 3 ? 2 : same - 1]);
    emit(j, POS[Math.min(j, 5)]);
    emit(j, FROM_END[Math.min(m - 1 - j, 3)]);
    emit(j, REL[Math.min(4, Math.floor((5 * j) / m))]);
    const i = lines[j];
    if (i > 0 && isBlankLine(raws[i - 1])) emit(j, PREV_BLANK);
    if (i + 1 < raws.length && isBlankLine(raws[i + 1])) emit(j, NEXT_BLANK);
    if (j > 0 && lines[j - 1] === i - 1) {
      if (openLen[j - 1] >= PREV_OPEN_MIN_CHARS) emit(j, PREV_OPEN);
      if (atoms[j - 1].shape.buckets[0] === a.shape.buckets[0] && a.shape.buckets[0] >= 3) emit(j, SAME_LEN_PREV);
    }
    if (afterHeader) emit(j, AFTER_HEADER);
    if (afterLong) emit(j, AFTER_LONG);
    if (afterCue) emit(j, AFTER_CUE);
    if (a.key !== null) { if (seen.has(a.key)) emit(j, REPEAT); else seen.add(a.key); }
    if (hinted) emit(j, hintOf(j));
    if (a.kind === headerKind) afterHeader = true;
    if (COMMENT_CUES.has(a.kind)) afterCue = true;
    if (raws[i].length > 160) afterLong = true;
  }
}

/**
 * The feature indices of every non-blank line of a page: its own atoms (salted), its context atoms,
 * its neighbours' context atoms (salted by offset) and `contextFeatures`. `hints` (HTML pages) adds
 * each line's hint and its neighbours' as features; pages without hints get none of these.
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
  const names = atoms.map((a) => shapeAtomNames(a.shape));
  const bufs: number[][] = atoms.map((a, j) => [...names[j].own.map((x) => mixHash(H(x), OWN_SALT)), ...a.lex.map((h) => mixHash(h, OWN_SALT)), ...names[j].ctx.map(H)]);
  for (let j = 0; j < m; j++) {
    for (let q = 0; q < 4; q++) {
      const k = j + (q < 2 ? q - 2 : q - 1);
      if (k >= 0 && k < m) for (const x of names[k].ctx) bufs[j].push(mixHash(H(x), OFFSET_SALTS[q]));
    }
  }
  contextFeatures(raws, lines, atoms, hints, (j, h) => bufs[j].push(h));
  return { lines, feats: bufs.map((b) => Uint32Array.from(b, (h) => h & mask)) };
}
