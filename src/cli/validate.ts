/**
 * `khitab validate --gold CODED.csv [DIR]`: agreement between the toolkit's stance labels and a
 * researcher's hand coding (precision/recall/F1, confusion table, Cohen's κ, Krippendorff's α).
 * `khitab validate stance …` is the stance-gold evaluation (src/cli/validateStance.ts).
 */
import { resolve } from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus';
import { analyzeCorpus } from '../run/analyzeCorpus';
import { predictedUnits } from '../validate/predictedUnits';
import { readGold } from '../validate/readGold';
import { validateStance } from '../validate/validateStance';
import { formatValidationReport } from '../validate/formatValidationReport';
import { fileArg, folderArg, parseCommandArgs, usageFailure, UsageError } from './args';
import { run as runStance } from './validateStance';

const ROOT = resolve(__dirname, '../..');

const HELP = `usage: khitab validate --gold CODED.csv [DIR] [--meta CSV] [--lexicon PATH...] [--json]
       khitab validate stance --gold DIR [--lexicon PATH...] [--json]

Compares the toolkit's stance labels (and detected categories) with a hand-coded sample.
CODED.csv has columns id,comment,stance,categories,coder,notes (see data/gold/README.md).
DIR is the corpus folder the sample was drawn from (default: the bundled corpus).
Example: khitab validate --gold data/gold/seeds-coded.csv

\`khitab validate stance\` measures the stance instrument on the stance gold units instead
(data/gold/stance/README.md); \`khitab validate stance --help\` lists its options. (A corpus folder
named \`stance\` is given as \`./stance\`.)`;

/** The options of `khitab validate` (see HELP). */
const OPTIONS = {
  gold: { type: 'string' },
  meta: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab validate` (or, with `stance` first, `khitab validate stance`); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'stance') return runStance(argv.slice(1));
  let parsed;
  let dir: string;
  try {
    parsed = parseCommandArgs('validate', argv, OPTIONS, { maxPositionals: 1, positionalName: 'corpus folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (v.gold === undefined) throw new UsageError('--gold CODED.csv is required', 'e.g. khitab validate --gold data/gold/seeds-coded.csv');
    fileArg(v.gold, '--gold CODED.csv');
    if (v.meta !== undefined) fileArg(v.meta, '--meta CSV');
    dir = resolve(parsed.positionals[0] ?? resolve(ROOT, 'data/corpus'));
    folderArg(parsed.positionals[0] ?? dir, 'corpus folder the sample was drawn from');
  } catch (e) {
    return usageFailure('validate', e);
  }
  const v = parsed.values;
  const goldPath = v.gold as string;
  let gold;
  try {
    gold = readGold(goldPath);
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
    console.log(`khitab validate: ${goldPath} against ${dir} (lexicon ${result.info.lexiconVersion})\n`);
    console.log(formatValidationReport(report));
  }
  return 0;
}
