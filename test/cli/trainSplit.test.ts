import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { trainingSetHash } from '../../src/split/model/trainingPages';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = 'test/fixtures/gold-split-train';
const khitab = (...args: string[]) => spawnSync('node', ['bin/khitab.cjs', 'train', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('khitab train split', () => {
  it('khitab train split --gold DIR --out FILE writes the same model file twice', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-train-'));
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'sub', 'b.json');
    const r1 = khitab('split', '--gold', FIXTURE, '--out', a);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.stdout).toContain('3 pages (3 layout families)');
    expect(khitab('split', '--gold', FIXTURE, '--out', b).status).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    const j = JSON.parse(readFileSync(a, 'utf8'));
    expect(j.format).toBe('khitab-split-lines/1');
    expect(j.training.sha256).toBe(trainingSetHash(path.join(ROOT, FIXTURE)));
  });

  it('khitab train exits 2 for an unknown model, a missing --gold or a bad option value, 1 for a missing folder', () => {
    expect(khitab('stance').status).toBe(2);
    expect(khitab('split').stderr).toContain('--gold DIR is required');
    const noOut = khitab('split', '--gold', FIXTURE);
    expect(noOut.status).toBe(2); // writes only where told: no default into the repository's data/
    expect(noOut.stderr).toContain('--out FILE is required');
    expect(khitab('split', '--gold', FIXTURE, '--epochs', '0', '--out', '/nonexistent/m.json').status).toBe(2);
    expect(khitab('split', '--gold', 'no/such/dir', '--out', '/nonexistent/m.json').status).toBe(1);
  });
});
