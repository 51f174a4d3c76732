/**
 * Runs a command module's `run(argv)` in this process and captures what it printed (console.log
 * and console.error, and with `stdout` also process.stdout.write), for CLI tests. The spies are
 * restored before it returns.
 */
import { vi } from 'vitest';

/** Exit code and printed text of one run. */
export interface CapturedRun {
  /** Exit code returned by `run`. */
  code: number;
  /** Everything written with console.error, one call per line. */
  err: string;
  /** Everything written with console.log (and process.stdout.write with `stdout`), one call per line. */
  out: string;
}

/** Options of `captureRun`. */
export interface CaptureOptions {
  /** Also capture process.stdout.write into `out` (commands that print JSON with it). Default false. */
  stdout?: boolean;
}

/**
 * Calls `run(argv)` with console.log and console.error captured.
 * @example const r = await captureRun(run, ['stance', '--help']); r.code // 0
 */
export async function captureRun(run: (argv: string[]) => Promise<number>, argv: string[], options: CaptureOptions = {}): Promise<CapturedRun> {
  const err: string[] = [];
  const out: string[] = [];
  const spies = [
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); }),
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); }),
  ];
  if (options.stdout) spies.push(vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as never);
  try {
    const code = await run(argv);
    return { code, err: err.join('\n'), out: out.join('\n') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}
