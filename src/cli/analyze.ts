/**
 * `khitab analyze [DIR] [--meta CSV] [--lexicon PATH...] [--out DIR] [--excel] [--xlsx] [--workers N]
 * [--format csv|parquet] [--shard i/n]`: the main job. Defaults analyze the bundled corpus in data/
 * into outputs/, on worker threads (one per core), streaming the corpus so memory stays flat.
 */
import type { SplitChoice } from '../split/splitChoice';
import { existsSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyzeFolder, type StreamSummary } from '../run/analyzeStream';
import { leftOutOfAggregatesLine } from '../run/streamSummary';
import { filesOutside } from '../run/outputInCorpus';
import { exitCodeOf, stopOnSignals, type StopSignal } from './stopOnSignals';
import { fileArg, folderArg, numberArg, outFolderArg, parseCommandArgs, usageFailure, UsageError } from './args';
import { splitChoiceArg, splitOptionsOrReport } from './splitChoiceArg';
import { defaultWorkers, maxWorkers } from '../run/runPages';
import { metadataPathOf, walkCorpusFiles } from '../corpus/streamCorpus';
import { readMetadata } from '../corpus/metadata';
import { loadOutlets } from '../corpus/outlets';
import { readRowTables, type RowTables } from '../tables/readRowTables';
import { writeFigures } from '../charts/writeFigures';
import { writeRunXlsx } from '../export/writeRunXlsx';
import { FIGURE_FORMATS, type FigureFormat } from '../charts/renderFigures';
import { PLOTLY_FILE } from '../charts/plotlyBundle';
import { pngScale, type JournalColumn } from '../charts/journalSize';
import { createProgress } from '../run/progress';

const ROOT = resolve(__dirname, '../..');

const HELP = `usage: khitab analyze [DIR] [options]

Analyze a corpus folder (default: the bundled corpus data/corpus) into tables, figures and,
when Jupyter is available, executed notebooks. The folder is read recursively (text, saved HTML,
JSON lines); every file ends up analyzed or in rejects.csv with the reason.

options:
  --meta CSV          metadata table (default: metadata.csv beside the corpus folder, if present)
  --lexicon PATH      extra lexicon file (YAML codebook, quanteda YAML dictionary or LIWC .dic); repeatable
  --out DIR           output folder (default: outputs)
  --excel             write CSV files with a byte-order mark so Excel shows Arabic correctly
  --xlsx              also write tables.xlsx: one workbook, a right-to-left sheet per table, typed
                      cells, no formulas (a sheet stops at 1,048,576 rows, with a warning)
  --seed N            bootstrap seed (default 20230101)
  --resamples N       bootstrap resamples (default 1000)
  --workers N         worker threads (default: the number of cores; 1 = no worker threads; at most
                      4 × the cores: more is capped, with a message)
  --format FMT        csv (default) or parquet: articles, comments and hits as Parquet through DuckDB
  --shard i/n         analyze only shard i of n (files chosen by a hash of their path; see docs/scaling.md)
  --include GLOB      only files matching GLOB (repeatable); --exclude GLOB skips files (repeatable)
  --labeller L        model (default: the trained line labeller; each line gets its probability,
                      articles.csv its splitConfidence) or rules (the profile rules: about 1/3 less
                      CPU for the whole run, far less accurate on layouts they were not written for;
                      figures in docs/splitter-eval.md)
  --model FILE        the trained model (default data/models/split-lines.json)
  --follow-outside    follow symbolic links that lead out of the corpus folder (default: refused,
                      each in rejects.csv as link_refused)
  --max-file-mb N     reject (too_large) a file or JSON-lines record over N MiB (default 8): a page's
                      analysis holds several times its size (HTML: ~30 times), on each worker
  --no-figures        do not write figures
  --figure-formats L  comma-separated formats of the figures: html, svg, png, pdf (default html,svg,png;
                      static ones sized for a double journal column, 175 mm: see README, Figures)
  --png-dpi N         PNG resolution at that width (default 192, i.e. 2 × the CSS pixels; 300 for print
                      costs about 20 % more drawing time)
  --figure-column C   double (default, 175 mm) or single (85 mm: smaller type, fewer panels a row,
                      wrapped titles and labels; see README, Figures)
  --no-notebooks      do not execute the notebooks
  -h, --help          show this help

Everything is written under --out: the tables with their sidecars, figures/ and notebooks/ (the
notebooks executed against this run, as HTML); nothing outside it. Open the notebooks on this run
later with KHITAB_RUN=DIR (see README).

exit status: 0 done; 1 error (no tables written); 2 usage error; 3 tables and figures written but
a notebook failed (each notebook has its own line above); 4 tables written but a figure could not
be (the figures line says which and why); 130 or 143 stopped by SIGINT or SIGTERM (a stop while
drawing figures leaves figures/ as it was: figures are replaced as a set).`;

/** The options of `khitab analyze` (see HELP). */
const OPTIONS = {
  meta: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  out: { type: 'string', default: 'outputs' },
  excel: { type: 'boolean', default: false },
  xlsx: { type: 'boolean', default: false },
  seed: { type: 'string' },
  resamples: { type: 'string' },
  workers: { type: 'string' },
  format: { type: 'string', default: 'csv' },
  shard: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'follow-outside': { type: 'boolean', default: false },
  labeller: { type: 'string' },
  model: { type: 'string' },
  'max-file-mb': { type: 'string' },
  'no-figures': { type: 'boolean', default: false },
  'figure-formats': { type: 'string', default: 'html,svg,png' },
  'png-dpi': { type: 'string' },
  'figure-column': { type: 'string', default: 'double' },
  'no-notebooks': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Row tables above this size are not read back for figures (their charts are skipped, with a note). */
const FIGURE_ROW_LIMIT = 1_000_000;

/** Bytes for people: `25.1 KB`, `412.0 MB`. */
function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} KB`;
}

/** Runs `khitab analyze`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  let seed: number | undefined;
  let resamples: number | undefined;
  let workers: number | undefined;
  let maxFileMb: number | undefined;
  let input: string;
  let split: SplitChoice = { labeller: 'model' };
  let figureFormats: FigureFormat[] = [];
  let pngDpi: number | undefined;
  let figureColumn: JournalColumn = 'double';
  try {
    parsed = parseCommandArgs('analyze', argv, OPTIONS, { maxPositionals: 1, positionalName: 'corpus folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    seed = numberArg('--seed', v.seed, { min: -(2 ** 31) });
    resamples = numberArg('--resamples', v.resamples, { min: 1 });
    workers = numberArg('--workers', v.workers, { min: 1 });
    maxFileMb = numberArg('--max-file-mb', v['max-file-mb'], { min: 1 });
    if (v.format !== 'csv' && v.format !== 'parquet') throw new UsageError(`--format is csv or parquet, not '${v.format}'`);
    if (v.shard !== undefined && !/^\d+\/\d+$/.test(v.shard)) throw new UsageError(`--shard takes i/n (e.g. 1/4), not '${v.shard}'`);
    if (v.shard !== undefined) {
      const [i, n] = v.shard.split('/').map(Number);
      if (!(n >= 1 && i >= 1 && i <= n)) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, not '${v.shard}'`);
    }
    const named = parsed.positionals[0];
    input = resolve(named ?? resolve(ROOT, 'data/corpus'));
    folderArg(named ?? input, 'corpus folder', 'analyze reads a whole folder: for one page use `khitab markers FILE`, or put the file in a folder of its own');
    if (v.meta !== undefined) fileArg(v.meta, '--meta CSV');
    outFolderArg(v.out as string, '--out');
    split = splitChoiceArg(v.labeller, v.model);
    figureFormats = (v['figure-formats'] as string).split(',').map((x) => x.trim()) as FigureFormat[];
    const unknown = figureFormats.filter((x) => !FIGURE_FORMATS.includes(x));
    pngDpi = numberArg('--png-dpi', v['png-dpi'], { min: 72 });
    if (unknown.length || figureFormats.length === 0) throw new UsageError(`--figure-formats takes a comma-separated list of ${FIGURE_FORMATS.join(', ')}, not '${v['figure-formats']}'`);
    if (v['figure-column'] !== 'single' && v['figure-column'] !== 'double') throw new UsageError(`--figure-column takes single or double, not '${v['figure-column']}'`);
    figureColumn = v['figure-column'];
  } catch (e) {
    return usageFailure('analyze', e);
  }
  if (splitOptionsOrReport('analyze', split, parsed.values.model) === null) return 1;
  const v = parsed.values;
  const format = v.format as 'csv' | 'parquet';
  const t0 = Date.now();
  const out = resolve(v.out as string);
  const walk = { include: v.include, exclude: v.exclude, meta: v.meta, followOutside: v['follow-outside'] as boolean };
  const cores = defaultWorkers();
  if (workers !== undefined && workers > maxWorkers()) {
    console.error(`khitab analyze: --workers ${workers} capped at ${maxWorkers()} (4 × the ${cores} core${cores === 1 ? '' : 's'} here): more threads only cost memory (~60–80 MB each) and start-up time`);
    workers = maxWorkers();
  } else if (workers !== undefined && workers > cores) {
    console.error(`khitab analyze: --workers ${workers} is more than the ${cores} core${cores === 1 ? '' : 's'} here: no faster, and each worker thread holds ~60–80 MB`);
  }
  let summary: StreamSummary;
  const stop = stopOnSignals('khitab analyze');
  try {
    summary = await analyzeFolder(input, {
      ...walk, out, workers: workers ?? cores, format, shard: v.shard, lexicon: v.lexicon, seed, resamples,
      excel: v.excel as boolean, command: ['khitab', 'analyze', ...argv].join(' '), progress: true, signal: stop.signal,
      maxFileBytes: maxFileMb === undefined ? undefined : maxFileMb * 1024 * 1024, split,
    });
  } catch (e) {
    if (stop.received) {
      console.error(`khitab analyze: stopped (${stop.received}); no table written to ${relative(process.cwd(), out) || '.'}, temporary files removed`);
      return exitCodeOf(stop.received);
    }
    console.error(`khitab analyze: ${(e as Error).message}`);
    return 1;
  } finally {
    stop.dispose();
  }
  if (stop.received) {
    // The signal came while the finished tables were being moved into place: they are complete.
    console.error(`khitab analyze: stopped (${stop.received}) after the tables were written; figures and notebooks skipped`);
    return exitCodeOf(stop.received);
  }
  for (const f of summary.removedTempFolders) console.error(`khitab analyze: removed ${relative(process.cwd(), f)}, left by a run that was killed`);
  const metaPath = metadataPathOf(input, walk);
  const metaWarnings = metaPath
    ? readMetadata(metaPath, { files: [...filesOutside(walkCorpusFiles(input, { ...walk, skipFolders: [out], onUnreadableFolder: () => undefined }), summary.outputInCorpus)], outlets: loadOutlets().map((o) => o.id) }).warnings : [];
  const a = summary.aggregates;
  const outlets = new Set(a.outletProfile.map((r) => r.outlet));
  const lines = [
    `khitab analyze: ${summary.pages} pages (${formatBytes(summary.bytes)}) from ${relative(process.cwd(), input) || '.'}` +
      `${v.shard ? ` (shard ${v.shard})` : ''}, ${outlets.size} outlets, ${summary.comments} comments, ${summary.hits} marker hits, ` +
      `${summary.rejects} rejected files` + (metaWarnings.length ? `, ${metaWarnings.length} metadata warnings` : ''),
    `  lexicon ${summary.lexiconVersion}; bootstrap seed ${seed ?? 20230101}, ${resamples ?? 1000} resamples; ` +
      `${workers ?? cores} worker${(workers ?? cores) === 1 ? '' : 's'}`,
    `  tables: ${summary.files.filter((f) => /\.(csv|parquet)$/.test(f)).map((f) => relative(process.cwd(), f)).join(', ')}`,
  ];
  if (v.xlsx) lines.push(...await workbookStep(out));
  for (const w of metaWarnings) lines.push(`  metadata: ${w}`);
  if (summary.idCollisions) {
    lines.push(`  page ids: ${summary.idCollisions} page${summary.idCollisions === 1 ? ' has' : 's have'} the id of an earlier page; rows are told apart by their file column:`);
    for (const w of summary.idWarnings.slice(0, 10)) lines.push(`    ${w}`);
    if (summary.idCollisions > 10) lines.push(`    … and ${summary.idCollisions - 10} more`);
  }
  if (summary.outputInCorpus !== null) lines.push(`  left out ${summary.outputInCorpus}/ of the corpus: it is the output folder (tables of a run are not pages)`);
  const leftOut = leftOutOfAggregatesLine(summary.pageKinds);
  if (leftOut) lines.push(`  ${leftOut}`);
  if (summary.rejects) lines.push(`  rejected: ${countReasons(summary.rejectReasons)}; see ${relative(process.cwd(), resolve(out, 'rejects.csv'))} for each file`);
  let status = 0; // FIGURES_FAILED or NOTEBOOK_FAILED (the tables are complete)
  let sharedPlotly: string | undefined; // the run's figures/plotly.min.js, for the notebooks' HTML
  if (!v['no-figures']) {
    const figures = await figuresStep(summary, out, format, input, seed ?? 20230101, figureFormats, pngDpi, figureColumn);
    if (figures.stopped) {
      console.log(lines.join('\n'));
      console.error(`khitab analyze: stopped (${figures.stopped}) while drawing figures: the tables are complete; ${relative(process.cwd(), resolve(out, 'figures')) || '.'} left as it was (the previous figures, if any); notebooks skipped`);
      return exitCodeOf(figures.stopped);
    }
    lines.push(figures.line);
    if (figures.failed) status = FIGURES_FAILED;
    if (figureFormats.includes('html') && existsSync(resolve(out, 'figures', PLOTLY_FILE))) sharedPlotly = `../figures/${PLOTLY_FILE}`;
  }
  console.log(lines.join('\n'));
  if (!v['no-notebooks']) {
    const nb = notebooksStep(input, out, sharedPlotly);
    console.log(nb.line);
    if (nb.failed && status === 0) status = NOTEBOOK_FAILED;
  }
  console.log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return status;
}

/**
 * Writes `<out>/tables.xlsx` from the tables just written; returns its summary line and warnings.
 * A failure is a line, not a stop: the CSV tables are complete either way.
 */
async function workbookStep(out: string): Promise<string[]> {
  try {
    const r = await writeRunXlsx(out);
    const where = relative(process.cwd(), r.path);
    const lines = [`  workbook: ${where} (${r.sheets.length} sheets${r.missing.length ? `; ${r.missing.join(', ')} are Parquet, not in it` : ''})`];
    for (const w of r.warnings) lines.push(`  workbook: ${w}`);
    return lines;
  } catch (e) {
    return [`  workbook: FAILED: ${(e as Error).message.split('\n')[0]}. The CSV tables are complete`];
  }
}

/**
 * Rejects by reason as one phrase, most first (ties by name): `3 too_large, 1 duplicate`.
 * @example countReasons({duplicate: 1, too_large: 2}) // '2 too_large, 1 duplicate'
 */
export function countReasons(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([r, k]) => `${k} ${r}`).join(', ');
}

/** What the figure step did: its line, whether a figure failed, or the signal that stopped it. */
interface FiguresStep { line: string; failed: boolean; stopped: StopSignal | null }

/**
 * Draws the figures into `<out>/figures` (replaced as a set, see src/charts/figureFolder.ts). A
 * figure that cannot be written (a failed or empty export, a read-only folder) is a failure with
 * its reason on the line, not a stack trace; SIGINT/SIGTERM stop it with the folder as it was.
 */
async function figuresStep(summary: StreamSummary, out: string, format: string, input: string, seed: number, formats: FigureFormat[], pngDpi: number | undefined, column: JournalColumn): Promise<FiguresStep> {
  const stop = stopOnSignals('khitab analyze');
  const progress = createProgress();
  try {
    let rows: RowTables = { articles: [], comments: [], hits: [] };
    let note = '';
    if (format !== 'csv') note = '; charts from the row tables skipped (Parquet output: chart from the Parquet files)';
    else if (summary.hits > FIGURE_ROW_LIMIT || summary.comments > FIGURE_ROW_LIMIT) {
      note = `; charts from the row tables skipped (more than ${FIGURE_ROW_LIMIT.toLocaleString('en')} rows)`;
    } else rows = await readRowTables(out);
    stop.signal.throwIfAborted();
    const corpus = relative(ROOT, input) || '.';
    const r = await writeFigures({ ...summary.aggregates, ...rows }, resolve(out, 'figures'), {
      source: `khitab · corpus ${corpus} (${summary.pages} pages) · lexicon ${summary.lexiconVersion} · seed ${seed}`,
      lexicon: summary.categories, signal: stop.signal, formats, column, ...(pngDpi === undefined ? {} : { scale: pngScale(pngDpi) }),
      onProgress: (p) => progress.step(`figures ${p.done}/${p.total} (${p.name})`),
    });
    return { line: `  figures: ${r.summary}${note}`, failed: r.failed.length > 0, stopped: null };
  } catch (e) {
    if (stop.received) return { line: '', failed: true, stopped: stop.received };
    const err = e as NodeJS.ErrnoException;
    const where = relative(process.cwd(), resolve(out, 'figures')) || '.';
    const why = err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
      ? `cannot write ${where} (${err.code}: not writable); it is left as it was`
      : err.message.split('\n')[0];
    return { line: `  figures: FAILED: ${why}. The tables are complete`, failed: true, stopped: null };
  } finally {
    progress.done();
    stop.dispose();
  }
}

/** Exit status when the tables were written but a figure could not be (its line says which). */
const FIGURES_FAILED = 4;

/** Exit status when the tables and figures were written but a notebook failed. */
const NOTEBOOK_FAILED = 3;

/**
 * Executes the notebooks against the run just written (`KHITAB_RUN=<out>`), into `<out>/notebooks/`;
 * scripts/notebooks.sh prints one line per notebook. `KHITAB_CORPUS` lets notebook 01 re-split a few pages.
 * With `plotlySrc` (`../figures/plotly.min.js` when the figures were written) the notebooks' HTML
 * loads the run's shared plotly.js instead of inlining its own copy (`KHITAB_PLOTLY_SRC`).
 */
function notebooksStep(input: string, out: string, plotlySrc: string | undefined): { line: string; failed: boolean } {
  if (!existsSync('/usr/bin/jupyter')) return { line: '  notebooks: skipped (Jupyter not installed; run `npm run setup`)', failed: false };
  const dest = resolve(out, 'notebooks');
  const r = spawnSync('bash', [resolve(ROOT, 'scripts/notebooks.sh')], {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, KHITAB_RUN: out, KHITAB_CORPUS: input, KHITAB_NOTEBOOKS_OUT: dest, ...(plotlySrc ? { KHITAB_PLOTLY_SRC: plotlySrc } : {}) },
  });
  const where = relative(process.cwd(), dest) || '.';
  return r.status === 0
    ? { line: `  notebooks: executed into ${where}/`, failed: false }
    : { line: `  notebooks: FAILED (exit ${r.status ?? r.signal}); see the notebook lines above. The tables and figures in ${relative(process.cwd(), out) || '.'} are complete`, failed: true };
}
