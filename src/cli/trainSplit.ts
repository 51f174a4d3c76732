/**
 * `khitab train split --gold DIR --out FILE`: trains the splitter's line labeller on gold pages
 * (data/gold/split/README.md format) and writes the model file, so a researcher who labels a few
 * pages of a new outlet can adapt the splitter to it. Same gold folder → byte-identical file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readTrainingPages, trainingSetHash } from '../split/model/trainingPages';
import { SPLIT_TRAIN_DEFAULTS, trainSplitModel } from '../split/model/trainLabeller';
import { splitModelToJson } from '../split/model/splitModel';
import { rngMulberry32 } from '../stats/rngMulberry32';
import { folderArg, numberArg, outFileArg, parseCommandArgs, usageFailure, UsageError } from './args';

const HELP = `usage: khitab train split --gold DIR --out FILE [--epochs N] [--seed N] [--bits N] [--ensemble N]

Trains the splitter's line labeller (averaged perceptron over line features, Viterbi decoding) on
the gold pages in DIR (*.gold.txt, with NAME.html beside saved-HTML pages) and writes the model.
The model records the SHA-256 of DIR's gold files; the same DIR gives a byte-identical file.
The confidence temperature is fitted by leaving one layout family out at a time.
  --out FILE    where to write the model (required; the bundled model is data/models/split-lines.json,
                retrained with --gold data/gold/split/dev --out data/models/split-lines.json)
  --epochs N    perceptron passes (default ${SPLIT_TRAIN_DEFAULTS.epochs})
  --seed N      shuffling seed (default ${SPLIT_TRAIN_DEFAULTS.seed})
  --bits N      feature space of 2^N (default ${SPLIT_TRAIN_DEFAULTS.bits})
  --ensemble N  perceptrons trained on different page orders, weights averaged (default ${SPLIT_TRAIN_DEFAULTS.ensemble})
Use it with splitArticle(text, { labeller: 'model', model: loadSplitModel(FILE) }).
Example: khitab train split --gold data/gold/split/dev --out my-model.json`;

/** The options of `khitab train split` (see HELP). */
const OPTIONS = {
  gold: { type: 'string' },
  out: { type: 'string' },
  epochs: { type: 'string' },
  seed: { type: 'string' },
  bits: { type: 'string' },
  ensemble: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab train <what>` (only `split` so far); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let gold: string;
  let out: string;
  let shown: string;
  let opts;
  try {
    const [what, ...rest] = argv;
    if (what === undefined || what === '--help' || what === '-h') { console.log(HELP); return what ? 0 : 2; }
    if (what !== 'split') throw new UsageError(`unknown model '${what}'`, 'the only model is `split`: khitab train split --gold DIR');
    const parsed = parseCommandArgs('train split', rest, OPTIONS);
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (v.gold === undefined) throw new UsageError('--gold DIR is required', 'e.g. khitab train split --gold data/gold/split/dev');
    folderArg(v.gold, '--gold folder of *.gold.txt pages');
    gold = v.gold;
    if (v.out === undefined) throw new UsageError('--out FILE is required', 'e.g. khitab train split --gold data/gold/split/dev --out my-model.json');
    outFileArg(v.out, '--out FILE');
    out = resolve(v.out);
    shown = v.out;
    opts = {
      epochs: numberArg('--epochs', v.epochs, { min: 1 }), seed: numberArg('--seed', v.seed, { min: 0 }),
      bits: numberArg('--bits', v.bits, { min: 8 }), ensemble: numberArg('--ensemble', v.ensemble, { min: 1 }),
    };
    if (opts.bits !== undefined && opts.bits > 24) throw new UsageError(`--bits takes a whole number from 8 to 24, not ${opts.bits}`);
  } catch (e) {
    return usageFailure(argv[0] === 'split' ? 'train split' : 'train', e);
  }
  let pages;
  try {
    pages = readTrainingPages(gold);
  } catch (e) {
    console.error(`khitab train split: ${(e as Error).message}`);
    return 1;
  }
  if (pages.length === 0) { console.error(`khitab train split: no *.gold.txt pages in ${gold}`); return 1; }
  const clean = Object.fromEntries(Object.entries(opts).filter(([, x]) => x !== undefined));
  const model = trainSplitModel(pages, trainingSetHash(gold), rngMulberry32, clean);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, splitModelToJson(model));
  const families = new Set(pages.map((p) => p.layout)).size;
  console.log(`khitab train split: ${pages.length} pages (${families} layout families) → ${shown} (training set ${model.trainingSha256.slice(0, 12)}…)`);
  return 0;
}
