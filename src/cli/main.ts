/**
 * `khitab` command-line entry: dispatches to one module per subcommand.
 * Each subcommand module exports `run(argv: string[]): Promise<number>` returning the exit code.
 */
import { usageFailure, UsageError } from './args';
import { suggestName } from './suggest';

const COMMANDS: Record<string, { module: string; summary: string }> = {
  split: { module: './split', summary: 'label every line of pages with its role (title, body, comments, …)' },
  markers: { module: './markers', summary: 'find stance and framing markers with file:line:col provenance' },
  lexicon: { module: './lexicon', summary: 'lexicon check [FILE...]: validate codebooks and test their examples; lexicon suggest/accept: expand one from a corpus' },
  analyze: { module: './analyze', summary: 'analyze a corpus into tables, figures and notebooks (the main job)' },
  sample: { module: './sample', summary: 'sample RUN --out DIR: a stratified random sample of units as a coding sheet for hand coding' },
  validate: { module: './validate', summary: 'compare stance labels with a hand-coded sample; validate stance --gold DIR: with the stance gold' },
  eval: { module: './evalSplit', summary: 'eval split --gold DIR: measure the splitter against hand-labelled line roles' },
  train: { module: './trainSplit', summary: 'train split --gold DIR: retrain the splitter\'s line labeller on gold pages' },
  bench: { module: './bench', summary: 'benchmark throughput and peak memory on a synthetic corpus' },
};

function usage(): string {
  const lines = ['usage: khitab <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${c.summary}`);
  lines.push('', 'Run `khitab <command> --help` for the options of a command.');
  return lines.join('\n');
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(usage());
    return cmd ? 0 : 2;
  }
  if (cmd === '--version') {
    console.log(require('../../package.json').version);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!entry) {
    if (cmd.startsWith('-')) {
      // Only --help and --version come before a command; a mistyped one is named, others follow a command.
      const option = suggestName(cmd.replace(/^-+/, ''), ['help', 'version']);
      const command = suggestName(cmd.replace(/^-+/, ''), Object.keys(COMMANDS));
      return usageFailure('', new UsageError(`unknown option ${cmd} (options follow a command)`,
        option ? `did you mean --${option}?` : command ? `did you mean \`${command}\` (a command, not an option)?` : undefined));
    }
    const guess = suggestName(cmd, Object.keys(COMMANDS));
    return usageFailure('', new UsageError(`unknown command '${cmd}'`, guess ? `did you mean \`${guess}\`? (\`khitab --help\` lists the commands)` : undefined));
  }
  const mod = require(entry.module) as { run: (argv: string[]) => Promise<number> };
  return mod.run(rest);
}
