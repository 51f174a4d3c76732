/**
 * Helpers of the run-class tests (issue 20): a corpus folder built from named files, `khitab
 * analyze` run in this process with what it printed, the rows of a run's CSV tables, and the
 * accounting every run must pass: each input (a file, or a JSON-lines record) is one row of
 * articles.csv or of rejects.csv.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { captureRun, type CapturedRun } from '../cli/captureRun';
import { parse } from 'csv-parse/sync';
import { run as runAnalyze } from '../../src/cli/analyze';

/** A fresh temporary folder with `corpus/` holding `files` (path → text or bytes). */
export function corpusOf(prefix: string, files: Record<string, string | Buffer>): { dir: string; corpus: string } {
  const dir = mkdtempSync(join(tmpdir(), `khitab-${prefix}-`));
  const corpus = join(dir, 'corpus');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(corpus, name)), { recursive: true });
    writeFileSync(join(corpus, name), content);
  }
  return { dir, corpus };
}

/** `khitab analyze ARGV` in this process, with its exit code and what it printed. */
export function analyze(argv: string[]): Promise<CapturedRun> {
  return captureRun(runAnalyze, argv);
}

/** The rows of `<out>/<table>.csv` as objects. */
export function tableRows(out: string, table: string): Record<string, string>[] {
  return parse(readFileSync(join(out, `${table}.csv`), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
}

/**
 * Checks `inputs in = articles + rejects`: the inputs are the files given (a JSON-lines file
 * counts once per non-blank line); returns what is missing or extra, empty when they match.
 */
export function unaccounted(out: string, inputs: Record<string, number>): string[] {
  const seen = new Map<string, number>();
  for (const r of [...tableRows(out, 'articles'), ...tableRows(out, 'rejects')]) {
    const file = r.file.replace(/#\d+$/, '');
    seen.set(file, (seen.get(file) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const [f, n] of Object.entries(inputs)) if (seen.get(f) !== n) problems.push(`${f}: ${n} input(s), ${seen.get(f) ?? 0} row(s)`);
  for (const f of seen.keys()) if (!(f in inputs)) problems.push(`${f}: a row for a file not given`);
  return problems;
}
