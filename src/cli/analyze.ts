/**
 * `khitab analyze [INPUT...] [--meta CSV] [--lexicon PATH...] [--out DIR] [--excel]`:
 * the main job. Defaults analyze the bundled corpus in data/ into outputs/.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadCorpus } from '../corpus/loadCorpus';
import { analyzeCorpus } from '../tables/analyzeCorpus';
import { writeTables } from '../tables/writeTables';
import { createProgress } from './progress';

const ROOT = resolve(__dirname, '../..');

const HELP = `usage: khitab analyze [INPUT...] [options]

Analyze a corpus folder (default: the bundled corpus data/corpus) into tables, figures and,
when Jupyter is available, executed notebooks.

options:
  --meta CSV        metadata table (default: metadata.csv beside the corpus folder, if present)
  --lexicon PATH    extra lexicon file (YAML codebook, quanteda YAML dictionary or LIWC .dic); repeatable
  --out DIR         output folder (default: outputs)
  --excel           write CSV files with a byte-order mark so Excel shows Arabic correctly
  --seed N          bootstrap seed (default 20230101)
  --resamples N     bootstrap resamples (default 1000)
  --no-figures      do not write figures
  --no-notebooks    do not execute the notebooks
  -h, --help        show this help`;

/** Runs `khitab analyze`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        meta: { type: 'string' },
        lexicon: { type: 'string', multiple: true },
        out: { type: 'string', default: 'outputs' },
        excel: { type: 'boolean', default: false },
        seed: { type: 'string' },
        resamples: { type: 'string' },
        'no-figures': { type: 'boolean', default: false },
        'no-notebooks': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`khitab analyze: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const v = args.values;
  if (v.help) { console.log(HELP); return 0; }
  const seed = v.seed !== undefined ? Number(v.seed) : undefined;
  const resamples = v.resamples !== undefined ? Number(v.resamples) : undefined;
  if ((seed !== undefined && !Number.isInteger(seed)) || (resamples !== undefined && !(Number.isInteger(resamples) && resamples >= 1))) {
    console.error('khitab analyze: --seed and --resamples take whole numbers');
    return 2;
  }
  const inputs = args.positionals.length ? args.positionals : [resolve(ROOT, 'data/corpus')];
  if (inputs.length > 1) {
    console.error('khitab analyze: give one corpus folder (put the files of a corpus in one folder)');
    return 2;
  }
  const input = resolve(inputs[0]);
  if (!existsSync(input)) {
    console.error(`khitab analyze: no such folder: ${inputs[0]}`);
    return 1;
  }
  const t0 = Date.now();
  const corpus = await loadCorpus(input, v.meta !== undefined ? { meta: v.meta } : {});
  const progress = createProgress();
  const totalBytes = corpus.pages.reduce((a, p) => a + p.bytes, 0);
  const result = await analyzeCorpus(corpus, {
    lexicon: v.lexicon, seed, resamples, keepArticles: false,
    onProgress: (done, total, bytes) => progress.update(done, total, bytes, totalBytes),
  });
  progress.done();
  const out = resolve(v.out as string);
  const files = await writeTables(result, out, { excel: v.excel as boolean, command: ['khitab', 'analyze', ...argv].join(' ') });
  const t = result.tables;
  const outlets = new Set(t.articles.map((a) => a.outlet ?? '(unknown)'));
  const lines = [
    `khitab analyze: ${corpus.pages.length} pages from ${relative(process.cwd(), input) || '.'}, ${outlets.size} outlets, ` +
      `${t.comments.length} comments, ${t.hits.length} marker hits, ${corpus.rejects.length} rejected files` +
      (corpus.metaWarnings.length ? `, ${corpus.metaWarnings.length} metadata warnings` : ''),
    `  lexicon ${result.info.lexiconVersion}; bootstrap seed ${result.info.seed}, ${result.info.resamples} resamples`,
    `  tables: ${files.filter((f) => f.endsWith('.csv')).map((f) => relative(process.cwd(), f)).join(', ')}`,
  ];
  for (const w of corpus.metaWarnings) lines.push(`  metadata: ${w}`);
  for (const r of corpus.rejects) lines.push(`  rejected: ${r.file}: ${r.reason} (${r.detail})`);
  if (!v['no-figures']) lines.push(...(await writeFiguresStep(result, out)));
  if (!v['no-notebooks']) lines.push(...notebooksStep(input));
  lines.push(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(lines.join('\n'));
  return 0;
}

async function writeFiguresStep(result: Awaited<ReturnType<typeof analyzeCorpus>>, out: string): Promise<string[]> {
  let mod: typeof import('../charts/writeFigures');
  try {
    mod = require('../charts/writeFigures');
  } catch {
    return ['  figures: skipped (charts module not available)'];
  }
  const r = await mod.writeFigures(result.tables, resolve(out, 'figures'), {
    source: `khitab · corpus ${relative(ROOT, result.info.corpusRoot) || '.'} · lexicon ${result.info.lexiconVersion} · seed ${result.info.seed}`,
  });
  return [`  figures: ${r.summary}`];
}

function notebooksStep(input: string): string[] {
  const jupyter = '/usr/bin/jupyter';
  if (!existsSync(jupyter)) return ['  notebooks: skipped (Jupyter not installed; run `npm run setup`)'];
  if (!existsSync(resolve(ROOT, 'scripts/notebooks.sh'))) return ['  notebooks: skipped (no scripts/notebooks.sh)'];
  const r = spawnSync('bash', [resolve(ROOT, 'scripts/notebooks.sh')], {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, KHITAB_CORPUS: input },
  });
  return [r.status === 0 ? '  notebooks: executed into outputs/notebooks/' : `  notebooks: FAILED (exit ${r.status})`];
}
