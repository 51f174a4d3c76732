/**
 * The `--labeller` and `--model` options of the commands that split pages (`analyze`, `split`): the
 * run's `SplitChoice` from them, and the model read before any page is, so a bad model file stops
 * the command with one line instead of failing on every page.
 */
import { resolve } from 'node:path';
import { splitOptionsOf, type SplitChoice } from '../split/splitChoice';
import type { SplitPageOptions } from '../split/splitPage';
import { fileArg, labellerArg, UsageError } from './args';

/** The two options, to spread into a command's option table. */
export const LABELLER_OPTIONS = {
  labeller: { type: 'string' },
  model: { type: 'string' },
} as const;

/** Their help lines, for the commands whose other options are no wider than 16 characters. */
export const LABELLER_HELP = `  --labeller L    how pages are split into line roles, as in khitab analyze: model (default, the
                  trained line labeller) or rules (the profile rules)
  --model FILE    the trained model (default data/models/split-lines.json)`;

/**
 * The split choice of `--labeller L` (default `model`) and `--model FILE`; a usage error for another
 * labeller, a missing model file, or `--model` with `--labeller rules`.
 * @example splitChoiceArg('model', 'my-model.json') // { labeller: 'model', model: '/abs/my-model.json' }
 */
export function splitChoiceArg(labeller: string | undefined, model: string | undefined): SplitChoice {
  const choice: SplitChoice = { labeller: labellerArg(labeller) };
  if (model !== undefined) {
    fileArg(model, '--model FILE');
    if (choice.labeller !== 'model') throw new UsageError('--model is for the trained labeller, not --labeller rules', 'leave out --labeller rules');
    choice.model = resolve(model);
  }
  return choice;
}

/**
 * The `splitPage` options of a choice, with the model read now; null after printing
 * `khitab COMMAND: cannot read the model FILE: why` when it cannot be read.
 * @example splitOptionsOrReport('split', { labeller: 'rules' }) // {}
 */
export function splitOptionsOrReport(command: string, choice: SplitChoice, shown = 'data/models/split-lines.json'): SplitPageOptions | null {
  try {
    return splitOptionsOf(choice);
  } catch (e) {
    console.error(`khitab ${command}: cannot read the model ${shown}: ${(e as Error).message}`);
    return null;
  }
}
