/**
 * `khitab lexicon check [FILE...]`: validates lexicon files and tests every marker against its own
 * examples (must match) and counterExamples (must not). `khitab lexicon suggest` and `accept` (corpus-
 * driven expansion) live in lexiconSuggest.ts and lexiconAccept.ts.
 */
import path from 'node:path';
import { defaultLexiconPaths, lexiconPathsWith, readLexicon } from '../lexicon/loadLexicon';
import { checkLexicon } from '../stance/checkLexicon';
import { parseCommandArgs, usageFailure, UsageError, USAGE_EXIT } from './args';
import { suggestName } from './suggest';
import { runSuggest } from './lexiconSuggest';
import { runAccept } from './lexiconAccept';

const HELP = `usage: khitab lexicon check [FILE...]
       khitab lexicon suggest [DIR] --out SHEET.csv   (see khitab lexicon suggest --help)
       khitab lexicon accept SHEET --out FILE [--codebook FILE]

Validates lexicon files (default: every .yaml/.yml/.dic file in data/lexicons/) and tests each marker
against its examples (must match) and counterExamples (must not match), with the whole lexicon loaded.
Files given are checked together with the shipped codebook unless --only is given.
  --only   check only the files given
Problems are printed as file:line: problem. Exit 0 when everything passes, 1 on any failure, 2 on usage errors.`;

/** The options of `khitab lexicon check` (see HELP). */
const OPTIONS = {
  only: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab lexicon`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '-h' || sub === '--help') { console.log(HELP); return sub ? 0 : USAGE_EXIT; }
  if (sub === 'suggest') return runSuggest(rest);
  if (sub === 'accept') return runAccept(rest);
  let only: boolean;
  let files: string[];
  try {
    if (sub !== 'check') {
      const guess = suggestName(sub, ['check', 'suggest', 'accept']);
      throw new UsageError(`unknown subcommand '${sub}'`, guess ? `did you mean \`${guess}\`?` : '`khitab lexicon --help` lists the subcommands');
    }
    const parsed = parseCommandArgs('lexicon', rest, OPTIONS, { maxPositionals: Infinity, positionalName: 'lexicon file' });
    if (parsed.help) { console.log(HELP); return 0; }
    only = parsed.values.only;
    files = parsed.positionals.map((a) => path.resolve(a));
  } catch (e) {
    return usageFailure('lexicon', e);
  }
  const paths = only && files.length ? files : lexiconPathsWith(files);
  const { lexicon, problems } = readLexicon(paths);
  for (const p of problems) console.log(p);
  const failures = problems.length ? [] : checkLexicon(lexicon);
  for (const f of failures) console.log(f);
  const examples = lexicon.markers.reduce((n, m) => n + m.examples.length + m.counterExamples.length, 0);
  const bad = problems.length + failures.length;
  console.log(`${lexicon.markers.length} markers in ${lexicon.files.length} file(s), ${examples} examples: ${bad === 0 ? 'ok' : `${bad} problem(s)`}`);
  return bad ? 1 : 0;
}
