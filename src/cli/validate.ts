/**
 * `khitab validate --gold CODED.csv [DIR]`: agreement between the toolkit's stance labels and a
 * researcher's hand coding (precision/recall/F1, confusion table, Cohen's κ, Krippendorff's α).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus';
import { analyzeCorpus } from '../run/analyzeCorpus';
import { predictedUnits } from '../validate/predictedUnits';
import { readGold } from '../validate/readGold';
import { validateStance } from '../validate/validateStance';
import { formatValidationReport } from '../validate/formatValidationReport';

const ROOT = resolve(__dirname, '../..');

const HELP = `usage: khitab validate --gold CODED.csv [DIR] [--meta CSV] [--lexicon PATH...] [--json]

Compares the toolkit's stance labels (and detected categories) with a hand-coded sample.
CODED.csv has columns id,comment,stance,categories,coder,notes (see data/gold/README.md).
DIR is the corpus folder the sample was drawn from (default: the bundled corpus).
Example: khitab validate --gold data/gold/seeds-coded.csv`;

/** Runs `khitab validate`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        gold: { type: 'string' }, meta: { type: 'string' }, lexicon: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`khitab validate: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const v = args.values;
  if (v.help) { console.log(HELP); return 0; }
  if (!v.gold) { console.error(`khitab validate: --gold CODED.csv is required\n\n${HELP}`); return 2; }
  if (!existsSync(v.gold)) { console.error(`khitab validate: no such file: ${v.gold}`); return 1; }
  const dir = resolve(args.positionals[0] ?? resolve(ROOT, 'data/corpus'));
  if (!existsSync(dir)) { console.error(`khitab validate: no such folder: ${dir}`); return 1; }
  let gold;
  try {
    gold = readGold(v.gold);
  } catch (e) {
    console.error(`khitab validate: ${(e as Error).message}`);
    return 1;
  }
  const corpus = await loadCorpus(dir, v.meta !== undefined ? { meta: v.meta } : {});
  const result = await analyzeCorpus(corpus, { lexicon: v.lexicon, keepArticles: false, resamples: 1 });
  const report = validateStance(gold, predictedUnits(result.tables, result.lexicon));
  if (v.json) {
    console.log(JSON.stringify(report, (_k, x) => (x instanceof Set ? [...x] : Number.isNaN(x) ? null : x), 2));
  } else {
    console.log(`khitab validate: ${v.gold} against ${dir} (lexicon ${result.info.lexiconVersion})\n`);
    console.log(formatValidationReport(report));
  }
  return 0;
}
