import * as path from 'path';

/** What a source note reports: the `info` of an analysis result. */
export interface SourceInfo {
  /** Seed of the bootstrap resampling. */
  seed: number;
  /** Bootstrap resamples. */
  resamples?: number;
  /** Lexicon version string. */
  lexiconVersion: string;
  /** Corpus root folder (only its last path component is printed). */
  corpusRoot: string;
  /** Number of pages analyzed. */
  pages?: number;
}

/**
 * The source note printed under every chart: corpus folder (name only, never the full local path),
 * page count, lexicon version, seed and resamples, so a figure in a paper can be traced to its run.
 * @example sourceNoteOf({seed: 1, resamples: 1000, lexiconVersion: '0.3', corpusRoot: '/x/data/corpus', pages: 5})
 * // 'Source: khitab · corpus «corpus» (5 pages) · lexicon 0.3 · seed 1, 1,000 resamples'
 */
export function sourceNoteOf(info: SourceInfo): string {
  const parts = ['Source: khitab'];
  const name = path.basename(info.corpusRoot.replace(/[\\/]+$/, '')) || info.corpusRoot;
  parts.push(`corpus «${name}»${info.pages !== undefined ? ` (${info.pages} pages)` : ''}`);
  parts.push(`lexicon ${info.lexiconVersion}`);
  parts.push(`seed ${info.seed}${info.resamples !== undefined ? `, ${info.resamples.toLocaleString('en-US')} resamples` : ''}`);
  return parts.join(' · ');
}
