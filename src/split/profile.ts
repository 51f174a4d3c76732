/**
 * Splitter profiles: per-outlet layout rules kept in data (`data/profiles/<id>.yaml`), applied on top
 * of the `generic` profile. Adding an outlet = adding a profile file and a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { lineKey } from './lineKey';
import type { LinePatterns, LinePatternSpec } from './linePatterns';
import { compileLinePatterns, mergeLinePatternSpecs } from './linePatterns';

/** Default folder of the bundled profiles. */
export const PROFILES_DIR = path.resolve(__dirname, '../../data/profiles');

/** Comment layouts: where the meta line sits relative to the author and the text. */
export type CommentLayout = 'author_meta_text' | 'author_text_meta' | 'auto';

/** A profile as written in YAML (see data/README.md for every field). */
export interface ProfileSpec {
  id: string;
  description?: string;
  outlets?: string[];
  detect?: { allOf?: string[] };
  maxShortLine?: number;
  boilerplate?: LinePatternSpec;
  footerStart?: LinePatternSpec;
  category?: LinePatternSpec;
  categoryMaxWords?: number;
  byline?: LinePatternSpec;
  bylineMaxChars?: number;
  captionCredits?: string[];
  captionPrefix?: string[];
  caption?: LinePatternSpec;
  captionMaxChars?: number;
  readAlso?: LinePatternSpec;
  emojiHeadedBoilerplate?: boolean;
  comments?: {
    headers?: { words: string; count?: number }[];
    forms?: LinePatternSpec;
    actions?: LinePatternSpec;
    authorSuffixes?: string[];
    metaSeparators?: string[];
    trailingMetaCues?: string[];
    layout?: CommentLayout;
    maxAuthorWords?: number;
  };
}

/** A profile ready for the splitter: patterns compiled, words keyed. */
export interface SplitProfile {
  /** Profile id (`generic`, or the outlet profile's id). */
  id: string;
  /** Outlet ids the profile applies to. */
  outlets: string[];
  /** Layout cues (line keys) that must all start some line for the profile to identify its outlet. */
  detect: string[];
  maxShortLine: number;
  boilerplate: LinePatterns;
  footerStart: LinePatterns;
  category: LinePatterns;
  categoryMaxWords: number;
  byline: LinePatterns;
  bylineMaxChars: number;
  captionCredits: Set<string>;
  captionPrefix: string[];
  /** Caption and credit lines by pattern (embedded posts' credit lines), checked before date lines. */
  caption: LinePatterns;
  /** Longest line (code units) that `caption` patterns are tried on. */
  captionMaxChars: number;
  /** "Read also: <headline>" lines inside an article's text (links under the trained labeller, a hard constraint). */
  readAlso: LinePatterns;
  emojiHeadedBoilerplate: boolean;
  /** Header words (key, digits and brackets removed) → implicit count or null. */
  commentHeaders: Map<string, number | null>;
  commentForms: LinePatterns;
  commentActions: LinePatterns;
  authorSuffixes: string[];
  metaSeparators: string[];
  trailingMetaCues: string[];
  commentLayout: CommentLayout;
  maxAuthorWords: number;
}

/**
 * Merges an outlet profile spec over the generic one: lists are concatenated, scalars replaced.
 * @example mergeProfileSpecs({id:'generic', captionCredits:['AFP']}, {id:'x', captionCredits:['SANA']}).captionCredits // ['AFP','SANA']
 */
export function mergeProfileSpecs(base: ProfileSpec, over: ProfileSpec): ProfileSpec {
  const cat = <T>(a?: T[], b?: T[]): T[] => [...(a ?? []), ...(b ?? [])];
  const bc = base.comments ?? {};
  const oc = over.comments ?? {};
  return {
    ...base, ...over,
    outlets: over.outlets ?? [],
    detect: over.detect,
    boilerplate: mergeLinePatternSpecs(base.boilerplate, over.boilerplate),
    footerStart: mergeLinePatternSpecs(base.footerStart, over.footerStart),
    category: mergeLinePatternSpecs(base.category, over.category),
    byline: mergeLinePatternSpecs(base.byline, over.byline),
    captionCredits: cat(base.captionCredits, over.captionCredits),
    captionPrefix: cat(base.captionPrefix, over.captionPrefix),
    caption: mergeLinePatternSpecs(base.caption, over.caption),
    readAlso: mergeLinePatternSpecs(base.readAlso, over.readAlso),
    comments: {
      ...bc, ...oc,
      headers: cat(bc.headers, oc.headers),
      forms: mergeLinePatternSpecs(bc.forms, oc.forms),
      actions: mergeLinePatternSpecs(bc.actions, oc.actions),
      authorSuffixes: cat(bc.authorSuffixes, oc.authorSuffixes),
      metaSeparators: cat(bc.metaSeparators, oc.metaSeparators),
      trailingMetaCues: cat(bc.trailingMetaCues, oc.trailingMetaCues),
    },
  };
}

/** What `headerWords` strips (as a set of code units): digits, brackets and punctuation. */
const HEADER_STRIPPED_UNITS: ReadonlySet<number> = new Set(
  [...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹()[]{}:：.,،«»"“”\'|#·•-–'].map((c) => c.charCodeAt(0)));

/**
 * Strips digits, brackets and punctuation from a header line key, leaving its words.
 * @example headerWords('التعليقات (2)') // 'التعليقات'
 */
export function headerWords(key: string): string {
  return headerWordsWithin(key, Infinity)!;
}

/**
 * `headerWords(key)`, or null as soon as it is known to hold more than `max` units that are not
 * white space (so it is longer than `max`): lets the splitter test a line against short header
 * words without building the words of long lines. One pass: stripped characters and runs of
 * spaces become one space, and the ends are trimmed.
 * @example headerWordsWithin('(2) التعليقات', 12) // 'التعليقات'
 * @example headerWordsWithin('نص طويل لا يمكن أن يكون عنوان تعليقات', 12) // null
 */
export function headerWordsWithin(key: string, max: number): string | null {
  let out = '';
  let kept = 0;
  let pendingSpace = false;
  let run = -1; // start of the run of kept units being copied
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    if (c !== 32 && !HEADER_STRIPPED_UNITS.has(c)) {
      if (run < 0) {
        if (pendingSpace) { out += ' '; pendingSpace = false; }
        run = i;
      }
      if (!isJsWhiteSpace(c) && ++kept > max) return null;
      continue;
    }
    if (run >= 0) { out += key.slice(run, i); run = -1; }
    pendingSpace = true;
  }
  return out.trim();
}

/**
 * The first code unit of `headerWords(key)` without building it (-1 when it is empty): the first
 * unit of the key that is neither stripped nor white space. Lets the splitter skip the header
 * lookup for lines that cannot be a comment header.
 * @example firstHeaderWordUnit('(2) تعليقات') === 'ت'.charCodeAt(0) // true
 */
export function firstHeaderWordUnit(key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!HEADER_STRIPPED_UNITS.has(c) && !isJsWhiteSpace(c)) return c;
  }
  return -1;
}

/** True for the code units `String.prototype.trim` removes. */
function isJsWhiteSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Compiles a profile spec (normally generic merged with an outlet profile) for the splitter.
 * Throws when a regex is unsafe or the layout unknown.
 * @example compileProfile(loadProfileSpecs().get('generic')!).id // 'generic'
 */
export function compileProfile(spec: ProfileSpec): SplitProfile {
  const c = spec.comments ?? {};
  const layout = c.layout ?? 'auto';
  if (!['author_meta_text', 'author_text_meta', 'auto'].includes(layout)) throw new Error(`profile ${spec.id}: unknown comment layout '${layout}'`);
  const headers = new Map<string, number | null>();
  for (const h of c.headers ?? []) {
    if (h && typeof h.words === 'string') headers.set(headerWords(lineKey(h.words)), typeof h.count === 'number' ? h.count : null);
  }
  const strs = (xs: unknown): string[] => (Array.isArray(xs) ? xs.map(String) : []);
  return {
    id: spec.id,
    outlets: strs(spec.outlets),
    detect: strs(spec.detect?.allOf).map(lineKey),
    maxShortLine: spec.maxShortLine ?? 300,
    boilerplate: compileLinePatterns(spec.boilerplate),
    footerStart: compileLinePatterns(spec.footerStart),
    category: compileLinePatterns(spec.category),
    categoryMaxWords: spec.categoryMaxWords ?? 4,
    byline: compileLinePatterns(spec.byline),
    bylineMaxChars: spec.bylineMaxChars ?? 80,
    captionCredits: new Set(strs(spec.captionCredits).map(lineKey)),
    captionPrefix: strs(spec.captionPrefix).map(lineKey),
    caption: compileLinePatterns(spec.caption),
    captionMaxChars: spec.captionMaxChars ?? 80,
    readAlso: compileLinePatterns(spec.readAlso),
    emojiHeadedBoilerplate: spec.emojiHeadedBoilerplate ?? true,
    commentHeaders: headers,
    commentForms: compileLinePatterns(c.forms),
    commentActions: compileLinePatterns(c.actions),
    authorSuffixes: strs(c.authorSuffixes).map(lineKey),
    metaSeparators: strs(c.metaSeparators),
    trailingMetaCues: strs(c.trailingMetaCues).map(lineKey),
    commentLayout: layout,
    maxAuthorWords: c.maxAuthorWords ?? 12,
  };
}

const specCache = new Map<string, Map<string, ProfileSpec>>();

/**
 * Reads every `*.yaml` profile of a folder (default: data/profiles) into a map id → spec.
 * The folder must hold `generic.yaml`. Results are cached per folder.
 * @example [...loadProfileSpecs().keys()] // ['al_bawsala', 'generic', 'orient_news']
 */
export function loadProfileSpecs(dir: string = PROFILES_DIR): Map<string, ProfileSpec> {
  const hit = specCache.get(dir);
  if (hit) return hit;
  const out = new Map<string, ProfileSpec>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml') || x.endsWith('.yml')).sort()) {
    const spec = parse(readFileSync(path.join(dir, f), 'utf8')) as ProfileSpec;
    if (!spec || typeof spec.id !== 'string') throw new Error(`profile ${f}: missing 'id'`);
    out.set(spec.id, spec);
  }
  if (!out.has('generic')) throw new Error(`profiles folder ${dir} has no generic.yaml`);
  specCache.set(dir, out);
  return out;
}

const compiledCache = new Map<string, SplitProfile>();

/**
 * Returns the compiled profile for an outlet: generic merged with the profile listing that outlet
 * (or the profile of that id), or generic alone. Cached.
 * @example profileForOutlet('orient_news').id // 'orient_news'
 * @example profileForOutlet(null).id // 'generic'
 */
export function profileForOutlet(outlet: string | null | undefined, dir: string = PROFILES_DIR): SplitProfile {
  const cacheKey = `${dir}\u0000${outlet ?? ''}`;
  const hit = compiledCache.get(cacheKey);
  if (hit) return hit;
  const specs = loadProfileSpecs(dir);
  const generic = specs.get('generic')!;
  let own: ProfileSpec | undefined;
  if (outlet) {
    for (const s of specs.values()) {
      if (s.id !== 'generic' && (s.id === outlet || (s.outlets ?? []).includes(outlet))) { own = s; break; }
    }
  }
  const compiled = compileProfile(own ? mergeProfileSpecs(generic, own) : generic);
  compiledCache.set(cacheKey, compiled);
  return compiled;
}

/**
 * Finds the outlet whose profile layout cues (`detect.allOf`) all start some line of the text;
 * returns `{outlet, profile}` or null. Used as the last resort of outlet detection.
 * @example detectProfileOutlet(seed003Text) // {outlet: 'orient_news', profile: 'orient_news'}
 */
export function detectProfileOutlet(lineKeys: string[], dir: string = PROFILES_DIR): { outlet: string; profile: string } | null {
  for (const spec of loadProfileSpecs(dir).values()) {
    const cues = (spec.detect?.allOf ?? []).map(lineKey);
    if (cues.length === 0 || !spec.outlets?.length) continue;
    if (cues.every((c) => lineKeys.some((k) => k.startsWith(c)))) return { outlet: spec.outlets[0], profile: spec.id };
  }
  return null;
}
