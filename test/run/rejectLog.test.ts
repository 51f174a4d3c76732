import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RejectLog, compareRejects } from '../../src/run/rejectLog';
import type { Reject } from '../../src/corpus/types';

const file = fc.oneof(fc.constantFrom('a.txt', 'b/c.txt', 'export.jsonl#2', 'export.jsonl#12', 'تقرير "1".html', 'x,y\n.txt'), fc.string({ maxLength: 4 }));
const reason = fc.constantFrom('empty', 'binary', 'duplicate', 'bad_record', 'too_large');
const reject = fc.record({ file, reason, detail: fc.string({ maxLength: 8 }) });

/** What the rejects table was before RejectLog: TableBuilder.finish's stable sort by file, then reason. */
const stableSorted = (rs: Reject[]) => [...rs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));

describe('RejectLog', () => {
  it('sorted: one stable sort of all the rejects, whatever the run size (runs on disk merged), on random rejects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-rejects-'));
    fc.assert(fc.property(fc.array(reject, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (rs, runRows) => {
      const log = new RejectLog(dir, runRows);
      for (const r of rs) log.add(r);
      expect(log.n).toBe(rs.length);
      expect([...log.sorted()]).toEqual(stableSorted(rs));
      log.close();
      expect(readdirSync(dir)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('sorted: equal rejects keep the order they were added in, across runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-rejects-'));
    const log = new RejectLog(dir, 2);
    for (let i = 0; i < 9; i++) log.add({ file: i % 2 ? 'b' : 'a', reason: 'empty', detail: String(i) });
    expect(readdirSync(dir).sort()).toEqual(['rejects-0.jsonl', 'rejects-1.jsonl', 'rejects-2.jsonl', 'rejects-3.jsonl']);
    expect([...log.sorted()].map((r) => `${r.file}${r.detail}`)).toEqual(['a0', 'a2', 'a4', 'a6', 'a8', 'b1', 'b3', 'b5', 'b7']);
    log.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sorted: a consumer that stops early leaves no file open (the runs can be removed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-rejects-'));
    const log = new RejectLog(dir, 1);
    for (const f of ['c', 'a', 'b']) log.add({ file: f, reason: 'empty', detail: '' });
    for (const r of log.sorted()) { expect(r.file).toBe('a'); break; }
    log.close();
    expect(existsSync(join(dir, 'rejects-0.jsonl'))).toBe(false);
  });

  it('reasons: counts by reason in the order first met', () => {
    const log = new RejectLog(mkdtempSync(join(tmpdir(), 'khitab-rejects-')));
    for (const r of ['duplicate', 'empty', 'duplicate']) log.add({ file: 'f', reason: r, detail: '' });
    expect([...log.reasons()]).toEqual([['duplicate', 2], ['empty', 1]]);
    log.close();
  });

  it('compareRejects: by file, then reason, in code units', () => {
    expect(compareRejects({ file: 'a', reason: 'empty', detail: '' }, { file: 'a', reason: 'binary', detail: '' })).toBe(1);
    expect(compareRejects({ file: 'a.jsonl#12', reason: 'x', detail: '' }, { file: 'a.jsonl#4', reason: 'a', detail: '' })).toBe(-1);
    expect(compareRejects({ file: 'Z', reason: 'x', detail: '' }, { file: 'a', reason: 'x', detail: '' })).toBe(-1);
  });

  it('refuses a run size under 1', () => {
    expect(() => new RejectLog(tmpdir(), 0)).toThrow(/runRows must be at least 1/);
  });
});
