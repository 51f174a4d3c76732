/**
 * The outlet registry (data/outlets.yaml): outlets, camps, and an outlet from a URL or a text cue.
 * Detection for a whole page (adding the splitting profiles' layout cues) is `split/detectOutlet`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PageMeta } from './types';
import type { SkipSearch } from './skipSearch';
import { compileSkipSearch, MIN_SKIP_LITERAL, skipSearch } from './skipSearch';

/** Editorial camps used to group outlets (see data/README.md; conventional, to be reviewed). */
export type Camp = 'syrian_opposition' | 'syrian_government' | 'kurdish_aanes' | 'turkish' | 'pan_arab' | 'russian_iranian' | 'other';

/**
 * The camps in canonical order.
 * @example CAMPS[0] // 'syrian_opposition'
 */
export const CAMPS: readonly Camp[] = ['syrian_opposition', 'syrian_government', 'kurdish_aanes', 'turkish', 'pan_arab', 'russian_iranian', 'other'];

/** One outlet of the registry. */
export interface Outlet {
  /** Canonical id (snake_case). */
  id: string;
  /** Arabic name. */
  nameAr: string;
  /** English name. */
  nameEn: string;
  /** Web hosts (optionally with a path prefix, `bbc.com/arabic`). */
  domains: string[];
  /** Literal strings whose presence in a page names the outlet. */
  cues: string[];
  /** Conventional editorial camp. */
  camp: Camp;
  /** Why the camp was chosen, and caveats. */
  alignmentNote: string;
}

/** Default registry file. */
export const OUTLETS_FILE = path.resolve(__dirname, '../../data/outlets.yaml');

const cache = new Map<string, Outlet[]>();

const documents = new Map<string, unknown>();

/**
 * The parsed YAML of an outlet registry file, read once per file (the outlet list and the citing
 * rules, `split/citingContext.ts`, both come from it).
 * @example (outletsDocument() as { outlets: unknown[] }).outlets.length > 0 // true
 */
export function outletsDocument(file: string = OUTLETS_FILE): unknown {
  if (!documents.has(file)) documents.set(file, parse(readFileSync(file, 'utf8')) ?? {});
  return documents.get(file);
}

/**
 * Loads and validates the outlet registry (cached per file). Throws on a missing id, a duplicate id
 * or an unknown camp, naming the entry.
 * @example loadOutlets().find((o) => o.id === 'orient_news')?.camp // 'syrian_opposition'
 */
export function loadOutlets(file: string = OUTLETS_FILE): Outlet[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = outletsDocument(file) as { outlets?: Record<string, unknown>[] };
  const seen = new Set<string>();
  const out = (doc.outlets ?? []).map((o, i): Outlet => {
    const id = String(o.id ?? '');
    if (!/^[a-z0-9_]+$/.test(id)) throw new Error(`${file}: outlet #${i + 1} has no valid id`);
    if (seen.has(id)) throw new Error(`${file}: duplicate outlet id '${id}'`);
    seen.add(id);
    const camp = String(o.camp) as Camp;
    if (!CAMPS.includes(camp)) throw new Error(`${file}: outlet '${id}' has unknown camp '${camp}'`);
    const strs = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : []);
    return {
      id, nameAr: String(o.name_ar ?? ''), nameEn: String(o.name_en ?? ''), domains: strs(o.domains).map((d) => d.toLowerCase()),
      cues: strs(o.cues), camp, alignmentNote: String(o.alignment_note ?? ''),
    };
  });
  cache.set(file, out);
  return out;
}

/**
 * Camp of every outlet that has one, by outlet id (for the `camp` column of articles.csv).
 * @example campsOfOutlets().get('orient_news') // 'syrian_opposition'
 */
export function campsOfOutlets(outlets: Outlet[] = loadOutlets()): Map<string, string> {
  const camps = new Map<string, string>();
  for (const o of outlets) if (o.camp) camps.set(o.id, o.camp);
  return camps;
}

/**
 * The camp of an outlet id, or null when the id is unknown or null.
 * @example campOfOutlet('sana') // 'syrian_government'
 */
export function campOfOutlet(id: string | null | undefined, outlets: Outlet[] = loadOutlets()): Camp | null {
  return id ? outlets.find((o) => o.id === id)?.camp ?? null : null;
}

/**
 * The outlet of a URL by its host (a subdomain matches its parent; `www.` and `m.` ignored; entries
 * with a path match by path prefix; the longest entry wins), or null.
 * @example outletOfUrl('https://www.orient-news.net/ar/news_show/1') // 'orient_news'
 */
export function outletOfUrl(url: string, outlets: Outlet[] = loadOutlets()): string | null {
  let u: URL;
  try { u = new URL(url.includes('://') ? url : `https://${url}`); } catch { return null; }
  const host = u.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const p = u.pathname.toLowerCase();
  let best: string | null = null;
  let bestLen = 0;
  for (const o of outlets) {
    for (const d of o.domains) {
      const slash = d.indexOf('/');
      const dh = slash < 0 ? d : d.slice(0, slash);
      const dp = slash < 0 ? '' : d.slice(slash);
      if ((host === dh || host.endsWith(`.${dh}`)) && (dp === '' || p === dp || p.startsWith(`${dp}/`)) && d.length > bestLen) {
        best = o.id; bestLen = d.length;
      }
    }
  }
  return best;
}

/** One cue of an outlet. */
export interface CueEntry {
  /** The cue's text. */
  cue: string;
  /** Index of its outlet in the registry. */
  outlet: number;
}

/** The cues of a registry compiled for one scan of a text (see `compileCueScanner`). */
export interface CueScanner {
  /**
   * Matches any short cue (under `MIN_SKIP_LITERAL` code units; literal alternation, global): finds
   * the next position where one starts. Null when there is none.
   */
  anyCue: RegExp | null;
  /** Short cues by first code unit. */
  byFirstUnit: Map<number, CueEntry[]>;
  /** The long cues (the distinct texts) for a skip search, or null when there is none. */
  longCues: SkipSearch | null;
  /** Entries of each long cue text, by its index in `longCues.literals`. */
  longEntries: CueEntry[][];
}

const scannerCache = new WeakMap<Outlet[], CueScanner>();

/** Escapes a literal for a regular expression. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression source matching any of some non-empty literals, factored as a trie on shared
 * prefixes (V8 then tests each common prefix once per position instead of once per literal).
 * @example literalTrie(['دمشق-سانا', 'دمشق - سانا']) // 'دمشق(?:-سانا| - سانا)'
 */
export function literalTrie(words: string[]): string {
  const byFirst = new Map<string, string[]>();
  let endsHere = false;
  for (const w of words) {
    if (w === '') { endsHere = true; continue; }
    const rest = byFirst.get(w[0]);
    if (rest) rest.push(w.slice(1)); else byFirst.set(w[0], [w.slice(1)]);
  }
  const alts = [...byFirst].map(([c, rest]) => escapeRegExp(c) + (rest.length === 1 ? escapeRegExp(rest[0]) : literalTrie(rest)));
  if (endsHere) alts.push('');
  return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
}

/**
 * Compiles a registry's cues for `outletOfText` (cached per registry array, released with it): long
 * cues for a skip search that reads a fraction of the text, short ones for one regular expression
 * finding the positions where one starts, bucketed by first code unit to tell which ones. A text is
 * scanned once for all cues instead of once per cue.
 * @example compileCueScanner(loadOutlets()).byFirstUnit.get('R'.charCodeAt(0))?.[0].cue // 'RT عربي'
 */
export function compileCueScanner(outlets: Outlet[]): CueScanner {
  const hit = scannerCache.get(outlets);
  if (hit) return hit;
  const byFirstUnit = new Map<number, CueEntry[]>();
  const longIndex = new Map<string, number>();
  const longEntries: CueEntry[][] = [];
  outlets.forEach((o, outlet) => {
    for (const cue of o.cues) {
      if (!cue) continue;
      if (cue.length >= MIN_SKIP_LITERAL) {
        let li = longIndex.get(cue);
        if (li === undefined) { li = longEntries.length; longIndex.set(cue, li); longEntries.push([]); }
        longEntries[li].push({ cue, outlet });
        continue;
      }
      const c = cue.charCodeAt(0);
      let list = byFirstUnit.get(c);
      if (!list) { list = []; byFirstUnit.set(c, list); }
      list.push({ cue, outlet });
    }
  });
  const shortCues = [...new Set([...byFirstUnit.values()].flat().map((e) => e.cue))];
  const scanner: CueScanner = {
    anyCue: shortCues.length ? new RegExp(literalTrie(shortCues), 'g') : null,
    byFirstUnit,
    longCues: longEntries.length ? compileSkipSearch([...longIndex.keys()]) : null,
    longEntries,
  };
  scannerCache.set(outlets, scanner);
  return scanner;
}

/**
 * The outlet named by text cues: the outlet with the most cue occurrences (ties: the earliest
 * occurrence), or null. Cues are literal; each cue's occurrences are counted without overlap
 * (leftmost first, as repeated `indexOf` from the end of the previous one). One pass over the text
 * for the long cues and one for the short ones. `accept` (default: every occurrence) decides which
 * occurrences count: the splitter passes its citing-context rule (src/split/citingContext.ts), so
 * «قالت روسيا اليوم» names no outlet; a rejected occurrence still takes its place among its cue's
 * occurrences (the set of occurrences does not depend on `accept`).
 * @example outletOfText('…\nالمصدر: عرب 48\n…') // 'arab48'
 */
export function outletOfText(text: string, outlets: Outlet[] = loadOutlets(), accept?: (at: number, cue: string) => boolean): string | null {
  const { anyCue, byFirstUnit, longCues, longEntries } = compileCueScanner(outlets);
  if (!anyCue && !longCues) return null; // a registry without cues names no outlet
  const count = new Array<number>(outlets.length).fill(0);
  const first = new Array<number>(outlets.length).fill(Infinity);
  // Per cue entry: where its previous occurrence ended (occurrences of one cue do not overlap).
  // Each entry's occurrences arrive in text order (an entry is either long or short).
  const nextFree = new Map<CueEntry, number>();
  const visit = (entry: CueEntry, i: number): void => {
    const free = nextFree.get(entry);
    if (free !== undefined && i < free) return;
    nextFree.set(entry, i + entry.cue.length);
    if (accept && !accept(i, entry.cue)) return;
    count[entry.outlet]++;
    if (i < first[entry.outlet]) first[entry.outlet] = i;
  };
  if (longCues) skipSearch(text, longCues, (li, at) => { for (const entry of longEntries[li]) visit(entry, at); });
  if (anyCue) {
    anyCue.lastIndex = 0;
    // Visit every position where some short cue starts: search again from one past the previous match.
    for (let m = anyCue.exec(text); m !== null; m = anyCue.exec(text)) {
      const i = m.index;
      anyCue.lastIndex = i + 1;
      for (const entry of byFirstUnit.get(text.charCodeAt(i))!) if (text.startsWith(entry.cue, i)) visit(entry, i);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  let bestPos = Infinity;
  for (let o = 0; o < outlets.length; o++) {
    const c = count[o];
    if (c > bestCount || (c === bestCount && c > 0 && first[o] < bestPos)) { best = outlets[o].id; bestCount = c; bestPos = first[o]; }
  }
  return best;
}
