/**
 * Which lexicon an analysis uses, and how its version is named in sidecars and source notes: both
 * the in-memory API and `khitab analyze` resolve their `lexicon` option here.
 */
import type { Lexicon } from './types';
import { loadLexicon, lexiconPathsWith } from './loadLexicon';
import { lexiconFilesVersion } from './lexiconVersion';

/**
 * The lexicon to use: the one given, or the shipped codebook followed by the extra files given.
 * @example resolveLexicon(undefined).files.length // 1 (the shipped codebook)
 * @example resolveLexicon(['my.yaml']).files.length // 2
 */
export function resolveLexicon(lexicon: Lexicon | string[] | undefined): Lexicon {
  if (lexicon === undefined) return loadLexicon(lexiconPathsWith([]));
  return Array.isArray(lexicon) ? loadLexicon(lexiconPathsWith(lexicon)) : lexicon;
}

/**
 * The version string of a lexicon: each file's declared version (or the first 12 hex digits of its
 * hash), joined with `+`.
 * @example lexiconVersion(loadLexicon()) // 'codebook@1.0.0'
 */
export function lexiconVersion(lexicon: Lexicon): string {
  return lexiconFilesVersion(lexicon.files);
}
