/**
 * A page's stance hits per voice: what voices.csv adds up (outlet × segment × voice) and what
 * splits articles.csv's stance into the outlet's own (authorial) and the reported (each hit's stance:
 * `stanceOfHit`).
 */
import type { CategorySet } from '../lexicon/types';
import { stanceOfHit } from '../stance/scoreStance';
import type { Voice } from '../stance/voices/voiceIds';
import type { HitRow } from './types';
import type { Segment } from './segments';

/** Hits of one segment × voice on one page. */
export interface VoiceCount {
  /** `reporting` or `comments`. */
  segment: Segment;
  /** The hits' voice (`HitRow.voice`). */
  voice: Voice;
  /** All hits of the voice, with or without a stance. */
  hits: number;
  /** Hits counted as support (as the stance index counts them: not negated, category `stance: support`). */
  support: number;
  /** Hits counted as oppose (not negated, category `stance: oppose`). */
  oppose: number;
  /** Hits of a precondition (not negated, category `stance: conditional`). */
  conditional: number;
}

/**
 * A page's hits counted per (segment, voice), in order of first occurrence.
 * @example voiceCountsOf([{ segment: 'reporting', voice: 'erdogan', category: 'stance_support', negated: false }], lexicon)
 * // [{ segment: 'reporting', voice: 'erdogan', hits: 1, support: 1, oppose: 0, conditional: 0 }]
 */
export function voiceCountsOf(hits: readonly Pick<HitRow, 'segment' | 'voice' | 'category' | 'negated'>[], lexicon: CategorySet): VoiceCount[] {
  const out: VoiceCount[] = [];
  for (const h of hits) {
    let c = out.find((x) => x.segment === h.segment && x.voice === h.voice);
    if (!c) out.push((c = { segment: h.segment, voice: h.voice, hits: 0, support: 0, oppose: 0, conditional: 0 }));
    c.hits++;
    const s = stanceOfHit(h, lexicon);
    if (s) c[s]++;
  }
  return out;
}
