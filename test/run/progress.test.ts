import { afterEach, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/run/progress';

/** A terminal-like stream that records what is written. */
function fakeTerminal(isTTY = true): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('createProgress', () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it('update draws pages, MB, MB/s and ETA on one line', () => {
    const { stream, written } = fakeTerminal();
    const p = createProgress({ stream, enabled: true, intervalMs: 0 });
    p.update(10, 100, 5e6, 5e7);
    p.update(100, 100, 5e7, 5e7);
    expect(written[0]).toMatch(/^\r {2}10\/100 pages {2}5\.0 MB {2}\d+(\.\d)? MB\/s {2}ETA \d+s {3}$/);
    expect(written[1]).toMatch(/^\r {2}100\/100 pages {2}50\.0 MB .* ETA 0s {3}$/);
    p.done();
    expect(written).toHaveLength(3);
    expect(written[2]).toBe('\n');
  });

  it('update draws at most once per interval, and always the last pages', () => {
    const { stream, written } = fakeTerminal();
    const p = createProgress({ stream, enabled: true, intervalMs: 60_000 });
    p.update(10, 100, 5e6, 5e7);
    p.update(20, 100, 1e7, 5e7);
    expect(written).toEqual([]);
    p.update(100, 100, 5e7, 5e7);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\r {2}100\/100 pages/);
  });

  it('step shows what the run does after the pages, padded to wipe the longer line before it', () => {
    const { stream, written } = fakeTerminal();
    const p = createProgress({ stream, enabled: true, intervalMs: 0 });
    p.update(5, 5, 25148, 25148);
    p.step('bootstrap intervals');
    expect(written[1]).toMatch(/^\r {2}bootstrap intervals {2}\(0s\) +$/);
    expect(written[1].length).toBe(written[0].length);
    p.step('converting hits to Parquet, part 12 of 250, a message longer than the page line was');
    expect(written[2]).toMatch(/^\r {2}converting hits to Parquet, part 12 of 250, .* \(0s\)$/);
    p.done();
    expect(written.slice(3)).toEqual(['\n']);
  });

  it('stays silent when disabled, when the stream is not a terminal, and under CI', () => {
    const quiet = (p: ReturnType<typeof createProgress>): void => { p.update(2, 2, 10, 10); p.step('bootstrap'); p.done(); };
    const off = fakeTerminal();
    quiet(createProgress({ stream: off.stream, enabled: false }));
    const pipe = fakeTerminal(false);
    delete process.env.CI;
    quiet(createProgress({ stream: pipe.stream }));
    const tty = fakeTerminal();
    process.env.CI = '1';
    quiet(createProgress({ stream: tty.stream }));
    expect([off.written, pipe.written, tty.written]).toEqual([[], [], []]);
    // A terminal outside CI draws.
    delete process.env.CI;
    const on = fakeTerminal();
    quiet(createProgress({ stream: on.stream }));
    expect(on.written.length).toBe(3);
  });
});
