/**
 * `khitab bench [--size-mb N] [--small-mb N] [--workers N] [--corpus realistic|seeds] [--keep]`:
 * throughput and peak memory on a deterministic synthetic corpus, beside the Python reference when Python with pandas is
 * present (see docs/scaling.md). The last line is machine-readable: `RESULT raw_mb_s=…
 * split_mb_s=… markers_mb_s=… analyze_mb_s=… ratio=… rss_small_mb=… rss_large_mb=… vs_python=…
 * vs_python_jsonl=…`.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { runBench } from '../bench/runBench';
import type { CorpusKind } from '../bench/generateCorpus';
import { writeLexiconTerms } from '../bench/lexiconTerms';
import { loadLexicon } from '../lexicon/loadLexicon';
import { prepareStage, STAGES, type StageName } from '../bench/stages';
import { numberArg, parseCommandArgs, usageFailure, UsageError } from './args';

const HELP = `usage: khitab bench [options]

Generate a synthetic corpus (text files and JSON lines, cached in .bench/) and measure MB/s,
pages/s and peak RSS of: (a) raw scan (read + decode + one regex, one core),
(b) split only, (c) split + normalize + markers (one core), (d) the full analyze (all workers),
and, when a python3 that imports pandas is found (KHITAB_PYTHON, python3, /usr/bin/python3),
(p) the Python reference scripts/bench/reference.py on the same corpus (one core): the
'× python' column and vs_python= in the RESULT line give khitab's speed as a multiple of it.
Every stage splits with the rule labeller, so figures compare with earlier runs; khitab analyze's
default, the trained labeller, costs about 1.33x the CPU of a whole run (docs/splitter-eval.md).

options:
  --size-mb N    large corpus size in MB (default 400)
  --small-mb N   small corpus size in MB (default 50)
  --workers N    workers of the full analyze (default: available cores)
  --seed N       generator seed (default 1)
  --corpus KIND  realistic (default): varied sentences of the bundled pages and the development
                 sets, an open vocabulary, spelling noise, dialect comments, many outlets and dates;
                 seeds: recombined paragraphs of the five bundled pages (the corpus before issue 21)
  --keep         keep the generated corpora in .bench/ for the next run
  --export-terms FILE  only write the lexicon's words and phrases as JSON for the Python
                 reference (scripts/bench/reference.py) and exit
  --dir DIR      cache folder (default .bench/ in the repository)
  -h, --help     show this help`;

/** The options of `khitab bench` (see HELP; `--stage` and `--out` are the parent run's, for one stage in a child). */
const OPTIONS = {
  'size-mb': { type: 'string' },
  'small-mb': { type: 'string' },
  workers: { type: 'string' },
  seed: { type: 'string' },
  corpus: { type: 'string' },
  keep: { type: 'boolean', default: false },
  dir: { type: 'string' },
  stage: { type: 'string' },
  'export-terms': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab bench`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  let size: number | undefined;
  let small: number | undefined;
  let workers: number | undefined;
  let seed: number | undefined;
  try {
    parsed = parseCommandArgs('bench', argv, OPTIONS);
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    size = numberArg('--size-mb', v['size-mb'], { min: 0.01, integer: false });
    small = numberArg('--small-mb', v['small-mb'], { min: 0.01, integer: false });
    workers = numberArg('--workers', v.workers, { min: 1 });
    seed = numberArg('--seed', v.seed, { min: 0 });
    if (v.corpus !== undefined && v.corpus !== 'realistic' && v.corpus !== 'seeds') {
      throw new UsageError(`--corpus takes realistic or seeds, not '${v.corpus}'`);
    }
    if (v.stage !== undefined && (!STAGES.some((s) => s.name === v.stage) || v.dir === undefined)) {
      throw new UsageError(`--stage needs one of ${STAGES.map((s) => s.name).join(', ')} and --dir`);
    }
  } catch (e) {
    return usageFailure('bench', e);
  }
  const v = parsed.values;
  if (v['export-terms'] !== undefined) {
    const t = writeLexiconTerms(resolve(v['export-terms'] as string), loadLexicon());
    console.log(`wrote ${t.terms.length} lexicon terms to ${v['export-terms']}`);
    return 0;
  }
  if (v.stage !== undefined) {
    const work = prepareStage(v.stage as StageName, resolve(v.dir as string), { workers, out: v.out });
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const c = await work();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`STAGE ${JSON.stringify({ pages: c.pages, bytes: c.bytes, seconds, cpuSeconds, maxRssMb, work: c.work })}`);
    return 0;
  }
  const report = await runBench({
    sizeMb: size, smallMb: small, workers: workers ?? availableParallelism(), seed, corpus: v.corpus as CorpusKind | undefined,
    keep: v.keep as boolean, dir: v.dir, log: (l) => console.error(l),
  });
  console.log('split labeller: rules in every stage (khitab analyze defaults to the trained labeller, about 1.33x the CPU of a whole run: docs/splitter-eval.md)');
  for (const c of report.corpora) {
    console.log(`corpus ${c.size}: ${c.corpus}, ${c.pages} pages, ${(c.bytes / 1e6).toFixed(1)} MB, ${c.tokens} word tokens, ${c.distinctTokens} distinct normalized`);
  }
  console.log(report.python
    ? `python reference: ${report.python} scripts/bench/reference.py, one core; × python = its wall seconds / khitab's`
    : 'python reference: not run (no python3 that imports pandas; Debian: apt-get install python3-pandas)');
  console.log(report.table);
  console.log(report.result);
  return 0;
}
