/**
 * Compiling a lexicon into lookup tables for the matcher: a first-word index (Map) for exact
 * words and phrases, prefix/suffix maps for globs, and the list of any-hashtag markers; the
 * markers' sense guards (`exclude:`) get an index of the same shape.
 */
import type { Lexicon, Marker } from './types';
import { compilePattern } from './patterns';
import { NEGATORS } from './negators';
import { categoryOf } from './categoryOf';
import type { PatternWord } from './patterns';
import { matchKey } from '../text/matchKey';
import { SpanCache } from '../text/spanCache';
import { compileStanceRules, type CompiledStanceRules } from './compileStanceRules';

/** One compiled phrase variant of a marker. */
export interface Phrase {
  /** Index of the marker in `CompiledLexicon.markers`. */
  marker: number;
  /** Words in order. */
  words: PatternWord[];
  /** Glob kind of a single-word phrase, or null. */
  glob: 'prefix' | 'suffix' | 'infix' | 'hashtag' | null;
  /** Whether suffixes may follow the last word. */
  suffixes: boolean;
  /** Whether the phrase is itself a negation (a category with `negatable: false`, «لا للتطبيع»): never marked negated. */
  selfNegating: boolean;
  /** Overlap group of the marker's category (`Category.overlap`): longest match wins inside a group. */
  group: string;
  /** Index of `group` among the lexicon's groups (`CompiledLexicon.groupCount`). */
  groupIndex: number;
  /**
   * Rank of the marker id in code-unit order (equal ids, equal ranks): comparing ranks is
   * comparing ids, without a string comparison per sort step.
   */
  rank: number;
  /** Whether a hit of this phrase needs no preposition reading (the marker is `bare`). */
  bare: boolean;
  /** For a guard phrase: the index of its guard in the marker's `exclude` list; -1 for marker phrases. */
  guard: number;
}

/** Phrases indexed by how their first word is looked up (exact stem, glob core, any hashtag). */
export interface PhraseIndex {
  /** Exact first-word stem (or whole hashtag key) → phrases starting with it. */
  first: Map<string, Phrase[]>;
  /** Prefix-glob core → phrases; `prefixLengths` lists the distinct core lengths. */
  prefix: Map<string, Phrase[]>;
  prefixLengths: number[];
  /** Suffix-glob core → phrases; `suffixLengths` lists the distinct core lengths. */
  suffix: Map<string, Phrase[]>;
  suffixLengths: number[];
  /** Infix globs (`*core*`). */
  infix: Phrase[];
  /** `#*` phrases: any hashtag. */
  anyHashtag: Phrase[];
}

/** A marker's sense guard as the matcher reads it (its phrases are in `CompiledLexicon.guardIndex`). */
export interface CompiledGuard {
  /** Word tokens searched before / after the match. */
  before: number;
  after: number;
}

/** A lexicon compiled for matching (the index of marker phrases). Build with `compileLexicon`; reuse across articles. */
export interface CompiledLexicon extends PhraseIndex {
  /** Marker to tell a compiled lexicon from a plain one. */
  compiled: true;
  /** The source lexicon. */
  lexicon: Lexicon;
  /** Markers in lexicon order. */
  markers: Marker[];
  /** Sense guards per marker index (`Marker.exclude`), or null for a marker without guards. */
  guards: (CompiledGuard[] | null)[];
  /** Index of every guard phrase (`Phrase.marker` and `Phrase.guard` say whose guard it is). */
  guardIndex: PhraseIndex;
  /** Right/left exclusion keys per marker index (article-stripped keys), or null. */
  notFollowedBy: (Set<string> | null)[];
  notPrecededBy: (Set<string> | null)[];
  /** Number of distinct overlap groups (see `Phrase.groupIndex`). */
  groupCount: number;
  /**
   * Per-token analysis cache of the matcher (raw token → info, looked up by span), bounded to
   * `2 × TOKEN_CACHE_LIMIT` entries (see `SpanCache`).
   */
  cache: SpanCache<unknown>;
  /** The attitude × target rules (the lexicon's `stanceRules`), compiled, or null. */
  rules: CompiledStanceRules | null;
}

function keySet(words: string[] | undefined): Set<string> | null {
  if (!words || !words.length) return null;
  const s = new Set<string>();
  for (const w of words) {
    const k = matchKey(w.trim());
    s.add(k.startsWith('ال') && k.length >= 4 ? k.slice(2) : k);
  }
  return s;
}

function add(map: Map<string, Phrase[]>, key: string, p: Phrase): void {
  const l = map.get(key);
  if (l) l.push(p); else map.set(key, [p]);
}

/**
 * Entries per generation of the matcher's per-token cache. A 40 MB news corpus has ~100k distinct
 * tokens; the words that repeat (the bulk of the text) stay cached, rare ones are re-analyzed.
 */
export const TOKEN_CACHE_LIMIT = 50_000;

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();

function emptyIndex(): PhraseIndex {
  return { first: new Map(), prefix: new Map(), prefixLengths: [], suffix: new Map(), suffixLengths: [], infix: [], anyHashtag: [] };
}

/** Adds a phrase to an index by its glob kind; glob core lengths are collected in `pl`/`sl`. */
function indexPhrase(x: PhraseIndex, p: Phrase, pl: Set<number>, sl: Set<number>): void {
  const w0 = p.words[0];
  if (p.glob === 'hashtag') x.anyHashtag.push(p);
  else if (p.glob === 'prefix') { add(x.prefix, w0.stem, p); pl.add(w0.stem.length); }
  else if (p.glob === 'suffix') { add(x.suffix, w0.stem, p); sl.add(w0.stem.length); }
  else if (p.glob === 'infix') x.infix.push(p);
  else add(x.first, w0.stem, p);
}

function sortedLengths(s: Set<number>): number[] {
  return [...s].sort((a, b) => a - b);
}

/**
 * Compiles a lexicon for `matchMarkers` (cached per Lexicon object).
 * @example compileLexicon(loadLexicon()).first.has('نظام') // true
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = compiledCache.get(lexicon);
  if (hit) return hit;
  const c: CompiledLexicon = {
    compiled: true, lexicon, markers: lexicon.markers, ...emptyIndex(), guards: [], guardIndex: emptyIndex(),
    notFollowedBy: [], notPrecededBy: [], groupCount: 0, cache: new SpanCache(TOKEN_CACHE_LIMIT),
    rules: lexicon.stanceRules ? compileStanceRules(lexicon.stanceRules) : null,
  };
  const pl = new Set<number>();
  const sl = new Set<number>();
  const gpl = new Set<number>();
  const gsl = new Set<number>();
  const ids = [...new Set(lexicon.markers.map((m) => m.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(ids.map((id, r) => [id, r]));
  const groups = new Map<string, number>();
  lexicon.markers.forEach((m, i) => {
    c.notFollowedBy.push(keySet(m.notFollowedBy));
    c.notPrecededBy.push(keySet(m.notPrecededBy));
    const category = categoryOf(lexicon, m.category);
    const group = category.overlap;
    if (!groups.has(group)) groups.set(group, groups.size);
    const groupIndex = groups.get(group) as number;
    const rank = rankOf.get(m.id) as number;
    // One object literal with every field in one order: all phrases share one shape in the hot loop.
    const phrase = (v: { words: PatternWord[]; glob: Phrase['glob'] }, suffixes: boolean, selfNegating: boolean, bare: boolean, guard: number): Phrase => ({
      marker: i, words: v.words, glob: v.glob, suffixes, selfNegating, group, groupIndex, rank, bare, guard,
    });
    for (const pat of m.patterns) {
      const firstKey = matchKey(pat.trim().split(/\s+/)[0]);
      for (const v of compilePattern(pat)) {
        const selfNegating = !category.negatable || NEGATORS.has(firstKey);
        indexPhrase(c, phrase(v, m.suffixes, selfNegating, !!m.bare, -1), pl, sl);
      }
    }
    c.guards.push(m.exclude?.length ? m.exclude.map((g) => ({ before: g.before, after: g.after })) : null);
    (m.exclude ?? []).forEach((g, k) => {
      for (const pat of g.patterns) {
        for (const v of compilePattern(pat)) {
          indexPhrase(c.guardIndex, phrase(v, false, false, false, k), gpl, gsl);
        }
      }
    });
  });
  c.groupCount = groups.size;
  c.prefixLengths = sortedLengths(pl);
  c.suffixLengths = sortedLengths(sl);
  c.guardIndex.prefixLengths = sortedLengths(gpl);
  c.guardIndex.suffixLengths = sortedLengths(gsl);
  compiledCache.set(lexicon, c);
  return c;
}

/** True when the argument is already compiled. */
export function isCompiledLexicon(x: Lexicon | CompiledLexicon): x is CompiledLexicon {
  return (x as CompiledLexicon).compiled === true;
}
