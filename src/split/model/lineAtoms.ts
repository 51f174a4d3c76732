/**
 * What the line labeller sees in one line on its own ("atoms"): its shape atoms (`lineShape`) and
 * its lexical atoms (first and last word, the key of a short line). Names are hashed (FNV-1a) so the
 * model's feature space stays bounded; short lines' atoms are memoized per profile, since the same
 * chrome lines recur on page after page.
 */
import { fnv1a32, fnv1aSpan } from '../../corpus/fnv1a';
import type { SplitProfile } from '../profile';
import { edgeWords, lineShapeOf, newLineFacts, readLine, readLineFacts, shapeAtomNames, type LineFacts, type LineShape } from './lineShape';
import { ShapeTable } from './shapeTable';
import { lineKeyHash } from '../lineKey';

/** A line's atoms: its shape, and its lexical atoms (first and last word, the key of a short line) hashed. */
export interface LineAtoms {
  /** The shape (see `shapeAtomNames` for its atoms). */
  shape: LineShape;
  /** Hashes of the lexical atoms (own position only). */
  lex: number[];
  /** Equal for lines of equal shape: set only when `shapeId` is −1 (else ''). */
  sig: string;
  /** A small integer per distinct shape (`ShapeTable`), or −1 once `MAX_SHAPE_IDS` shapes have ids. */
  shapeId: number;
  /** Hash of the rule kind alone (for the kind conjunctions). */
  kind: number;
  /** The line key when the line is short (≤ 80 code units), else null (for repeat detection). */
  key: string | null;
}

/** Atom names before hashing (what `lineAtoms` hashes; for tests and debugging). */
export interface LineAtomNames {
  /** Shape atoms used only at the line's own position. */
  own: string[];
  /** Shape atoms also seen from the neighbours (±1, ±2). */
  ctx: string[];
  /** Lexical atoms (own position only). */
  lex: string[];
  /** The kind atom. */
  kind: string;
  /** As `LineAtoms.key`. */
  key: string | null;
}

/**
 * The atom names of one line (see `LineAtoms`). Shares are bucketed: Arabic / Latin letters and digits
 * as a fraction of non-space characters, 0 | ≤ .3 | ≤ .7 | ≤ .9 | more.
 * @example lineAtomNames('التعليقات (2)', generic).ctx // ['kind=comment_header', 'len=1', 'w=1', 'end=)', 'ar=3', 'lat=0']
 */
export function lineAtomNames(raw: string, p: SplitProfile): LineAtomNames {
  const r = readLine(raw, p);
  const [w0, wN] = edgeWords(r);
  const lex = [`w0=${w0}`, `wN=${wN}`];
  if (r.key !== null && r.key.length <= 40) lex.push(`key=${r.key}`);
  return { ...shapeAtomNames(r.shape), lex, kind: `kind=${r.shape.kind}`, key: r.key };
}

/** FNV-1a states after the lexical atoms' prefixes (hashing the rest continues from them). */
const W0 = fnv1a32('w0=');
const WN = fnv1a32('wN=');
const KEY = fnv1a32('key=');

let table: ShapeTable | null = null;
let facts: LineFacts | null = null;

/** Memo of short lines' atoms per profile (emptied when full). */
const memo = new WeakMap<SplitProfile, Map<string, LineAtoms>>();
/** Longest line (code units) whose atoms are memoized. */
export const ATOM_MEMO_MAX_CHARS = 80;
const MEMO_MAX_ENTRIES = 8192;

/** The signature of a shape (equal for equal shapes), the memo key of shapes past `MAX_SHAPE_IDS`. */
function signature(s: LineShape): string {
  const b = s.buckets;
  return `${s.rule}\u0001${s.end}\u0001${s.start}\u0001${String.fromCharCode(b[0], b[1], b[2], b[3], b[4], s.flags, ...s.words)}`;
}

/**
 * The atoms of one non-blank line (`lineAtomNames`, lexical ones hashed with `fnv1a32`), memoized
 * for short lines. The result may be shared and must not be changed.
 * @example lineAtoms('التعليقات (2)', generic).kind === fnv1a32('kind=comment_header') // true
 */
export function lineAtoms(raw: string, p: SplitProfile): LineAtoms {
  const short = raw.length <= ATOM_MEMO_MAX_CHARS;
  let m = memo.get(p);
  if (short) {
    if (!m) { m = new Map(); memo.set(p, m); }
    const hit = m.get(raw);
    if (hit) return hit;
  }
  facts ??= newLineFacts();
  table ??= new ShapeTable(facts.words.length);
  const f = readLineFacts(raw, p, facts);
  const t = f.t;
  const lex = [lineKeyHash(t, 0, f.w0End, W0), lineKeyHash(t, f.wNStart, t.length, WN)];
  const key = f.key;
  if (key !== null && key.length <= 40) lex.push(fnv1aSpan(key, 0, key.length, KEY));
  const shapeId = table.idOf(f);
  let a: LineAtoms;
  if (shapeId >= 0) {
    a = { shape: table.shape(shapeId), lex, kind: table.kindHash(shapeId), key: key === null ? null : (' ' + key).slice(1), sig: '', shapeId };
  } else {
    const shape = lineShapeOf(f);
    a = { shape, lex, kind: fnv1a32(`kind=${shape.kind}`), key: key === null ? null : (' ' + key).slice(1), sig: signature(shape), shapeId };
  }
  if (short && m) {
    if (m.size >= MEMO_MAX_ENTRIES) m.clear();
    m.set((' ' + raw).slice(1), a);
  }
  return a;
}
