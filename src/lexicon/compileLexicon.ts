/**
 * Compiling a lexicon into lookup tables for the matcher: a first-word index (Map) for exact
 * words and phrases, prefix/suffix maps for globs, and the list of any-hashtag markers.
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
}

/** A lexicon compiled for matching. Build with `compileLexicon`; reuse across articles. */
export interface CompiledLexicon {
  /** Marker to tell a compiled lexicon from a plain one. */
  compiled: true;
  /** The source lexicon. */
  lexicon: Lexicon;
  /** Markers in lexicon order. */
  markers: Marker[];
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

/**
 * Compiles a lexicon for `matchMarkers` (cached per Lexicon object).
 * @example compileLexicon(loadLexicon()).first.has('نظام') // true
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const hit = compiledCache.get(lexicon);
  if (hit) return hit;
  const c: CompiledLexicon = {
    compiled: true, lexicon, markers: lexicon.markers, first: new Map(), prefix: new Map(), prefixLengths: [],
    suffix: new Map(), suffixLengths: [], infix: [], anyHashtag: [], notFollowedBy: [], notPrecededBy: [], groupCount: 0, cache: new SpanCache(TOKEN_CACHE_LIMIT),
    rules: lexicon.stanceRules ? compileStanceRules(lexicon.stanceRules) : null,
  };
  const pl = new Set<number>();
  const sl = new Set<number>();
  const ids = [...new Set(lexicon.markers.map((m) => m.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rankOf = new Map(ids.map((id, r) => [id, r]));
  const groups = new Map<string, number>();
  lexicon.markers.forEach((m, i) => {
    c.notFollowedBy.push(keySet(m.notFollowedBy));
    c.notPrecededBy.push(keySet(m.notPrecededBy));
    const category = categoryOf(lexicon, m.category);
    for (const pat of m.patterns) {
      const firstKey = matchKey(pat.trim().split(/\s+/)[0]);
      for (const v of compilePattern(pat)) {
        const w0 = v.words[0];
        const group = category.overlap;
        if (!groups.has(group)) groups.set(group, groups.size);
        const p: Phrase = {
          marker: i, words: v.words, glob: v.glob, suffixes: m.suffixes,
          selfNegating: !category.negatable || NEGATORS.has(firstKey),
          group, groupIndex: groups.get(group) as number, rank: rankOf.get(m.id) as number, bare: !!m.bare,
        };
        if (v.glob === 'hashtag') c.anyHashtag.push(p);
        else if (v.glob === 'prefix') { add(c.prefix, w0.stem, p); pl.add(w0.stem.length); }
        else if (v.glob === 'suffix') { add(c.suffix, w0.stem, p); sl.add(w0.stem.length); }
        else if (v.glob === 'infix') c.infix.push(p);
        else add(c.first, w0.stem, p);
      }
    }
  });
  c.groupCount = groups.size;
  c.prefixLengths = [...pl].sort((a, b) => a - b);
  c.suffixLengths = [...sl].sort((a, b) => a - b);
  compiledCache.set(lexicon, c);
  return c;
}

/** True when the argument is already compiled. */
export function isCompiledLexicon(x: Lexicon | CompiledLexicon): x is CompiledLexicon {
  return (x as CompiledLexicon).compiled === true;
}
