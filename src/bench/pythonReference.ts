/**
 * Running the Python reference pipeline (scripts/bench/reference.py: regex normalization and
 * tokens, a dict lookup of the lexicon's terms, pandas counts per outlet) beside khitab's stages,
 * so the benchmark can say how many times faster the toolkit is than the script a researcher
 * would write. Optional: without a python3 that imports pandas, the bench says so and goes on.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The reference script. */
export const REFERENCE_SCRIPT = resolve(__dirname, '../../scripts/bench/reference.py');

/** What one reference run measured (its own report: after imports, to the CSV written). */
export interface ReferenceMeasure {
  pages: number;
  bytes: number;
  /** Lexicon hits counted. */
  hits: number;
  /** Wall seconds. */
  seconds: number;
  /** CPU seconds of the process (user + system). */
  cpuSeconds: number;
  /** Peak resident set in MB. */
  maxRssMb: number;
}

/**
 * The first of `candidates` that runs and imports pandas, or null. Default candidates: the
 * environment's KHITAB_PYTHON, then `python3` on the PATH, then Debian's /usr/bin/python3 (a
 * pyenv python3 first on the PATH often lacks pandas).
 * @example findPython() // '/usr/bin/python3' (or null without pandas)
 */
export function findPython(candidates: readonly string[] = [process.env.KHITAB_PYTHON ?? '', 'python3', '/usr/bin/python3']): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const r = spawnSync(c, ['-c', 'import pandas'], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) return c;
  }
  return null;
}

/**
 * Runs the reference on a corpus folder (text files or JSON lines) with the exported lexicon
 * terms (`writeLexiconTerms`), writing its CSV to `out`, and returns its report.
 * @example runReference('/usr/bin/python3', '.bench/c/text', '.bench/terms.json', '/tmp/o') // {pages: 60000, seconds: 31.4, …}
 */
export function runReference(python: string, dir: string, termsFile: string, out: string): ReferenceMeasure {
  const r = spawnSync(python, [REFERENCE_SCRIPT, dir, '--terms', termsFile, '--out', join(out, 'reference.csv')], {
    encoding: 'utf8', maxBuffer: 16 << 20,
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('REFERENCE '));
  if (r.status !== 0 || !line) throw new Error(`python reference failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(line.slice('REFERENCE '.length)) as ReferenceMeasure;
}
