/**
 * Line patterns written in profile data files, compiled once and matched against line keys.
 */
import { lineKey } from './lineKey';

/** Patterns as written in a profile file. All literals are compared on line keys (see `lineKey`). */
export interface LinePatternSpec {
  /** The whole line equals one of these. */
  exact?: string[];
  /** The line starts with one of these. */
  prefix?: string[];
  /** The line ends with one of these. */
  suffix?: string[];
  /** The line contains one of these. */
  contains?: string[];
  /** Simple regexes, anchored with `^`, tested on the line key; nested quantifiers are refused. */
  regex?: string[];
}

/**
 * Compiled patterns: a set for exact lines, key lists for the rest, regexes compiled once; prefixes
 * and suffixes are also indexed by their first / last code unit, so a line is only compared with
 * the few literals that can match it.
 */
export interface LinePatterns {
  exact: Set<string>;
  prefix: string[];
  suffix: string[];
  contains: string[];
  regex: RegExp[];
  /** `prefix` grouped by first code unit. */
  prefixByFirst: Map<number, string[]>;
  /** `suffix` grouped by last code unit. */
  suffixByLast: Map<number, string[]>;
  /** Length of the longest `exact` key: a longer line key is not looked up (hashing it costs a scan). */
  exactMaxLength: number;
}

/** Groups strings by the code unit at `at(s)`. */
function groupByUnit(xs: string[], at: (s: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const x of xs) {
    const c = at(x);
    const list = m.get(c);
    if (list) list.push(x); else m.set(c, [x]);
  }
  return m;
}

/** A group with a quantifier inside, itself quantified: `(a+)+`, `(\w*)*`, `(x{2,})+` … */
const NESTED_QUANTIFIER = /\([^)]*[+*}][^)]*\)\s*[+*{?]/;

/**
 * Compiles a profile regex after checking it cannot backtrack catastrophically: it must start with
 * `^`, be at most 200 characters, have no backreference and no quantified group containing a
 * quantifier. Throws with the reason otherwise (profiles are checked when they are loaded).
 * @example compileSafeRegex('^#?[0-9]{1,4}\\.?$').test('#2') // true
 * @example compileSafeRegex('^(a+)+$') // throws: nested quantifier
 */
export function compileSafeRegex(source: string): RegExp {
  if (!source.startsWith('^')) throw new Error(`profile regex must be anchored with ^: ${source}`);
  if (source.length > 200) throw new Error(`profile regex longer than 200 characters: ${source.slice(0, 40)}…`);
  if (/\\[1-9]|\\k</.test(source)) throw new Error(`profile regex may not use backreferences: ${source}`);
  if (NESTED_QUANTIFIER.test(source)) throw new Error(`profile regex has a nested quantifier (catastrophic backtracking): ${source}`);
  return new RegExp(source, 'u');
}

/**
 * Compiles a pattern spec: literals are turned into line keys once, regexes checked and compiled once.
 * @example matchLinePatterns(compileLinePatterns({prefix: ['Share on ']}), lineKey('Share on whatsapp')) // 'prefix'
 */
export function compileLinePatterns(spec: LinePatternSpec | undefined | null): LinePatterns {
  const keys = (xs: unknown): string[] =>
    Array.isArray(xs) ? xs.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map((x) => lineKey(String(x))).filter((k) => k !== '') : [];
  const prefix = keys(spec?.prefix);
  const suffix = keys(spec?.suffix);
  const exact = keys(spec?.exact);
  return {
    exact: new Set(exact),
    prefix,
    suffix,
    contains: keys(spec?.contains),
    regex: (Array.isArray(spec?.regex) ? spec!.regex : []).map((r) => compileSafeRegex(String(r))),
    prefixByFirst: groupByUnit(prefix, (x) => x.charCodeAt(0)),
    suffixByLast: groupByUnit(suffix, (x) => x.charCodeAt(x.length - 1)),
    exactMaxLength: exact.reduce((m, x) => Math.max(m, x.length), 0),
  };
}

/**
 * Matches a line key against compiled patterns and returns the kind that matched
 * (`exact`, `prefix`, `suffix`, `contains`, `regex`) or null.
 * @example matchLinePatterns(compileLinePatterns({exact: ['Facebook']}), 'facebook') // 'exact'
 */
export function matchLinePatterns(p: LinePatterns, key: string): string | null {
  if (key === '') return matchRegexes(p, key); // no literal is empty
  if (key.length <= p.exactMaxLength && p.exact.has(key)) return 'exact';
  const prefixes = p.prefixByFirst.get(key.charCodeAt(0));
  if (prefixes) for (const x of prefixes) if (key.startsWith(x)) return 'prefix';
  const suffixes = p.suffixByLast.get(key.charCodeAt(key.length - 1));
  if (suffixes) for (const x of suffixes) if (key.endsWith(x)) return 'suffix';
  for (const x of p.contains) if (key.includes(x)) return 'contains';
  return matchRegexes(p, key);
}

/** The `regex` kind of `matchLinePatterns`: 'regex' when one of the regexes matches, else null. */
function matchRegexes(p: LinePatterns, key: string): string | null {
  for (const r of p.regex) if (r.test(key)) return 'regex';
  return null;
}

/**
 * One set of compiled patterns matching a key exactly when one of `groups` matches it (the kind it
 * returns is not the groups' own). Lets a caller test several groups with one lookup and consult
 * them one by one only on a hit.
 * @example matchLinePatterns(unionLinePatterns([compileLinePatterns({exact: ['x']}), compileLinePatterns({prefix: ['y']})]), 'yz') // 'prefix'
 */
export function unionLinePatterns(groups: LinePatterns[]): LinePatterns {
  const prefix = groups.flatMap((g) => g.prefix);
  const suffix = groups.flatMap((g) => g.suffix);
  return {
    exact: new Set(groups.flatMap((g) => [...g.exact])),
    prefix,
    suffix,
    contains: groups.flatMap((g) => g.contains),
    regex: groups.flatMap((g) => g.regex),
    prefixByFirst: groupByUnit(prefix, (x) => x.charCodeAt(0)),
    suffixByLast: groupByUnit(suffix, (x) => x.charCodeAt(x.length - 1)),
    exactMaxLength: Math.max(0, ...groups.map((g) => g.exactMaxLength)),
  };
}

/** Concatenates two pattern specs (the outlet profile's lists after the generic ones). */
export function mergeLinePatternSpecs(a: LinePatternSpec | undefined, b: LinePatternSpec | undefined): LinePatternSpec {
  const cat = (x?: string[], y?: string[]): string[] => [...(x ?? []), ...(y ?? [])];
  return {
    exact: cat(a?.exact, b?.exact), prefix: cat(a?.prefix, b?.prefix), suffix: cat(a?.suffix, b?.suffix),
    contains: cat(a?.contains, b?.contains), regex: cat(a?.regex, b?.regex),
  };
}
