import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { RowSpill, appendFileRange, copyFileRange, writeAll } from '../../src/parallel/rowSpill';

describe('RowSpill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-spill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pages sorted by id, ties in arrival order, empty pages skipped', () => {
    const s = new RowSpill(join(dir, 'hits.spill'), { bufferBytes: 8, head: '\uFEFFid,n\n' });
    s.append('b', 'b,1\nb,2\n');
    s.append('a', 'a,1\n');
    s.append('c', '');
    s.append('a', 'a,2 (second page with id a)\n');
    s.append('B', 'B,1\n'); // upper case sorts before lower case (code units)
    expect(s.pages).toBe(5);
    const r = s.writeSorted(join(dir, 'hits.csv'));
    const expected = '\uFEFFid,n\nB,1\na,1\na,2 (second page with id a)\nb,1\nb,2\n';
    expect(readFileSync(join(dir, 'hits.csv'), 'utf8')).toBe(expected);
    expect(r.bytes).toBe(Buffer.byteLength(expected));
    expect(r.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    expect(existsSync(join(dir, 'hits.spill'))).toBe(false);
  });

  it('copies multi-byte Arabic rows intact', () => {
    const s = new RowSpill(join(dir, 'c.spill'), { head: 'id,text\n' });
    s.append('p2', 'p2,"نص، مع فاصلة"\n');
    s.append('p1', 'p1,نظام الأسد\n');
    s.writeSorted(join(dir, 'c.csv'));
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe('id,text\np1,نظام الأسد\np2,"نص، مع فاصلة"\n');
  });

  it('renames the spill file when pages arrived in id order (ties included), hashing what was appended', () => {
    const head = 'id,n\n';
    const s = new RowSpill(join(dir, 'o.spill'), { bufferBytes: 4, head });
    const pages: [string, string][] = [['a', 'a,1\n'], ['a', 'a,2\n'], ['b', ''], ['c', 'c,"نص"\n']];
    for (const [id, csv] of pages) s.append(id, id === 'c' ? Buffer.from(csv) : csv);
    const r = s.writeSorted(join(dir, 'o.csv'));
    const expected = head + pages.map((p) => p[1]).join('');
    expect(readFileSync(join(dir, 'o.csv'), 'utf8')).toBe(expected);
    expect(r).toEqual({ bytes: Buffer.byteLength(expected), sha256: createHash('sha256').update(expected).digest('hex'), cuts: [] });
    expect(existsSync(join(dir, 'o.spill'))).toBe(false);
  });

  it('gives the same bytes whether or not the pages arrived in order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`p${String((i * 37) % 50).padStart(2, '0')}`, `p${i},x\n`] as [string, string]);
    const sorted = [...rows].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const out = (list: [string, string][], name: string) => {
      const s = new RowSpill(join(dir, `${name}.spill`), { bufferBytes: 16, head: 'h\n' });
      for (const [id, csv] of list) s.append(id, csv);
      const r = s.writeSorted(join(dir, `${name}.csv`));
      return { r, text: readFileSync(join(dir, `${name}.csv`), 'utf8') };
    };
    const a = out(rows, 'shuffled');
    const b = out(sorted, 'sorted');
    expect(a.text).toBe(b.text);
    expect(a.r).toEqual(b.r);
  });

  it('writes many small pages per flush (more buffers than one gathered write takes)', () => {
    const s = new RowSpill(join(dir, 'many.spill'), { head: 'h\n' });
    let expected = 'h\n';
    for (let i = 0; i < 20_000; i++) {
      const id = `p${String(i).padStart(6, '0')}`;
      s.append(id, Buffer.from(`${id},${i}\n`));
      expected += `${id},${i}\n`;
    }
    s.writeSorted(join(dir, 'many.csv'));
    expect(readFileSync(join(dir, 'many.csv'), 'utf8')).toBe(expected);
  });

  it('keeps its page index on disk: sorts 20,000 pages (ids up to 2,000 code units, lone surrogates) arriving out of order, and leaves no file behind', () => {
    const path = join(dir, 'idx.spill');
    const s = new RowSpill(path, { head: 'h\n', hash: false });
    const pages: [string, string][] = [];
    for (let i = 0; i < 20_000; i++) {
      const n = (i * 7919) % 20_000; // a permutation
      const id = n % 1000 === 0 ? `p${String(n).padStart(5, '0')}${'ص'.repeat(2000)}` : n === 4242 ? 'p04242\ud800' : `p${String(n).padStart(5, '0')}`;
      pages.push([id, `${id.slice(0, 6)},${i}\n`]);
      s.append(id, pages[pages.length - 1][1]);
    }
    expect(existsSync(`${path}.index`)).toBe(true);
    expect(s.inOrder).toBe(false);
    const r = s.writeSorted(join(dir, 'idx.csv'));
    const order = pages.map((_, i) => i).sort((a, b) => (pages[a][0] < pages[b][0] ? -1 : pages[a][0] > pages[b][0] ? 1 : a - b));
    const expected = 'h\n' + order.map((i) => pages[i][1]).join('');
    expect(readFileSync(join(dir, 'idx.csv'), 'utf8')).toBe(expected);
    expect(r).toEqual({ bytes: Buffer.byteLength(expected), sha256: '', cuts: [] }); // hash: false
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.index`)).toBe(false);
  });

  it('removes the spill and index files when closed without writing', () => {
    const path = join(dir, 'closed.spill');
    const s = new RowSpill(path);
    s.append('a', 'a\n');
    s.close();
    expect([existsSync(path), existsSync(`${path}.index`)]).toEqual([false, false]);
  });

  it('cuts the sorted table into parts of whole pages (writeSorted with cutEvery), in order and out of order', () => {
    const pages: [string, string][] = [['a', 'a1\na2\n'], ['b', ''], ['c', 'c1\n'], ['d', 'd1\nd2\nd3\n'], ['e', 'e1\n']];
    const check = (list: [string, string][], name: string) => {
      const s = new RowSpill(join(dir, `${name}.spill`), { head: 'h\n' });
      for (const [id, csv] of list) s.append(id, csv);
      const r = s.writeSorted(join(dir, `${name}.csv`), 5);
      const text = readFileSync(join(dir, `${name}.csv`), 'utf8');
      const bounds = [0, ...r.cuts, r.bytes];
      return bounds.slice(1).map((end, k) => text.slice(bounds[k], end));
    };
    // Sorted: h\n | a1\na2\n (7 bytes from 0: cut at 8) | c1\nd1… — each part starts at a page start.
    const expected = ['h\na1\na2\n', 'c1\nd1\nd2\nd3\n', 'e1\n'];
    expect(check(pages, 'cut-ordered')).toEqual(expected);
    expect(check([pages[3], pages[0], pages[4], pages[2], pages[1]], 'cut-shuffled')).toEqual(expected);
    const whole = new RowSpill(join(dir, 'cut-none.spill'));
    whole.append('a', 'a1\n');
    expect(whole.writeSorted(join(dir, 'cut-none.csv'), 100).cuts).toEqual([]);
  });
});

describe('appendFileRange', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-append-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('appends a byte range after what the open file already holds', () => {
    const src = join(dir, 'src.bin');
    const bytes = Buffer.from(Array.from({ length: (1 << 20) + 9 }, (_, i) => (i * 7) % 253));
    writeFileSync(src, bytes);
    const dest = join(dir, 'dest.bin');
    const fd = openSync(dest, 'w');
    try {
      writeAll(fd, Buffer.from('head'));
      appendFileRange(src, fd, 3, (1 << 20) + 2);
      writeAll(fd, Buffer.from('tail'));
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(dest).equals(Buffer.concat([Buffer.from('head'), bytes.subarray(3, 3 + (1 << 20) + 2), Buffer.from('tail')]))).toBe(true);
  });
});

describe('copyFileRange', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-range-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('copies a byte range (beyond one 1 MB buffer) and fails when the source is shorter', () => {
    const src = join(dir, 'src.bin');
    const bytes = Buffer.from(Array.from({ length: (3 << 20) + 7 }, (_, i) => (i * 31) % 251));
    writeFileSync(src, bytes);
    copyFileRange(src, join(dir, 'part.bin'), 5, (2 << 20) + 1);
    expect(readFileSync(join(dir, 'part.bin')).equals(bytes.subarray(5, 5 + (2 << 20) + 1))).toBe(true);
    copyFileRange(src, join(dir, 'empty.bin'), 9, 0);
    expect(readFileSync(join(dir, 'empty.bin')).length).toBe(0);
    expect(() => copyFileRange(src, join(dir, 'short.bin'), bytes.length - 3, 10)).toThrow(/src\.bin is shorter than expected/);
  });
});
