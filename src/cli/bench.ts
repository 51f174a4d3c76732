/**
 * `khitab bench [--size-mb N] [--small-mb N] [--workers N] [--keep]`: throughput and peak memory
 * on a deterministic synthetic corpus (see docs/scaling.md). The last line is machine-readable:
 * `RESULT raw_mb_s=… split_mb_s=… markers_mb_s=… analyze_mb_s=… ratio=… rss_small_mb=… rss_large_mb=…`.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { runBench } from '../bench/runBench';
import { prepareStage, STAGES, type StageName } from '../bench/stages';

const HELP = `usage: khitab bench [options]

Generate a synthetic corpus from the bundled pages (text files and JSON lines, cached in .bench/)
and measure MB/s, pages/s and peak RSS of: (a) raw scan (read + decode + one regex, one core),
(b) split only, (c) split + normalize + markers (one core), (d) the full analyze (all workers).

options:
  --size-mb N    large corpus size in MB (default 400)
  --small-mb N   small corpus size in MB (default 50)
  --workers N    workers of the full analyze (default: available cores)
  --seed N       generator seed (default 1)
  --keep         keep the generated corpora in .bench/ for the next run
  --dir DIR      cache folder (default .bench/ in the repository)
  -h, --help     show this help`;

function positive(name: string, v: string | undefined, min: number): number | undefined | string {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) return `--${name} takes a number ≥ ${min}`;
  return n;
}

/** Runs `khitab bench`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'size-mb': { type: 'string' },
        'small-mb': { type: 'string' },
        workers: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        dir: { type: 'string' },
        // Internal: measure one stage in this process (used by the parent run).
        stage: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`khitab bench: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const v = args.values;
  if (v.help) { console.log(HELP); return 0; }
  const size = positive('size-mb', v['size-mb'], 0.01);
  const small = positive('small-mb', v['small-mb'], 0.01);
  const workers = positive('workers', v.workers, 1);
  const seed = positive('seed', v.seed, 0);
  for (const x of [size, small, workers, seed]) {
    if (typeof x === 'string') { console.error(`khitab bench: ${x}`); return 2; }
  }
  if (v.stage !== undefined) {
    if (!STAGES.some((s) => s.name === v.stage) || v.dir === undefined) {
      console.error('khitab bench: --stage needs one of raw, split, markers, analyze and --dir');
      return 2;
    }
    const work = prepareStage(v.stage as StageName, resolve(v.dir), { workers: workers as number | undefined, out: v.out });
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const c = await work();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(`STAGE ${JSON.stringify({ pages: c.pages, bytes: c.bytes, seconds, cpuSeconds, maxRssMb })}`);
    return 0;
  }
  const report = await runBench({
    sizeMb: size as number | undefined, smallMb: small as number | undefined,
    workers: (workers as number | undefined) ?? availableParallelism(), seed: seed as number | undefined,
    keep: v.keep as boolean, dir: v.dir, log: (l) => console.error(l),
  });
  console.log(report.table);
  console.log(report.result);
  return 0;
}
