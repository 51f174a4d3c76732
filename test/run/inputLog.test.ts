import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputLog } from '../../src/run/inputLog';
import { writeTableSidecar } from '../../src/export/writeSidecar';
import type { SidecarInfo } from '../../src/export/sidecar';

const hash = fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 }).map((a) => a.join(''));
const file = fc.oneof(fc.constantFrom('a.txt', 'b/c.txt', 'b/c.txt', 'export.jsonl', 'تقرير "1".html', 'x\\y\n.txt', 'tab\there.txt'), fc.string({ maxLength: 6 }));
const inputs = fc.array(fc.record({ file, sha256: fc.oneof(hash, fc.constant(null)) }), { maxLength: 30 });

/** What analyzeStream wrote before InputLog: the list sorted by file, stably. */
const sortedByFile = (list: { file: string; sha256: string | null }[]) =>
  [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

const spillDir = mkdtempSync(join(tmpdir(), 'khitab-inputlog-'));
let spills = 0;

describe.each(['memory', 'disk'] as const)('InputLog (%s)', (mode) => {
  /** A log in memory, or one that spills to disk while inputs come in order of file. */
  const newLog = () => (mode === 'disk' ? new InputLog(join(spillDir, `inputs-${spills++}.spill`)) : new InputLog());

  it('entries: the inputs sorted by file, stably, with their hashes, on random inputs', () => {
    fc.assert(fc.property(inputs, (list) => {
      const log = newLog();
      for (const i of list) log.add(i.file, i.sha256);
      expect(log.n).toBe(list.length);
      expect(log.entries()).toEqual(sortedByFile(list));
    }), { numRuns: 300 });
  });

  it('renderJson: the text JSON.stringify writes for the sorted list, at any depth', () => {
    fc.assert(fc.property(inputs, fc.integer({ min: 0, max: 3 }), (list, depth) => {
      const log = newLog();
      for (const i of list) log.add(i.file, i.sha256);
      expect(log.renderJson(depth)).toBe(JSON.stringify(sortedByFile(list), null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`));
    }), { numRuns: 300 });
  });

  it('renderJson: a list longer than its chunks of a thousand entries', () => {
    const list = Array.from({ length: 2501 }, (_, i) => ({ file: `${String(2501 - i).padStart(4, '0')}/p.txt`, sha256: i % 7 === 0 ? null : (i % 16).toString(16).repeat(64) }));
    const log = newLog();
    for (const i of list) log.add(i.file, i.sha256);
    expect(log.renderJson(1)).toBe(JSON.stringify(sortedByFile(list), null, 2).replace(/\n/g, '\n  '));
  });

  it('renderJson: lists of exactly one and two chunks of a thousand entries, with and without reject files', () => {
    for (const n of [999, 1000, 1001, 2000]) {
      const list = Array.from({ length: n }, (_, i) => ({ file: `${String(i).padStart(4, '0')}.txt`, sha256: 'ab'.repeat(32) }));
      const log = newLog();
      for (const i of list) log.add(i.file, i.sha256);
      expect(log.renderJson(1)).toBe(JSON.stringify(list, null, 2).replace(/\n/g, '\n  '));
      const rejects = ['0000.txt', 'zz.txt'];
      const all = [...list, ...rejects.map((f) => ({ file: f, sha256: null }))];
      expect(log.renderJson(0, rejects)).toBe(JSON.stringify(sortedByFile(all), null, 2));
    }
  });

  it('writeJson: writes renderJson\'s text to a file (lists shorter and longer than a chunk, and empty)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-inputs-'));
    for (const n of [0, 3, 2501]) {
      const log = newLog();
      for (let i = 0; i < n; i++) log.add(`${String(n - i).padStart(4, '0')}/تقرير.txt`, i % 7 === 0 ? null : (i % 16).toString(16).repeat(64));
      const path = join(dir, `inputs-${n}.json`);
      const bytes = log.writeJson(path, 1);
      expect(readFileSync(path, 'utf8')).toBe(log.renderJson(1));
      expect(bytes).toBe(readFileSync(path).length);
    }
  });

  it('renderJson with reject files: the text of adding each as (file, null) after every page, on random inputs', () => {
    const pageInputs = fc.array(fc.record({ file, sha256: hash }), { maxLength: 20 });
    const rejectFiles = fc.array(file, { maxLength: 20 });
    fc.assert(fc.property(pageInputs, rejectFiles, fc.integer({ min: 0, max: 2 }), (pages, rejects, depth) => {
      const before = newLog();
      for (const i of pages) before.add(i.file, i.sha256);
      for (const f of rejects) before.add(f, null);
      const log = newLog();
      for (const i of pages) log.add(i.file, i.sha256);
      const sorted = [...rejects].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(log.renderJson(depth, sorted)).toBe(before.renderJson(depth));
    }), { numRuns: 300 });
    // Past a chunk of a thousand entries, and rejects only.
    const many = newLog();
    const all = newLog();
    for (let i = 0; i < 1500; i++) { const f = `${String(i).padStart(4, '0')}.txt`; many.add(f, 'ab'.repeat(32)); all.add(f, 'ab'.repeat(32)); }
    const rejects = Array.from({ length: 1200 }, (_, i) => `${String(2 * i).padStart(4, '0')}.txt#2`);
    for (const f of rejects) all.add(f, null);
    expect(many.renderJson(1, rejects)).toBe(all.renderJson(1));
    expect(newLog().renderJson(0, ['b', 'b#1'])).toBe(JSON.stringify([{ file: 'b', sha256: null }, { file: 'b#1', sha256: null }], null, 2));
  });

  it('renderJson refuses reject files out of order', () => {
    const log = newLog();
    log.add('a.txt', 'ab'.repeat(32));
    expect(() => log.renderJson(0, ['c.txt', 'b.txt'])).toThrow(/reject files must come sorted by code units: "b.txt" after "c.txt"/);
  });

  it('add rejects a hash that is not 64 lowercase hex digits', () => {
    const log = newLog();
    expect(() => log.add('a.txt', 'ABC')).toThrow(/not 64 lowercase hex digits/);
    expect(() => log.add('a.txt', 'A'.repeat(64))).toThrow(/not 64 lowercase hex digits/);
    expect(log.n).toBe(0);
  });
});

describe('InputLog with a spill file', () => {
  it('keeps inputs that come in order of file on disk, and moves to memory at the first that does not', () => {
    const sorted = new InputLog(join(spillDir, `inputs-${spills++}.spill`));
    const plain = new InputLog();
    const list = ['a.txt', 'b.jsonl', 'b.jsonl', 'b.jsonl#3', 'c/d.txt'].map((f, i) => ({ file: f, sha256: i === 3 ? null : String(i).repeat(64) }));
    for (const i of list) { sorted.add(i.file, i.sha256); plain.add(i.file, i.sha256); }
    expect(sorted.onDisk).toBe(true);
    expect(sorted.renderJson(1, ['b.jsonl', 'z'])).toBe(plain.renderJson(1, ['b.jsonl', 'z']));
    // Rendering wrote the pending lines: one per input.
    expect(readFileSync(join(spillDir, `inputs-${spills - 1}.spill`), 'utf8').split('\n')).toHaveLength(list.length + 1);
    sorted.add('a2.txt', null); // before c/d.txt: out of order
    plain.add('a2.txt', null);
    expect(sorted.onDisk).toBe(false);
    expect(sorted.n).toBe(list.length + 1);
    sorted.add('0.txt', 'f'.repeat(64));
    plain.add('0.txt', 'f'.repeat(64));
    expect(sorted.entries()).toEqual(plain.entries());
    expect(sorted.renderJson(2)).toBe(plain.renderJson(2));
    sorted.close();
    expect(new InputLog(join(spillDir, 'never-written.spill')).renderJson(0)).toBe('[]');
    // More than one write of spill lines (1 MB each), read back across read chunks.
    const big = new InputLog(join(spillDir, `inputs-${spills++}.spill`));
    const bigPlain = new InputLog();
    for (let i = 0; i < 15000; i++) {
      const f = `${String(i).padStart(6, '0')}/تقرير.txt`;
      const h = (i % 16).toString(16).repeat(64);
      big.add(f, h);
      bigPlain.add(f, h);
    }
    expect(big.onDisk).toBe(true);
    expect(big.renderJson(1)).toBe(bigPlain.renderJson(1));
    big.close();
  });
});

describe('writeTableSidecar', () => {
  it('writes the same sidecar with the inputs rendered once (as text or in a file) as with info.inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-sidecar-'));
    const list = [{ file: 'b.txt', sha256: 'ab'.repeat(32) }, { file: 'a.txt', sha256: null }, { file: 'b.txt', sha256: 'cd'.repeat(32) }];
    const log = new InputLog();
    for (const i of list) log.add(i.file, i.sha256);
    const info: SidecarInfo = {
      lexicon: [{ path: 'data/lexicons/codebook.yaml', sha256: 'ef'.repeat(32), version: '1' }], normalization: { default: true },
      inputs: sortedByFile(list), seed: 1, resamples: 10, command: 'khitab analyze "inputs": []', date: '2026-11-24T00:00:00.000Z',
    };
    const table = { path: join(dir, 'hits.csv'), name: 'hits', columns: ['id'], rowCount: 3, sha256: '00'.repeat(32), bom: false };
    const plain = readFileSync(writeTableSidecar(table, info), 'utf8');
    const rendered = readFileSync(writeTableSidecar(table, { ...info, inputs: [] }, log.renderJson(1)), 'utf8');
    expect(rendered).toBe(plain);
    expect(JSON.parse(rendered).inputs).toEqual(sortedByFile(list));
    const inputsPath = join(dir, 'inputs.json');
    const fromFile = readFileSync(writeTableSidecar(table, { ...info, inputs: [] }, { path: inputsPath, bytes: log.writeJson(inputsPath, 1) }), 'utf8');
    expect(fromFile).toBe(plain);
  });
});
