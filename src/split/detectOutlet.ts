/**
 * Outlet detection for a page: metadata, URL, text cue (corpus/outlets) outside citing contexts
 * (citingContext.ts: a page that quotes or cites an outlet is never attributed to it), then the
 * splitting profiles' layout cues.
 */
import type { PageMeta } from '../corpus/types';
import { campOfOutlet, loadOutlets, outletOfText, outletOfUrl, type Camp, type Outlet } from '../corpus/outlets';
import { splitLines } from './splitLines';
import { lineKey, lineKeyFirstUnit } from './lineKey';
import { detectProfileOutlet, loadProfileSpecs, PROFILES_DIR } from './profile';
import { isPageLevelCue, loadCitingRules, type CitingRules } from './citingContext';

const cueUnitsCache = new Map<string, Set<number>>();

/**
 * First code units of the profiles' layout cues (`detect.allOf`, as line keys) of a profiles folder,
 * cached per folder like the profiles themselves. (An empty cue matches any key, even the `''` left
 * for a line that is not keyed, so it needs no unit.)
 */
function layoutCueFirstUnits(dir: string): Set<number> {
  const hit = cueUnitsCache.get(dir);
  if (hit) return hit;
  const units = new Set<number>();
  for (const spec of loadProfileSpecs(dir).values()) {
    for (const cue of spec.detect?.allOf ?? []) {
      const key = lineKey(cue);
      if (key !== '') units.add(key.charCodeAt(0));
    }
  }
  cueUnitsCache.set(dir, units);
  return units;
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
  /** Citing contexts in which a cue does not count. Default: `loadCitingRules()` (data/outlets.yaml `citing:`). */
  citing?: CitingRules;
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
 * at page level (source lines such as «المصدر: عرب 48», headers, footers, datelines; never a cue
 * that is quoted, cited or credited: «قالت روسيا اليوم», «لـ"أورينت نت"», see `isPageLevelCue`),
 * else a profile's layout cues (Orient's comment layout), else null.
 * @example detectOutlet({text: seed000, meta: null}) // {outlet:'al_bawsala', source:'text_cue', camp:'syrian_opposition'}
 * @example detectOutlet({text: seed001, meta: null}) // {outlet:'orient_news', source:'profile', camp:'syrian_opposition'}
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
  const citing = options.citing ?? loadCitingRules();
  const text = input.text;
  const t = outletOfText(text, outlets, (at, cue) => isPageLevelCue(text, at, cue, citing));
  if (t) return done(t, 'text_cue');
  const dir = options.profilesDir ?? PROFILES_DIR;
  // Only lines whose key can start with a layout cue are keyed; the others cannot match any cue.
  const firstUnits = layoutCueFirstUnits(dir);
  const keys = splitLines(input.text).map((l) =>
    (l.text.length <= 300 && firstUnits.has(lineKeyFirstUnit(l.text)) ? lineKey(l.text) : ''));
  const p = detectProfileOutlet(keys, dir);
  return done(p ? p.outlet : null, 'profile');
}
