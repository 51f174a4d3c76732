import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { maxWorkers, runJobs, runPages, untilAborted, workerCount } from '../../src/run/runPages';
import { availableParallelism } from 'node:os';
import type { JobResult, WorkerJob } from '../../src/run/pageWorker';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import type { Page } from '../../src/corpus/types';
import type { PageOutput } from '../../src/export/pageOutput';

const SEEDS = resolve(__dirname, '../../data/corpus');

async function all(it: AsyncIterable<PageOutput[]>): Promise<PageOutput[]> {
  const out: PageOutput[] = [];
  for await (const batch of it) out.push(...batch);
  return out;
}

/** Outputs with their term numbers replaced by the terms (numberings differ between threads). */
function withTerms(outputs: PageOutput[], names = new Map<string, string[]>()) {
  return outputs.map((o) => {
    let list = names.get(o.terms.dictionary);
    if (!list) names.set(o.terms.dictionary, (list = []));
    list.push(...o.terms.newTerms);
    const l = list;
    const { terms: _t, units, ...rest } = o;
    return {
      ...rest,
      units: Object.fromEntries(Object.entries(units).map(([seg, u]) => [seg, {
        tokens: u.tokens, hitCategories: u.hitCategories, hitCounts: u.hitCounts,
        terms: Object.fromEntries([...u.termIds].map((id, k) => [l[id], u.termCounts[k]])),
      }])),
    };
  });
}

describe('runPages', () => {
  it('delivers outputs in input order, the same with 2 workers as in one thread', async () => {
    const corpus = await loadCorpus(SEEDS);
    const lexicon = loadLexicon();
    // 40 pages: the 5 seeds 8 times, ids made distinct, in an order that is not sorted.
    const pages: Page[] = [];
    for (let k = 0; k < 8; k++) for (const p of [...corpus.pages].reverse()) pages.push({ ...p, id: `${k}-${p.id}` });
    const one = await all(runPages(pages, lexicon, { workers: 1 }));
    const two = await all(runPages(pages, lexicon, { workers: 2, batchPages: 3 }));
    expect(one.map((o) => o.id)).toEqual(pages.map((p) => p.id));
    expect(withTerms(two)).toEqual(withTerms(one));
    // Terms travel as numbers; the first page that meets a term carries it.
    const t = withTerms(one)[0].units.reporting.terms;
    expect(Object.keys(t).length).toBeGreaterThan(50);
    expect(Object.values(t).every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  });

  it('reads files on the workers: same results as one thread, rejects passed through in order', async () => {
    const lexicon = loadLexicon();
    const jobs: WorkerJob[] = [
      ...readdirSync(SEEDS).sort().map((f) => ({ kind: 'file' as const, file: f, path: join(SEEDS, f), size: statSync(join(SEEDS, f)).size })),
      { kind: 'reject', reject: { file: 'x.bin', reason: 'binary', detail: 'test' } },
      { kind: 'file', file: 'missing.txt', path: join(SEEDS, 'missing.txt'), size: 0 },
    ];
    const flat = async (workers: number) => {
      const out: JobResult[] = [];
      for await (const b of runJobs(jobs, lexicon, { workers, batchPages: 2 })) out.push(...b);
      return out;
    };
    const one = await flat(1);
    const two = await flat(2);
    expect(one.map((r) => r.kind)).toEqual(['file', 'file', 'file', 'file', 'file', 'reject', 'file']);
    const files = (rs: JobResult[]) => {
      const names = new Map<string, string[]>(); // one numbering per thread, read in output order
      return rs.map((r) => (r.kind === 'file' ? { ...r, outputs: withTerms(r.outputs, names) } : r));
    };
    expect(files(two)).toEqual(files(one));
    const first = one[0] as Extract<JobResult, { kind: 'file' }>;
    expect(first.outputs[0].id).toBe('000_be8fd5d588858933');
    expect(first.dedupeKey).toBe(first.outputs[0].sha256);
    const missing = one[6] as Extract<JobResult, { kind: 'file' }>;
    expect(missing.outputs).toEqual([]);
    expect(missing.rejects[0].reason).toBe('unreadable');
  });

  it('fails with the page file when processing a page throws, and does not hang', async () => {
    const corpus = await loadCorpus(SEEDS);
    const bad = { ...corpus.pages[0], file: 'broken/page.txt', text: null } as unknown as Page;
    await expect(all(runPages([corpus.pages[1], bad, corpus.pages[2]], loadLexicon(), { workers: 2, batchPages: 1 })))
      .rejects.toThrow(/broken\/page\.txt/);
  });
});

describe('workerCount', () => {
  it('is at least 1 and at most maxWorkers() = 4 × the cores', () => {
    const cores = availableParallelism();
    expect(maxWorkers()).toBe(4 * cores);
    expect([workerCount(1000), workerCount(0), workerCount(2.7), workerCount()]).toEqual([4 * cores, 1, 2, cores]);
  });
});

describe('untilAborted', () => {
  it('resolves as the promise does, and rejects with the reason as soon as the signal aborts', async () => {
    expect(await untilAborted(Promise.resolve(1), new AbortController().signal)).toBe(1);
    const stop = new AbortController();
    const never = new Promise<number>(() => undefined);
    const waiting = untilAborted(never, stop.signal);
    stop.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(untilAborted(never, stop.signal)).rejects.toThrow('stopped');
  });
});
