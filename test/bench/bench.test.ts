import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run as runBenchCommand } from '../../src/cli/bench';
import { loadLexicon } from '../../src/lexicon/loadLexicon';

describe('khitab bench', () => {
  it('rejects a bad option value', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--size-mb', 'lots'])).toBe(2);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/^khitab bench: --size-mb takes a number ≥ 0\.01, not 'lots'/));
    } finally {
      err.mockRestore();
    }
  });

  it('rejects an unknown corpus kind', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--corpus', 'huge'])).toBe(2);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/^khitab bench: --corpus takes realistic or seeds, not 'huge'/));
    } finally {
      err.mockRestore();
    }
  });

  it('writes the lexicon terms for the Python reference with --export-terms, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-terms-'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runBenchCommand(['--export-terms', join(dir, 't.json')])).toBe(0);
      expect(readdirSync(dir)).toEqual(['t.json']);
      const t = JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')) as { terms: { marker: string; category: string }[] };
      const lexicon = loadLexicon();
      // Every marker with a non-glob pattern is there, under its own category.
      const byId = new Map(lexicon.markers.map((m) => [m.id, m.category]));
      expect(new Set(t.terms.map((x) => x.marker))).toEqual(new Set(lexicon.markers.filter((m) => m.patterns.some((p) => !p.includes('*'))).map((m) => m.id)));
      for (const x of t.terms) expect(x.category).toBe(byId.get(x.marker));
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^wrote \d+ lexicon terms to /));
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
