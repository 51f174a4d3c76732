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
import { unwrapLines } from './unwrapLines';

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
/** White space as `String.prototype.trimEnd` removes it (a table, built once). */
const JS_SPACE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) JS_SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) JS_SPACE[c] = 1;
/** The end of a line that runs on into the next: a letter or a comma (no sentence end), as a table. */
const OPEN_END = new Uint8Array(0x10000);
for (let c = 0x0621; c <= 0x064a; c++) OPEN_END[c] = 1;
for (let c = 65; c <= 90; c++) { OPEN_END[c] = 1; OPEN_END[c + 32] = 1; }
OPEN_END[0x060c] = 1; // ،
OPEN_END[44] = 1; // ,

/**
 * The length of `raw.trimEnd()` when that ends open (runs on into the next line), else 0.
 * @example openLength('قال الوزير إن ') // 13
 */
export function openLength(raw: string): number {
  let e = raw.length;
  while (e > 0 && JS_SPACE[raw.charCodeAt(e - 1)] === 1) e--;
  return e > 0 && OPEN_END[raw.charCodeAt(e - 1)] === 1 ? e : 0;
}
/** Run-on lengths: a run-on line of at least this many code units joins a chain, … */
const CHAIN_MIN_CHARS = 20;
/** … and of at least this many sets `prev_open` on the line after it. */
const PREV_OPEN_MIN_CHARS = 40;
const POS = Array.from({ length: 6 }, (_, i) => H(`pos=${i}`));
const FROM_END = Array.from({ length: 4 }, (_, i) => H(`from_end=${i}`));
const REL = Array.from({ length: 5 }, (_, i) => H(`rel=${i}`));
const HEADER_KIND = H('kind=comment_header');
const hintHash = (h: Role | null): number => H(`hint=${h ?? 'none'}`);

/**
 * A line's context code: the page-dependent facts of one line packed in an integer (few distinct
 * values, so the labeller memoizes each code's score vector): position (0–5), lines to the end
 * (0–3), fifth of the page (0–4), its run-on chain's size bucket and prose bucket, how many lines
 * share its shape, and eight yes/no facts (`CODE_BITS`).
 */
const POS_SHIFT = 0; // 3 bits
const FROM_END_SHIFT = 3; // 2 bits
const REL_SHIFT = 5; // 3 bits
const CHAIN_LINES_SHIFT = 8; // 2 bits
const CHAIN_PROSE_SHIFT = 10; // 3 bits
const CHAIN_SIZE_SHIFT = 13; // 2 bits: 1, 2, 3 (3 or more)
const SHAPE_COUNT_SHIFT = 15; // 2 bits
/** Yes/no facts from bit 17 on, in this order, and the feature each sets. */
const CODE_BITS = [PREV_BLANK, NEXT_BLANK, PREV_OPEN, SAME_LEN_PREV, AFTER_HEADER, AFTER_LONG, AFTER_CUE, REPEAT];
const BITS_SHIFT = 17;

/**
 * The features of a context code (see `contextCodes`), each passed to `emit` as an unreduced 32-bit
 * hash: bias, page-start / page-end markers where a neighbour is missing, chain, shape count,
 * position, blank lines around, a comment header, a long paragraph or a comment cue before, a repeat.
 * @example contextCodeFeatures(contextCodes(['عنوان'], [0], [lineAtoms('عنوان', generic)]).codes[0], (h) => hs.push(h))
 */
export function contextCodeFeatures(code: number, emit: (h: number) => void): void {
  const pos = (code >>> POS_SHIFT) & 7;
  const fromEnd = (code >>> FROM_END_SHIFT) & 3;
  emit(BIAS);
  if (pos < 2) emit(mixHash(BOS[1], OFFSET_SALTS[0])); // no line at −2
  if (pos < 1) emit(mixHash(BOS[0], OFFSET_SALTS[1])); // none at −1
  if (fromEnd < 1) emit(mixHash(EOS[0], OFFSET_SALTS[2])); // none at +1
  if (fromEnd < 2) emit(mixHash(EOS[1], OFFSET_SALTS[3])); // none at +2
  emit(CHAIN_LINES[(code >>> CHAIN_LINES_SHIFT) & 3]);
  emit(mixHash(CHAIN_PROSE[(code >>> CHAIN_PROSE_SHIFT) & 7], (code >>> CHAIN_SIZE_SHIFT) & 3));
  emit(SHAPE_COUNT[(code >>> SHAPE_COUNT_SHIFT) & 3]);
  emit(POS[pos]);
  emit(FROM_END[fromEnd]);
  emit(REL[(code >>> REL_SHIFT) & 7]);
  for (let b = 0; b < CODE_BITS.length; b++) if (code & (1 << (BITS_SHIFT + b))) emit(CODE_BITS[b]);
}

/** Per non-blank line: its context code, and the hashes of its kind paired with the previous and the next line's kind. */
export interface ContextCodes {
  /** Context code per line (`contextCodeFeatures`). */
  codes: Int32Array;
  /** Previous line's kind × this line's kind (unreduced hash) per line. */
  prevPair: Uint32Array;
  /** Next line's kind × this line's kind per line. */
  nextPair: Uint32Array;
}

/**
 * The page-dependent facts of each non-blank line (everything but its own and its neighbours'
 * atoms, and the HTML hints): its context code and its kind pairs.
 * @example contextCodes(['عنوان', '', 'نص.'], [0, 2], atoms).codes.length // 2
 */
export function contextCodes(raws: string[], lines: number[], atoms: LineAtoms[]): ContextCodes {
  const m = lines.length;
  const out: ContextCodes = { codes: new Int32Array(m), prevPair: new Uint32Array(m), nextPair: new Uint32Array(m) };
  const seen = new Set<string>();
  let afterHeader = false;
  let afterLong = false;
  let afterCue = false;
  const shapes = new Map<number | string, number>();
  const shapeOf = (a: LineAtoms): number | string => (a.shapeId >= 0 ? a.shapeId : a.sig);
  for (const a of atoms) shapes.set(shapeOf(a), (shapes.get(shapeOf(a)) ?? 0) + 1);
  // Chains of run-on lines (print and PDF text break paragraphs into lines): each line's chain size
  // and the prose-word buckets summed over it, so a broken paragraph reads as one paragraph.
  // `openLen[j]`: line j's trimmed length when it ends open (runs on), else 0; read once per line.
  const openLen = new Int32Array(m);
  for (let j = 0; j < m; j++) openLen[j] = openLength(raws[lines[j]]);
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
    out.prevPair[j] = mixHash(j > 0 ? atoms[j - 1].kind : BOS[0], a.kind ^ PAIR_SALT);
    out.nextPair[j] = mixHash(j + 1 < m ? atoms[j + 1].kind : EOS[0], a.kind ^ NEXT_PAIR_SALT);
    const c = chainOf[j];
    const cl = chainLines[c];
    const cp = chainProse[c];
    const same = shapes.get(shapeOf(a))!;
    let code = (Math.min(j, 5) << POS_SHIFT) | (Math.min(m - 1 - j, 3) << FROM_END_SHIFT)
      | (Math.min(4, Math.floor((5 * j) / m)) << REL_SHIFT)
      | ((cl >= 5 ? 3 : cl >= 3 ? 2 : cl - 1) << CHAIN_LINES_SHIFT)
      | ((cp === 0 ? 0 : cp <= 2 ? 1 : cp <= 5 ? 2 : cp <= 10 ? 3 : 4) << CHAIN_PROSE_SHIFT)
      | ((cl >= 3 ? 3 : cl) << CHAIN_SIZE_SHIFT)
      | ((same >= 5 ? 3 : same >= 3 ? 2 : same - 1) << SHAPE_COUNT_SHIFT);
    let bits = 0;
    const i = lines[j];
    // `lines` holds every non-blank line, so a neighbouring input line missing from it is blank.
    if (i > 0 && (j === 0 || lines[j - 1] !== i - 1)) bits |= 1;
    if (i + 1 < raws.length && (j + 1 === m || lines[j + 1] !== i + 1)) bits |= 2;
    if (j > 0 && lines[j - 1] === i - 1) {
      if (openLen[j - 1] >= PREV_OPEN_MIN_CHARS) bits |= 4;
      if (atoms[j - 1].shape.buckets[0] === a.shape.buckets[0] && a.shape.buckets[0] >= 3) bits |= 8;
    }
    if (afterHeader) bits |= 16;
    if (afterLong) bits |= 32;
    if (afterCue) bits |= 64;
    if (a.key !== null) { if (seen.has(a.key)) bits |= 128; else seen.add(a.key); }
    code |= bits << BITS_SHIFT;
    out.codes[j] = code;
    if (a.kind === HEADER_KIND) afterHeader = true;
    if (COMMENT_CUES.has(a.kind)) afterCue = true;
    if (raws[i].length > 160) afterLong = true;
  }
  return out;
}

/**
 * The HTML hint features of each non-blank line: its neighbours' hints (salted by offset, where the
 * neighbour exists) and its own. Nothing for a page without hints.
 * @example hintFeatures([0, 1], ['title', null], (j, h) => feats[j].push(h))
 */
export function hintFeatures(lines: number[], hints: (Role | null)[] | undefined, emit: (j: number, h: number) => void): void {
  if (hints === undefined || hints.length === 0) return;
  const m = lines.length;
  const hintOf = (j: number): number => hintHash(hints[lines[j]] ?? null);
  for (let j = 0; j < m; j++) {
    for (let q = 0; q < 4; q++) {
      const k = j + (q < 2 ? q - 2 : q - 1);
      if (k >= 0 && k < m) emit(j, mixHash(hintOf(k), OFFSET_SALTS[q]));
    }
    emit(j, hintOf(j));
  }
}

/**
 * The page-dependent features of each non-blank line (everything but its own and its neighbours'
 * atoms): its context code's features (`contextCodeFeatures`), its kind pairs and its hint
 * features (`hintFeatures`). Calls `emit(j, h)` for each (unreduced 32-bit hash `h`, line `j` in
 * `lines`).
 * @example contextFeatures(raws, lines, atoms, undefined, (j, h) => feats[j].push(h))
 */
export function contextFeatures(raws: string[], lines: number[], atoms: LineAtoms[], hints: (Role | null)[] | undefined,
  emit: (j: number, h: number) => void): void {
  const cc = contextCodes(raws, lines, atoms);
  for (let j = 0; j < lines.length; j++) {
    contextCodeFeatures(cc.codes[j], (h) => emit(j, h));
    emit(j, cc.prevPair[j]);
    emit(j, cc.nextPair[j]);
  }
  hintFeatures(lines, hints, emit);
}

/**
 * The feature indices of every non-blank line of a page: its own atoms (salted), its context atoms,
 * its neighbours' context atoms (salted by offset) and `contextFeatures`. `hints` (HTML pages) adds
 * each line's hint and its neighbours' as features; pages without hints get none of these.
 * @example pageFeatures(['عنوان', '', 'نص طويل.'], generic, 1 << 16).lines // [0, 2]
 */
export function pageFeatures(pageRaws: string[], p: SplitProfile, dim: number, hints?: (Role | null)[]): PageFeatures {
  const raws = unwrapLines(pageRaws); // a hard-wrapped paragraph's lines read as the paragraph
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
