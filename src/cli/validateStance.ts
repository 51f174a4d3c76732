/**
 * `khitab validate stance --gold DIR [--json]`: measures the stance instrument on the stance gold
 * (data/gold/stance/README.md): per segment the per-class precision/recall/F1, macro-F1, accuracy,
 * confusion matrix, sign agreement and voice attribution, per camp or variety. The figures
 * describe the instrument; the exit code says only whether the evaluation ran.
 */
import type { Lexicon } from '../lexicon/types';
import { LexiconError } from '../lexicon/loadLexicon';
import { resolveLexicon } from '../lexicon/resolveLexicon';
import { evalStance } from '../validate/evalStance';
import { formatStanceEval } from '../validate/evalStanceFormat';
import { readStanceGold } from '../validate/readStanceGold';
import type { StanceGoldUnit } from '../validate/stanceGoldTypes';
import { folderArg, INPUT_EXIT, parseCommandArgs, usageFailure, UsageError } from './args';

const HELP = `usage: khitab validate stance --gold DIR [--lexicon PATH...] [--json]

Measures the stance instrument on hand-written stance units: every *.tsv file under DIR (format
and decision rules in data/gold/stance/README.md). Each reporting unit is run as the body of a
one-sentence article, each comment unit as one reader comment, through the same steps as
\`khitab analyze\`. Its predicted stance is conditional when its conditional hits are at least its
support and oppose hits together, else from the stance index (support > 0, oppose < 0, neutral
when balanced or without stance hits); its predicted voice from the hit's quotation flag and speaker (authorial when the
hit is not quoted or reported, else the speaker named through data/voices.yaml).
Prints per segment (reporting, comment): per-class precision, recall, F1, support; macro-F1 over
the four classes (an undefined F1 counts as 0); accuracy; sign agreement on gold support/oppose
units (and how many got no prediction); voice attribution on units with a stance hit and a
non-neutral gold stance; the confusion matrix; one line per camp (reporting) or variety (comments).
  --gold DIR      folder of stance gold files, e.g. data/gold/stance/dev
  --lexicon PATH  extra lexicon file(s) loaded after the shipped codebook
  --json          the figures as JSON
Exit 0 when the evaluation ran, 1 when DIR cannot be read, has a file with problems (listed as
file:line: problem) or holds no unit, 2 on usage errors.
Example: khitab validate stance --gold data/gold/stance/dev`;

/** The options of `khitab validate stance` (see HELP). */
const OPTIONS = {
  gold: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab validate stance` (argv after `stance`); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let dir: string;
  let json: boolean;
  let extra: string[];
  try {
    const parsed = parseCommandArgs('validate stance', argv, OPTIONS);
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (v.gold === undefined) throw new UsageError('--gold DIR is required', 'e.g. khitab validate stance --gold data/gold/stance/dev');
    folderArg(v.gold, '--gold folder of stance gold *.tsv files');
    dir = v.gold;
    json = v.json;
    extra = v.lexicon ?? [];
  } catch (e) {
    return usageFailure('validate stance', e);
  }
  let units: StanceGoldUnit[];
  try {
    units = readStanceGold(dir);
  } catch (e) {
    console.error(`khitab validate stance: cannot use ${dir}:\n${(e as Error).message}`);
    return INPUT_EXIT;
  }
  if (units.length === 0) {
    console.error(`khitab validate stance: no stance gold unit in ${dir} (no *.tsv file with units)`);
    return INPUT_EXIT;
  }
  let lexicon: Lexicon;
  try {
    lexicon = resolveLexicon(extra);
  } catch (e) {
    if (!(e instanceof LexiconError)) throw e;
    console.error(`khitab validate stance: ${e.message}`);
    return INPUT_EXIT;
  }
  const report = evalStance(units, { lexicon });
  if (json) {
    console.log(JSON.stringify({ gold: { folder: dir }, ...report }, null, 2));
    return 0;
  }
  console.log(`khitab validate stance: ${units.length} gold unit(s) from ${dir} (lexicon ${report.lexicon})\n`);
  console.log(formatStanceEval(report));
  return 0;
}
