import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPagePool } from '../../src/run/runPages';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { pageOutputOf } from '../../src/export/pageOutput';
import type { JobResult } from '../../src/run/pageWorker';

describe('WorkerPool', () => {
  it('answers each of many requests in flight with its own reply, as this thread would', async () => {
    const lexicon = loadLexicon();
    const pages = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages;
    const pool = startPagePool(2, lexicon);
    try {
      expect(pool.size).toBe(2);
      const replies = await Promise.all(pages.map((page) => pool.run({ type: 'jobs', run: 0, jobs: [{ kind: 'page', page }] })));
      expect(pool.inFlight).toBe(0);
      const ids = replies.map((r) => (r.results![0] as Extract<JobResult, { kind: 'page' }>).output.id);
      expect(ids).toEqual(pages.map((p) => p.id));
      // The same rows as in this thread.
      const hits = replies.map((r) => (r.results![0] as Extract<JobResult, { kind: 'page' }>).output.hitCount);
      expect(hits).toEqual(pages.map((p) => pageOutputOf(p, lexicon).hitCount));
    } finally {
      await pool.close();
    }
  });

  it('rejects a request whose job fails, naming the page, and keeps serving others', async () => {
    const pool = startPagePool(1, loadLexicon());
    try {
      const bad = { kind: 'page' as const, page: { id: 'x', file: 'broken.txt', text: null } as never };
      await expect(pool.run({ type: 'jobs', run: 0, jobs: [bad] })).rejects.toThrow(/^page worker: broken\.txt: /);
      const page = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages[0];
      const ok = await pool.run({ type: 'jobs', run: 0, jobs: [{ kind: 'page', page }] });
      expect(ok.results).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it('fails every request, then and later, when a worker dies', async () => {
    const pool = startPagePool(1, loadLexicon());
    try {
      // A resample request without units throws outside any handler: the worker thread dies.
      const dying = pool.run({ type: 'resample', units: null as never, seed: 1, from: 0, count: 1 });
      await expect(dying).rejects.toThrow();
      const page = (await loadCorpus(resolve(__dirname, '../../data/corpus'))).pages[0];
      await expect(pool.run({ type: 'jobs', run: 0, jobs: [{ kind: 'page', page }] })).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
