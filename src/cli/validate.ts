/**
 * `khitab validate --gold CODED.csv [DIR]`: agreement between the toolkit's stance labels and a
 * researcher's hand coding (precision/recall/F1, confusion table, Cohen's κ, Krippendorff's α).
 * With several coders (a `coder` column, or one `--gold` sheet per coder), first the agreement
 * between the coders, then khitab against each coder and the majority, and their disagreements.
 * `khitab validate stance …` is the stance-gold evaluation (src/cli/validateStance.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadCorpus } from '../corpus/loadCorpus';
import { analyzeCorpus } from '../run/analyzeCorpus';
import { predictedUnits } from '../validate/predictedUnits';
import { readGold } from '../validate/readGold';
import { validateStance } from '../validate/validateStance';
import { formatValidationReport } from '../validate/formatValidationReport';
import { DISAGREEMENT_COLUMNS, disagreementRows, validateCoders } from '../validate/validateCoders';
import { formatCoderReport } from '../validate/formatCoderReport';
import { categoryJudgements, formatCategoryJudgements } from '../validate/categoryJudgements';
import { writeCsvFile } from '../export/writeCsvFile';
import { fileArg, folderArg, numberArg, parseCommandArgs, usageFailure, UsageError } from './args';
import { run as runStance } from './validateStance';
import { LABELLER_HELP, LABELLER_OPTIONS, splitChoiceArg, splitOptionsOrReport } from './splitChoiceArg';
import type { SplitChoice } from '../split/splitChoice';

const ROOT = resolve(__dirname, '../..');

const HELP = `usage: khitab validate --gold CODED.csv [--gold CODED2.csv...] [DIR] [--meta CSV] [--lexicon PATH...]
                       [--labeller rules|model] [--model FILE] [--out DIR] [--top N] [--json]
       khitab validate stance --gold DIR [--lexicon PATH...] [--json]

Compares the toolkit's stance labels (and detected categories) with a hand-coded sample.
CODED.csv has columns id,comment,stance,categories,coder,notes (see data/gold/README.md), or is a
coding sheet of \`khitab sample\` (its unit column names the unit) with stance and coder filled.
DIR is the corpus folder the sample was drawn from (default: the bundled corpus). Its pages are split
and matched again, as the run the sample came from did: give the same --labeller/--model and
--lexicon as that run.
${LABELLER_HELP}
Example: khitab validate --gold data/gold/seeds-coded.csv

Several coders: rows of different coders for one unit (a coder column, or one --gold sheet per
coder; a row without a coder takes its file's name) are several codings of it. The report then
gives the agreement between the coders (Krippendorff's alpha, Cohen's kappa per pair, Fleiss'
kappa when every unit has the same number of coders), khitab against each coder and against the
majority label (ties left out and counted), and the units the coders disagree on:
  --top N     disagreements printed (default 10)
  --out DIR   also write them all to DIR/disagreements.csv, for the coders to discuss
Example: khitab validate --gold data/gold/example-two-coders.csv (two coders in one sheet)

\`khitab validate stance\` measures the stance instrument on the stance gold units instead
(data/gold/stance/README.md); \`khitab validate stance --help\` lists its options. (A corpus folder
named \`stance\` is given as \`./stance\`.)`;

/** The options of `khitab validate` (see HELP). */
const OPTIONS = {
  gold: { type: 'string', multiple: true },
  out: { type: 'string' },
  top: { type: 'string' },
  meta: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...LABELLER_OPTIONS,
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** JSON of a report: sets as arrays, NaN (undefined statistics) as null. */
const jsonValue = (_k: string, x: unknown): unknown => (x instanceof Set ? [...x] : Number.isNaN(x) ? null : x);

/** Runs `khitab validate` (or, with `stance` first, `khitab validate stance`); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'stance') return runStance(argv.slice(1));
  let parsed;
  let dir: string;
  let split: SplitChoice;
  try {
    parsed = parseCommandArgs('validate', argv, OPTIONS, { maxPositionals: 1, positionalName: 'corpus folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (v.gold === undefined) throw new UsageError('--gold CODED.csv is required', 'e.g. khitab validate --gold data/gold/seeds-coded.csv');
    for (const g of v.gold) fileArg(g, '--gold CODED.csv');
    numberArg('--top', v.top, { min: 0 });
    if (v.out !== undefined && existsSync(v.out)) folderArg(v.out, '--out folder');
    if (v.meta !== undefined) fileArg(v.meta, '--meta CSV');
    dir = resolve(parsed.positionals[0] ?? resolve(ROOT, 'data/corpus'));
    folderArg(parsed.positionals[0] ?? dir, 'corpus folder the sample was drawn from');
    split = splitChoiceArg(v.labeller, v.model);
  } catch (e) {
    return usageFailure('validate', e);
  }
  if (splitOptionsOrReport('validate', split, parsed.values.model) === null) return 1;
  const v = parsed.values;
  const goldPaths = v.gold as string[];
  const goldPath = goldPaths.join(', ');
  let gold;
  try {
    gold = readGold(goldPaths);
  } catch (e) {
    console.error(`khitab validate: ${(e as Error).message}`);
    return 1;
  }
  const corpus = await loadCorpus(dir, v.meta !== undefined ? { meta: v.meta } : {});
  const result = await analyzeCorpus(corpus, { lexicon: v.lexicon, keepArticles: false, resamples: 1, split });
  // A sheet sampled by hit (`khitab sample --unit hits`) names hit units (`ID:LINE:COL:MARKER`): compare them
  // with each hit's label; pages' reporting and comments only where the sheet codes those.
  const hitRows = gold.filter((g) => g.unit?.includes(':')).length;
  const predicted = predictedUnits(result.tables, result.lexicon, { units: hitRows === 0 ? 'segments' : hitRows === gold.length ? 'hits' : 'all' });
  // Sheets of hits may judge each hit's category (category_ok): reported after the stance, when any is.
  const judgements = categoryJudgements(gold);
  const judged = judgements.length > 0 ? `\n${formatCategoryJudgements(judgements)}` : '';
  const withJudgements = <T extends object>(r: T) => (judgements.length > 0 ? { ...r, categoryJudgements: judgements } : r);
  if (new Set(gold.map((g) => g.coder)).size > 1) {
    const multi = validateCoders(gold, predicted);
    if (v.out !== undefined) {
      mkdirSync(v.out, { recursive: true });
      const file = join(v.out, 'disagreements.csv');
      writeCsvFile(file, DISAGREEMENT_COLUMNS, disagreementRows(multi.disagreements));
      console.error(`khitab validate: ${multi.disagreements.length} disagreement(s) written to ${relative(process.cwd(), file) || file}`);
    }
    if (v.json) console.log(JSON.stringify(withJudgements(multi), jsonValue, 2));
    else {
      console.log(`khitab validate: ${goldPath} against ${dir} (lexicon ${result.info.lexiconVersion})\n`);
      console.log(formatCoderReport(multi, { top: numberArg('--top', v.top, { min: 0 }) }) + judged);
    }
    return 0;
  }
  const report = validateStance(gold, predicted);
  if (v.json) {
    console.log(JSON.stringify(withJudgements(report), jsonValue, 2));
  } else {
    console.log(`khitab validate: ${goldPath} against ${dir} (lexicon ${result.info.lexiconVersion})\n`);
    console.log(formatValidationReport(report) + judged);
  }
  return 0;
}
