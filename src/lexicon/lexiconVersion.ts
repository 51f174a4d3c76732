/**
 * How a lexicon's version is named in summaries, source notes and run provenance: each file's
 * declared version (or the first 12 hex digits of its hash), joined with `+`. Takes the files as a
 * lexicon or a sidecar lists them, so a run's reader needs no lexicon loaded.
 */

/** A lexicon file as `Lexicon.files` and the sidecars' `lexicon` list give it. */
export interface VersionedFile {
  path: string;
  sha256: string;
  version?: string | null;
}

/**
 * The version string of a list of lexicon files.
 * @example lexiconFilesVersion([{path: 'data/lexicons/codebook.yaml', sha256: 'ab…', version: '2024.3'}]) // 'codebook@2024.3'
 */
export function lexiconFilesVersion(files: readonly VersionedFile[]): string {
  return files.map((f) => `${f.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '')}@${f.version ?? f.sha256.slice(0, 12)}`).join('+');
}
