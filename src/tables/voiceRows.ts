/**
 * voices.csv: the pages' voice counts added up per outlet × segment × voice, with the number of
 * pages each voice speaks on and a filter that finds its hits in hits.csv (the KWIC lines: `pre`,
 * `keyword`, `post`). The sourcing analysis of framing studies: whom each outlet gives voice to,
 * and with what stance.
 */
import { VOICES, type Voice } from '../stance/voices/voiceIds';
import type { VoiceRow } from './types';
import type { VoiceCount } from './voiceCounts';
import type { Segment } from './segments';

/** Running totals of one outlet × segment × voice. */
interface Totals { hits: number; support: number; oppose: number; conditional: number; pages: number }

/**
 * The condition that selects a voice's hits in hits.csv, in the syntax R's `dplyr::filter` and
 * pandas' `DataFrame.query` both read. The unknown outlet is `(unknown)` here as in hits.csv.
 * @example kwicFilterOf('orient_news', 'reporting', 'erdogan') // 'outlet=="orient_news" & segment=="reporting" & voice=="erdogan"'
 */
export function kwicFilterOf(outlet: string, segment: Segment, voice: Voice): string {
  return `outlet==${JSON.stringify(outlet)} & segment=="${segment}" & voice=="${voice}"`;
}

/**
 * Adds up pages' voice counts (`VoiceCount`) per outlet × segment × voice; `rows` gives voices.csv.
 * @example
 * const t = new VoiceTally();
 * t.add('orient_news', [{ segment: 'reporting', voice: 'erdogan', hits: 2, support: 1, oppose: 0, conditional: 0 }]);
 * t.rows()[0] // { outlet: 'orient_news', segment: 'reporting', voice: 'erdogan', hits: 2, support: 1, …, neutral: 1, pages: 1, kwicFilter: … }
 */
export class VoiceTally {
  /** outlet \0 segment \0 voice → totals. */
  private readonly totals = new Map<string, Totals>();

  /** Adds one page's counts (each (segment, voice) once per page: it counts one page). */
  add(outlet: string, counts: readonly VoiceCount[]): void {
    for (const c of counts) {
      const key = `${outlet}\u0000${c.segment}\u0000${c.voice}`;
      let t = this.totals.get(key);
      if (!t) this.totals.set(key, (t = { hits: 0, support: 0, oppose: 0, conditional: 0, pages: 0 }));
      t.hits += c.hits;
      t.support += c.support;
      t.oppose += c.oppose;
      t.conditional += c.conditional;
      t.pages++;
    }
  }

  /**
   * The rows of voices.csv, ordered by outlet, segment (reporting first), then voice in `VOICES`
   * order.
   */
  rows(): VoiceRow[] {
    const rows: VoiceRow[] = [];
    for (const [key, t] of this.totals) {
      const [outlet, segment, voice] = key.split('\u0000') as [string, Segment, Voice];
      rows.push({
        outlet, segment, voice, hits: t.hits, support: t.support, oppose: t.oppose, conditional: t.conditional,
        neutral: t.hits - t.support - t.oppose - t.conditional, pages: t.pages,
        kwicFilter: kwicFilterOf(outlet, segment, voice),
      });
    }
    const segOrder = (s: Segment) => (s === 'reporting' ? 0 : 1);
    return rows.sort((a, b) => (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0)
      || segOrder(a.segment) - segOrder(b.segment) || VOICES.indexOf(a.voice) - VOICES.indexOf(b.voice));
  }
}
