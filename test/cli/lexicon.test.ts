import { describe, it, expect, vi, afterEach } from 'vitest';
import path from 'node:path';
import { run } from '../../src/cli/lexicon';

function capture() {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  return { out, restore: () => { log.mockRestore(); err.mockRestore(); } };
}
afterEach(() => vi.restoreAllMocks());

describe('khitab lexicon check', () => {
  it('passes on the shipped codebook', async () => {
    const c = capture();
    const code = await run(['check']);
    c.restore();
    expect(code).toBe(0);
    expect(c.out.at(-1)).toMatch(/markers in 1 file\(s\), \d+ examples: ok/);
  });
  it('prints failures as file:line and exits 1', async () => {
    const c = capture();
    const code = await run(['check', '--only', path.join(__dirname, '../fixtures/lexicons/failing.yaml')]);
    c.restore();
    expect(code).toBe(1);
    expect(c.out.some((l) => /failing\.yaml:3: marker 'fx_fail': example does not match/.test(l))).toBe(true);
  });
  it('prints validation problems as file:line and exits 1', async () => {
    const c = capture();
    const code = await run(['check', '--only', path.join(__dirname, '../fixtures/lexicons/bad.yaml')]);
    c.restore();
    expect(code).toBe(1);
    expect(c.out.some((l) => /bad\.yaml:12: .*polarity/.test(l))).toBe(true);
  });
  it('prints problems of the categories: block as file:line and exits 1', async () => {
    const c = capture();
    const code = await run(['check', path.join(__dirname, '../fixtures/lexicons/categories/bad.yaml')]);
    c.restore();
    expect(code).toBe(1);
    expect(c.out.some((l) => /categories\/bad\.yaml:16: marker 'bad_undeclared': category 'cat_undeclared' is not declared/.test(l))).toBe(true);
    expect(c.out.some((l) => /categories\/bad\.yaml:7: category 'stance_oppose' is declared differently at .*codebook\.yaml:\d+/.test(l))).toBe(true);
    expect(c.out.at(-1)).toMatch(/9 problem\(s\)$/);
  });
  it('rejects an unknown subcommand with exit 2', async () => {
    const c = capture();
    expect(await run(['fix'])).toBe(2);
    c.restore();
  });
});
