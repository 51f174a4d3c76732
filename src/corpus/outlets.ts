/**
 * The outlet registry (data/outlets.yaml) and outlet detection for a page.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { PageMeta } from './types';
import { splitLines } from '../split/splitLines';
import { lineKey } from '../split/lineKey';
import { detectProfileOutlet, PROFILES_DIR } from '../split/profile';

/** Editorial camps used to group outlets (see data/README.md; conventional, to be reviewed). */
export type Camp = 'syrian_opposition' | 'syrian_government' | 'kurdish_aanes' | 'turkish' | 'pan_arab' | 'russian_iranian' | 'other';

/** The camps in canonical order. */
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

/**
 * Loads and validates the outlet registry (cached per file). Throws on a missing id, a duplicate id
 * or an unknown camp, naming the entry.
 * @example loadOutlets().find((o) => o.id === 'orient_news')?.camp // 'syrian_opposition'
 */
export function loadOutlets(file: string = OUTLETS_FILE): Outlet[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = parse(readFileSync(file, 'utf8')) as { outlets?: Record<string, unknown>[] };
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

/**
 * The outlet named by text cues: the outlet with the most cue occurrences (ties: the earliest
 * occurrence), or null. Cues are literal; lines are compared raw and on line keys.
 * @example outletOfText('…\nالمصدر: عرب 48\n…') // 'arab48'
 */
export function outletOfText(text: string, outlets: Outlet[] = loadOutlets()): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let bestPos = Infinity;
  for (const o of outlets) {
    let count = 0;
    let first = Infinity;
    for (const c of o.cues) {
      if (!c) continue;
      for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + c.length)) { count++; if (i < first) first = i; }
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestPos)) { best = o.id; bestCount = count; bestPos = first; }
  }
  return best;
}

/** Input of `detectOutlet`. */
export interface DetectOutletInput {
  /** The page's metadata row, if any. */
  meta?: PageMeta | null;
  /** The page text. */
  text: string;
}

/** Options of `detectOutlet`. */
export interface DetectOutletOptions {
  /** Registry. Default: `loadOutlets()`. */
  outlets?: Outlet[];
  /** Profiles folder for layout detection. Default: data/profiles. */
  profilesDir?: string;
}

/** The detected outlet, how it was found, and its camp. */
export interface DetectedOutlet {
  /** Canonical outlet id, or null. */
  outlet: string | null;
  /** `metadata`, `url`, `text_cue`, `profile`, or null when not found. */
  source: 'metadata' | 'url' | 'text_cue' | 'profile' | null;
  /** Camp of the outlet, or null. */
  camp: Camp | null;
}

/**
 * Detects a page's outlet: the metadata `outlet`, else the host of the metadata `url`, else text cues
 * (source lines such as «المصدر: عرب 48», self-references such as «أورينت نت»), else a profile's
 * layout cues (Orient's comment layout), else null.
 * @example detectOutlet({text: seed001, meta: null}) // {outlet:'orient_news', source:'text_cue', camp:'syrian_opposition'}
 */
export function detectOutlet(input: DetectOutletInput, options: DetectOutletOptions = {}): DetectedOutlet {
  const outlets = options.outlets ?? loadOutlets();
  const done = (outlet: string | null, source: DetectedOutlet['source']): DetectedOutlet =>
    ({ outlet, source: outlet ? source : null, camp: campOfOutlet(outlet, outlets) });
  if (input.meta?.outlet) return done(input.meta.outlet, 'metadata');
  if (input.meta?.url) {
    const o = outletOfUrl(input.meta.url, outlets);
    if (o) return done(o, 'url');
  }
  const t = outletOfText(input.text, outlets);
  if (t) return done(t, 'text_cue');
  const keys = splitLines(input.text).map((l) => (l.text.length <= 300 ? lineKey(l.text) : ''));
  const p = detectProfileOutlet(keys, options.profilesDir ?? PROFILES_DIR);
  return done(p ? p.outlet : null, 'profile');
}
