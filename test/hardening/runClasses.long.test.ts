// Long run classes of issue 20 (npm run test:long): `khitab analyze` as a child process, stopped by
// signals or kill -9, run twice at once into one --out; and a figure export that comes back empty
// (real Chromium). The fast classes are in runClasses.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderFigures } from '../../src/charts/renderFigures';
import { TABLE_FILES } from '../../src/tables/columns';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';
import { NO_CHROMIUM } from '../charts/browser';
import { unaccounted } from './accounting';

const ROOT = resolve(__dirname, '../..');
const SEEDS = resolve(ROOT, 'data/corpus');
const dir = mkdtempSync(join(tmpdir(), 'khitab-runlong-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seedsAccounted = Object.fromEntries(readdirSync(SEEDS).map((f) => [f, 1]));

/** `khitab analyze ARGS` as a child; `done` gives its exit code or signal, `stderr` what it printed so far. */
function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; ms: number }>; stderr: () => string; stdout: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', ...args], { cwd: ROOT, env: { ...process.env, CI: '1', ...env } });
  let err = '';
  let out = '';
  child.stderr!.on('data', (d) => { err += d; });
  child.stdout!.on('data', (d) => { out += d; });
  let signalled = 0;
  const kill = child.kill.bind(child);
  child.kill = (s?: NodeJS.Signals | number) => { signalled = Date.now(); return kill(s); };
  const done = new Promise<{ code: number | null; signal: string | null; ms: number }>((res) =>
    child.on('close', (code, signal) => res({ code, signal, ms: signalled ? Date.now() - signalled : 0 })));
  return { child, done, stderr: () => err, stdout: () => out };
}

/** Waits until `test()` holds (polling), at most `ms`. */
async function until(test: () => boolean, ms = 60_000): Promise<void> {
  const t0 = Date.now();
  while (!test() && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 10));
}

describe('run classes: khitab analyze as a child process', () => {
  it('bad --workers: 1000 is capped at 4 × the cores with a message; one SIGTERM while the pool starts stops it at once (exit 143, nothing written)', async () => {
    const out = join(dir, 'workers');
    const r = start([SEEDS, '--out', out, '--workers', '1000', '--no-figures', '--no-notebooks']);
    await until(() => r.stderr().includes('capped at'));
    expect(r.stderr()).toContain(`--workers 1000 capped at ${4 * availableParallelism()} (4 × the ${availableParallelism()} core`);
    // The pool is starting now (workers load for seconds); the signal must not wait for them.
    await until(() => existsSync(out) && readdirSync(out).some((f) => f.startsWith('.khitab-tmp-')), 30_000);
    r.child.kill('SIGTERM');
    const { code, ms } = await r.done;
    expect(code, r.stderr()).toBe(143);
    expect(ms).toBeLessThan(5_000);
    expect(r.stderr()).toMatch(/stopped \(SIGTERM\); no table written to .*workers, temporary files removed/);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  it('SIGTERM twice while the pool starts: the second ends the process at once', async () => {
    const out = join(dir, 'twice');
    const r = start([SEEDS, '--out', out, '--workers', String(4 * availableParallelism()), '--no-figures', '--no-notebooks']);
    await until(() => existsSync(out) && readdirSync(out).some((f) => f.startsWith('.khitab-tmp-')), 30_000);
    r.child.kill('SIGTERM');
    await until(() => r.stderr().includes('SIGTERM: stopping'), 5_000);
    r.child.kill('SIGTERM');
    const { code, signal, ms } = await r.done;
    // Either the first stop finished first (143) or the second re-raised SIGTERM (killed by it).
    expect(code === 143 || signal === 'SIGTERM', `${code} ${signal}`).toBe(true);
    expect(ms).toBeLessThan(3_000);
  }, 120_000);

  it('kill -9 during a run: the next run into the folder removes what it left, says so, and writes complete tables', async () => {
    const out = join(dir, 'killed');
    const gen = generateBenchCorpus(join(dir, 'gen'), 2, { seed: 5, corpus: 'seeds' });
    const r = start([gen.textDir, '--out', out, '--workers', '1', '--no-figures', '--no-notebooks']);
    const tmp = join(out, `.khitab-tmp-${r.child.pid}`);
    await until(() => existsSync(tmp));
    r.child.kill('SIGKILL');
    expect((await r.done).signal).toBe('SIGKILL');
    expect(existsSync(tmp)).toBe(true);
    const again = spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', SEEDS, '--out', out, '--workers', '1', '--no-figures', '--no-notebooks', '--resamples', '20'], { cwd: ROOT, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`removed .*\\.khitab-tmp-${r.child.pid}, left by a run that was killed`));
    expect(existsSync(tmp)).toBe(false);
    expect(unaccounted(out, seedsAccounted)).toEqual([]);
  }, 180_000);

  it('concurrent runs into one --out: both finish, and the tables are those of a run alone', async () => {
    const shared = join(dir, 'shared');
    const alone = join(dir, 'alone');
    const args = ['--workers', '1', '--resamples', '20', '--no-figures', '--no-notebooks'];
    expect((await start([SEEDS, '--out', alone, ...args]).done).code).toBe(0);
    const [a, b] = [start([SEEDS, '--out', shared, ...args]), start([SEEDS, '--out', shared, ...args])];
    expect([(await a.done).code, (await b.done).code], a.stderr() + b.stderr()).toEqual([0, 0]);
    for (const name of Object.values(TABLE_FILES)) {
      expect(readFileSync(join(shared, `${name}.csv`)).equals(readFileSync(join(alone, `${name}.csv`))), name).toBe(true);
    }
    expect(readdirSync(shared).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(unaccounted(shared, seedsAccounted)).toEqual([]);
  }, 180_000);

  it.skipIf(NO_CHROMIUM !== null)('SIGINT while drawing figures: exit 130, says what it left, figures/ as it was', async () => {
    const out = join(dir, 'figint');
    mkdirSync(join(out, 'figures'), { recursive: true });
    writeFileSync(join(out, 'figures', 'naming-shares.svg'), 'previous run');
    const r = start([SEEDS, '--out', out, '--workers', '1', '--resamples', '20', '--no-notebooks']);
    const staging = join(out, `.khitab-tmp-${r.child.pid}`, 'figures');
    await until(() => existsSync(staging) && readdirSync(staging).length > 0);
    r.child.kill('SIGINT');
    const { code } = await r.done;
    expect(code, r.stderr()).toBe(130);
    expect(r.stderr()).toMatch(/stopped \(SIGINT\) while drawing figures: the tables are complete; .*figures left as it was/);
    expect(readdirSync(join(out, 'figures'))).toEqual(['naming-shares.svg']);
    expect(readdirSync(out).filter((f) => f.startsWith('.khitab-tmp-'))).toEqual([]);
    expect(unaccounted(out, seedsAccounted)).toEqual([]);
  }, 180_000);
});

describe('run classes: figures', () => {
  it.skipIf(NO_CHROMIUM !== null)('a 0-byte figure export is a failure, and no 0-byte file is written (real Chromium)', async () => {
    const out = join(dir, 'empty-export');
    // A canvas too tall for Chromium: Plotly.toImage returns an empty data URL (as the comment-volume
    // chart of 100,000 articles did).
    const r = await renderFigures([{ name: 'tall', figure: { data: [{ type: 'bar', x: [1], y: ['a'] }], layout: { height: 300_000 } } }], out, { formats: ['png'] });
    expect(r.failed).toEqual(['tall.png: the export came back empty (0 bytes)']);
    expect(readdirSync(out)).toEqual(['figures.json']);
  }, 120_000);
});
