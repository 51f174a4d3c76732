/**
 * Runs a command module's `run(argv)` in this process and captures what it printed (console.log
 * and console.error), for CLI tests. Callers restore the spies with `vi.restoreAllMocks()` in
 * `afterEach`.
 */
import { vi } from 'vitest';

/** Exit code and printed text of one run. */
export interface CapturedRun {
  /** Exit code returned by `run`. */
  code: number;
  /** Everything written with console.error, one call per line. */
  err: string;
  /** Everything written with console.log, one call per line. */
  out: string;
}

/**
 * Calls `run(argv)` with console.log and console.error captured.
 * @example const r = await captureRun(run, ['stance', '--help']); r.code // 0
 */
export async function captureRun(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<CapturedRun> {
  const err: string[] = [];
  const out: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const code = await run(argv);
  return { code, err: err.join('\n'), out: out.join('\n') };
}
