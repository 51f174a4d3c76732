// Long checks (npm run test:long): \`khitab analyze\` as a child process, twice per check (one and two
// workers). npm test checks the same engine in-process (test/run/analyzeStream.test.ts) and the
// signal handling unit by unit (test/cli/stopOnSignals.test.ts).
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TABLE_FILES } from '../../src/tables/columns';
import { generateBenchCorpus } from '../../src/bench/generateCorpus';

const ROOT = resolve(__dirname, '../..');
const khitab = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/khitab.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });

describe('khitab analyze', () => {
  it('writes the same tables with one worker as with two', () => {
    const one = mkdtempSync(join(tmpdir(), 'khitab-w1-'));
    const two = mkdtempSync(join(tmpdir(), 'khitab-w2-'));
    const base = ['analyze', '--no-figures', '--no-notebooks', '--resamples', '50'];
    expect(khitab([...base, '--out', one, '--workers', '1']).status).toBe(0);
    expect(khitab([...base, '--out', two, '--workers', '2']).status).toBe(0);
    for (const name of Object.values(TABLE_FILES)) {
      expect(readFileSync(join(one, `${name}.csv`)).equals(readFileSync(join(two, `${name}.csv`))), name).toBe(true);
    }
  });

  it('stops on Ctrl-C (SIGINT) with exit 130, removing its temporary folder and writing no table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-int-'));
    try {
      const gen = generateBenchCorpus(join(dir, 'corpus'), 3.5, { seed: 3, corpus: 'seeds' });
      const out = join(dir, 'out');
      for (const workers of ['1', '2']) {
        const child = spawn(process.execPath, [join(ROOT, 'bin/khitab.cjs'), 'analyze', gen.textDir, '--out', out, '--workers', workers, '--no-figures', '--no-notebooks'],
          { cwd: ROOT, env: { ...process.env, CI: '1' } });
        let stderr = '';
        child.stderr.on('data', (d) => { stderr += d; });
        const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
        // Interrupt once the run has started writing (its temporary folder exists).
        const tmp = join(out, `.khitab-tmp-${child.pid}`);
        const started = Date.now();
        while (!existsSync(tmp) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
        child.kill('SIGINT');
        expect(await exited, stderr).toBe(130);
        expect(stderr).toMatch(/SIGINT: stopping and removing the temporary files/);
        expect(stderr).toMatch(/stopped \(SIGINT\); no table written to .*out, temporary files removed/);
        expect(readdirSync(out)).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
