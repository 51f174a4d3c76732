/**
 * The main job on disk (`khitab analyze`): a stream of corpus jobs through the analysis engine
 * (`runAnalysis`) into the disk sink (`openDiskSink`), or a folder streamed through it
 * (`analyzeFolder`). Pages stream from disk through worker threads; only the small per-article
 * partials of the aggregate tables stay in memory. Output is byte-identical for any number of workers.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { streamCorpusJobs, walkCorpusFiles, corpusMetadata, DEFAULT_MAX_FILE_BYTES, type CorpusJob, type StreamCorpusOptions } from '../corpus/streamCorpus';
import { filesOutside, isOutside, outputFolderInCorpus } from './outputInCorpus';
import { shardSelector } from './shard';
import { diskFullError } from './diskFullError';
import { createProgress } from './progress';
import { runAnalysis, type AnalyzeEngineOptions } from './runAnalysis';
import { openDiskSink, type DiskSink } from './diskSink';
import type { DiskSinkOptions, StreamSummary } from './streamSummary';

export type { RowTableFormat, StreamSummary } from './streamSummary';

/**
 * Options of `analyzeStream`: the engine's (lexicon, workers, bootstrap, progress, signal) and the
 * disk sink's (format, Excel, what the sidecars record). An aborted `signal` also leaves `out` as
 * it was: the run removes its temporary folder, and stops at the latest before tables are moved.
 */
export interface AnalyzeStreamOptions extends AnalyzeEngineOptions, DiskSinkOptions {}

/**
 * Analyzes a stream of corpus items and writes every table into `out` (through a temporary folder,
 * so an interrupted run leaves no half-written table).
 * @example
 * const s = await analyzeStream(streamCorpus('data/corpus'), 'outputs', {workers: 2});
 * s.pages // 5
 * s.files.map((f) => path.basename(f)) // ['articles.csv', 'articles.meta.json', 'comments.csv', …]
 */
export async function analyzeStream(items: AsyncIterable<CorpusJob>, out: string, options: AnalyzeStreamOptions = {}): Promise<StreamSummary> {
  options.signal?.throwIfAborted();
  const sink: DiskSink = await openDiskSink(out, options);
  try {
    return await runAnalysis(items, sink, options);
  } catch (e) {
    throw diskFullError(e, resolve(out), sink.pages, sink.bytes);
  }
}

/** Options of `analyzeFolder`. */
export interface AnalyzeFolderOptions extends AnalyzeStreamOptions, Omit<StreamCorpusOptions, 'select'> {
  /** Output folder. Default 'outputs'. */
  out?: string;
  /** Analyze only shard `i` of `n` (`'i/n'`, 1-based; pages chosen by a hash of the file path). Default: all. */
  shard?: string;
  /** Draw a progress line (pages, MB, MB/s, ETA) on stderr when it is a terminal (src/cli/progress.ts). Default false. */
  progress?: boolean;
}

/**
 * `khitab analyze --workers N` for large corpora: streams a folder (recursively; JSON lines record
 * by record) through `analyzeStream`. An output folder inside the corpus folder is left out of the
 * corpus (`StreamSummary.outputInCorpus` names it); the corpus folder itself is refused as output.
 * Files and JSON-lines records over `maxFileBytes` (default `DEFAULT_MAX_FILE_BYTES`, 8 MiB) are
 * rejected `too_large` unread, which bounds what a worker holds.
 * @example
 * await analyzeFolder('data/corpus', {out: 'outputs', workers: 2});
 * // → { pages: 5, rejects: 0, files: [...outputs/articles.csv, …] }
 */
export async function analyzeFolder(input: string, opts: AnalyzeFolderOptions = {}): Promise<StreamSummary> {
  const root = resolve(input);
  const out = opts.out ?? 'outputs';
  // The output folder is never listed, also where a link inside the corpus leads to it.
  const options = { ...opts, skipFolders: [...(opts.skipFolders ?? []), out] };
  const select = options.shard ? shardSelector(options.shard) : undefined;
  // An output folder inside the corpus holds an earlier run's tables: they are not pages.
  const outputInCorpus = outputFolderInCorpus(root, out);
  // Files are read, decoded and hashed on the worker threads (JSON lines stay record-streamed here).
  // Each pass over `listed` walks the folder again, one folder at a time (no list of every file); a
  // folder that cannot be read is left to the stream, which rejects it.
  const listed: Iterable<string> = {
    [Symbol.iterator]: () => filesOutside(options.files ?? walkCorpusFiles(root, { ...options, onUnreadableFolder: () => undefined }), outputInCorpus),
  };
  const metadata = corpusMetadata(root, options, listed);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // The stream walks the folder itself; the output folder and other shards' files are not selected.
  const inRun = (f: string) => isOutside(f, outputInCorpus) && (!select || select(f));
  const jobs = () => streamCorpusJobs(root, { ...options, select: inRun, metadataTable: metadata, maxFileBytes });
  const streamOptions: AnalyzeStreamOptions = { ...options, metadata };
  if (!options.progress) return { ...await analyzeStream(jobs(), out, streamOptions), outputInCorpus };
  const total = corpusSize(root, { ...options, select: inRun });
  const progress = createProgress();
  const user = options.onProgress;
  const userStep = options.onStep;
  try {
    const summary = await analyzeStream(jobs(), out, {
      ...streamOptions,
      // Pages of JSON-lines files outnumber files: the total is at least the pages done.
      onProgress: (pages, bytes) => { progress.update(pages, Math.max(total.files, pages + 1), bytes, total.bytes); user?.(pages, bytes); },
      onStep: (message) => { progress.step(message); userStep?.(message); },
    });
    return { ...summary, outputInCorpus };
  } finally {
    progress.done();
  }
}

/**
 * Total size in bytes of the files `analyzeFolder` will read (for a progress ETA).
 * @example corpusBytes('data/corpus') // 25148
 */
export function corpusBytes(input: string, options: StreamCorpusOptions = {}): number {
  return corpusSize(input, options).bytes;
}

/**
 * How many files `analyzeFolder` will read, and their total size in bytes (for a progress ETA), in
 * one walk of the folder.
 * @example corpusSize('data/corpus') // {files: 5, bytes: 25148}
 */
export function corpusSize(input: string, options: StreamCorpusOptions = {}): { files: number; bytes: number } {
  const root = resolve(input);
  let files = 0;
  let bytes = 0;
  for (const f of options.files ?? walkCorpusFiles(root, { ...options, onUnreadableFolder: () => undefined })) {
    if (options.select && !options.select(f)) continue;
    files++;
    try { bytes += statSync(join(root, f)).size; } catch { /* reported as a reject */ }
  }
  return { files, bytes };
}
