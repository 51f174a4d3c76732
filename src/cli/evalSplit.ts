/**
 * `khitab eval split --gold DIR [--cv layout] [--json]`: measures the splitter against gold line
 * roles (data/gold/split/README.md): per-role precision/recall/F1, line accuracy, pages exact,
 * comment counts, phantom comments, titles, per layout family; `--cv layout` adds leave-one-
 * layout-out cross-validation. The figures describe the splitter; the exit code says only
 * whether the evaluation ran.
 */
import { join } from 'node:path';
import { readSplitGoldDir, type SplitGoldSet } from '../split/readSplitGoldDir';
import { formatGoldProblem, type GoldProblem } from '../split/readSplitGoldTypes';
import { evalSplit } from '../validate/evalSplit';
import { crossValidateLayouts } from '../validate/evalSplitCv';
import { formatSplitCv, formatSplitEval } from '../validate/evalSplitFormat';
import { ruleSplitter } from '../validate/evalSplitRule';
import { bundledModel, trainedLabeller } from '../validate/evalSplitModel';
import { folderArg, INPUT_EXIT, labellerArg, parseCommandArgs, usageFailure, UsageError, USAGE_EXIT } from './args';
import { suggestName } from './suggest';

const HELP = `usage: khitab eval split --gold DIR [--labeller rules|model] [--cv layout] [--json]

Measures the splitter against hand-labelled pages: every *.gold.txt file directly in DIR
(format and decision rules in data/gold/split/README.md; saved pages as NAME.html beside).
Prints per-role precision, recall, F1 and support; line accuracy (blank lines apart); pages
exact; comment-count exact; phantom comments; titles right; line accuracy per layout family
with the worst family marked.
  --gold DIR    folder of gold pages, e.g. data/gold/split/dev
  --labeller L  model (default: the trained line labeller, the shipped data/models/split-lines.json;
                with --cv, a model trained in each fold) or rules (the profile rules)
  --cv layout   also leave-one-layout-out cross-validation: train on the other families, test on
                the held-out one; reports each family, the mean and the worst
  --json        the figures as JSON
Gold files with problems are listed (file:line: problem) and left out. Exit 0 when the evaluation
ran, 1 when DIR cannot be read or holds no gold page, 2 on usage errors.
Example: khitab eval split --gold data/gold/split/dev --labeller model --cv layout`;

/** The options of `khitab eval split` (see HELP). */
const OPTIONS = {
  gold: { type: 'string' },
  cv: { type: 'string' },
  labeller: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The subcommands of `khitab eval`. */
const SUBCOMMANDS = ['split'];

/** A gold problem or warning with the folder in its file name, so an editor can open it. */
function where(dir: string, p: GoldProblem, warning = false): string {
  const line = formatGoldProblem({ ...p, file: join(dir, p.file) });
  return warning ? line.replace(/^(.*?:\d+: )/, '$1warning: ') : line;
}

/** Runs `khitab eval`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '-h' || sub === '--help') { console.log(HELP); return sub ? 0 : USAGE_EXIT; }
  let dir: string;
  let cv: boolean;
  let json: boolean;
  let useModel: boolean;
  try {
    if (!SUBCOMMANDS.includes(sub)) {
      const guess = suggestName(sub, SUBCOMMANDS);
      throw new UsageError(`unknown subcommand '${sub}'`, guess ? `did you mean \`${guess}\`?` : '`khitab eval --help` lists the subcommands');
    }
    const parsed = parseCommandArgs('eval split', rest, OPTIONS);
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (v.gold === undefined) throw new UsageError('--gold DIR is required', 'e.g. khitab eval split --gold data/gold/split/dev');
    if (v.cv !== undefined && v.cv !== 'layout') throw new UsageError(`--cv takes 'layout', not '${v.cv}'`);
    useModel = labellerArg(v.labeller) === 'model';
    folderArg(v.gold, '--gold folder of *.gold.txt files');
    dir = v.gold;
    cv = v.cv === 'layout';
    json = v.json;
  } catch (e) {
    return usageFailure(SUBCOMMANDS.includes(sub) ? 'eval split' : 'eval', e);
  }
  let gold: SplitGoldSet;
  try {
    gold = readSplitGoldDir(dir);
  } catch (e) {
    console.error(`khitab eval split: cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return INPUT_EXIT;
  }
  for (const p of gold.problems) console.error(where(dir, p));
  for (const w of gold.warnings) console.error(where(dir, w, true));
  if (gold.pages.length === 0) {
    console.error(`khitab eval split: no usable gold page in ${dir} (${gold.files} *.gold.txt file(s), ${gold.skipped.length} with problems)`);
    return INPUT_EXIT;
  }
  const report = useModel
    ? evalSplit(gold.pages, { labeller: bundledModel(), name: 'trained line labeller (data/models/split-lines.json)' })
    : evalSplit(gold.pages, { labeller: ruleSplitter.train([]), name: ruleSplitter.name });
  const cvReport = cv ? crossValidateLayouts(gold.pages, useModel ? trainedLabeller : ruleSplitter) : null;
  const read = { folder: dir, files: gold.files, pages: gold.pages.length, skipped: gold.skipped };
  if (json) {
    console.log(JSON.stringify({ gold: read, eval: report, ...(cvReport ? { cv: cvReport } : {}) }, null, 2));
    return 0;
  }
  const skipped = gold.skipped.length ? `; ${gold.skipped.length} file(s) with problems left out` : '';
  console.log(`khitab eval split: ${gold.pages.length} gold page(s) from ${dir} (${report.labeller})${skipped}\n`);
  console.log(formatSplitEval(report));
  if (cvReport) console.log(`\ncross-validation, leave one layout family out\n${formatSplitCv(cvReport)}`);
  return 0;
}
