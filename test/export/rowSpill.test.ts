import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { RowSpill, appendFileRange, writeAll, type RowSpillOptions } from '../../src/export/rowSpill';

describe('RowSpill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-spill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  type Pages = readonly (readonly [string, string | Uint8Array])[];
  /** A spill `<dir>/<name>.spill` with `pages` appended in the order given. */
  const spill = (name: string, pages: Pages, options: RowSpillOptions = {}): RowSpill => {
    const s = new RowSpill(join(dir, `${name}.spill`), options);
    for (const [id, csv] of pages) s.append(id, csv);
    return s;
  };
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
  const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
  /** Spill files (`<name>.spill`, `.spill.1`, …, `.spill.index`) left in the folder. */
  const leftOver = (name: string): string[] => readdirSync(dir).filter((f) => f.startsWith(`${name}.spill`));

  it('writes pages sorted by id, ties in arrival order, empty pages skipped', () => {
    const s = spill('hits', [['b', 'b,1\nb,2\n'], ['a', 'a,1\n'], ['c', ''], ['a', 'a,2 (second page with id a)\n'], ['B', 'B,1\n']], // upper case sorts before lower case (code units)
      { bufferBytes: 8, head: '\uFEFFid,n\n' });
    expect(s.pages).toBe(5);
    const r = s.writeSorted(join(dir, 'hits.csv'));
    const expected = '\uFEFFid,n\nB,1\na,1\na,2 (second page with id a)\nb,1\nb,2\n';
    expect(read('hits.csv')).toBe(expected);
    expect(r).toEqual({ bytes: Buffer.byteLength(expected), sha256: sha(expected) });
    expect(leftOver('hits')).toEqual([]);
  });

  it('copies multi-byte Arabic rows intact', () => {
    spill('c', [['p2', 'p2,"نص، مع فاصلة"\n'], ['p1', 'p1,نظام الأسد\n']], { head: 'id,text\n' }).writeSorted(join(dir, 'c.csv'));
    expect(read('c.csv')).toBe('id,text\np1,نظام الأسد\np2,"نص، مع فاصلة"\n');
  });

  it('renames the spill file when pages arrived in id order (ties included), hashing what was appended', () => {
    const head = 'id,n\n';
    const pages: [string, string][] = [['a', 'a,1\n'], ['a', 'a,2\n'], ['b', ''], ['c', 'c,"نص"\n']];
    const s = spill('o', pages.map(([id, csv]) => [id, id === 'c' ? Buffer.from(csv) : csv]), { bufferBytes: 4, head });
    const inode = statSync(join(dir, 'o.spill')).ino;
    const r = s.writeSorted(join(dir, 'o.csv'));
    const expected = head + pages.map((p) => p[1]).join('');
    expect(read('o.csv')).toBe(expected);
    expect(statSync(join(dir, 'o.csv')).ino).toBe(inode);
    expect(r).toEqual({ bytes: Buffer.byteLength(expected), sha256: sha(expected) });
    expect(leftOver('o')).toEqual([]);
  });

  it('gives the same bytes whether or not the pages arrived in order', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`p${String((i * 37) % 50).padStart(2, '0')}`, `p${i},x\n`] as [string, string]);
    const sorted = [...rows].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const out = (list: [string, string][], name: string) => {
      const r = spill(name, list, { bufferBytes: 16, head: 'h\n' }).writeSorted(join(dir, `${name}.csv`));
      return { r, text: read(`${name}.csv`) };
    };
    const a = out(rows, 'shuffled');
    const b = out(sorted, 'sorted');
    expect(a.text).toBe(b.text);
    expect(a.r).toEqual(b.r);
  });

  it('writes many small pages per flush (more buffers than one gathered write takes)', () => {
    const pages = Array.from({ length: 20_000 }, (_, i) => `p${String(i).padStart(6, '0')}`).map((id, i) => [id, Buffer.from(`${id},${i}\n`)] as const);
    spill('many', pages, { head: 'h\n' }).writeSorted(join(dir, 'many.csv'));
    expect(read('many.csv')).toBe('h\n' + pages.map(([, b]) => b.toString()).join(''));
  });

  it('keeps its page index on disk: sorts 20,000 pages (ids up to 2,000 code units, lone surrogates) arriving out of order, and leaves no file behind', () => {
    const pages: [string, string][] = [];
    for (let i = 0; i < 20_000; i++) {
      const n = (i * 7919) % 20_000; // a permutation
      const id = n % 1000 === 0 ? `p${String(n).padStart(5, '0')}${'ص'.repeat(2000)}` : n === 4242 ? 'p04242\ud800' : `p${String(n).padStart(5, '0')}`;
      pages.push([id, `${id.slice(0, 6)},${i}\n`]);
    }
    const s = spill('idx', pages, { head: 'h\n', hash: false });
    expect(existsSync(join(dir, 'idx.spill.index'))).toBe(true);
    expect(s.inOrder).toBe(false);
    const r = s.writeSorted(join(dir, 'idx.csv'));
    const order = pages.map((_, i) => i).sort((a, b) => (pages[a][0] < pages[b][0] ? -1 : pages[a][0] > pages[b][0] ? 1 : a - b));
    const expected = 'h\n' + order.map((i) => pages[i][1]).join('');
    expect(read('idx.csv')).toBe(expected);
    expect(r).toEqual({ bytes: Buffer.byteLength(expected), sha256: '' }); // hash: false
    expect(leftOver('idx')).toEqual([]);
  });

  it('removes the spill and index files when closed without writing', () => {
    spill('closed', [['a', 'a\n'], ['b', 'b\n'], ['c', 'c\n']], { partBytes: 1 }).close();
    expect(leftOver('closed')).toEqual([]);
  });

  describe('writeParts', () => {
    const pages: [string, string][] = [['a', 'a1\na2\n'], ['b', ''], ['c', 'c1\n'], ['d', 'd1\nd2\nd3\n'], ['e', 'e1\n']];
    // h\na1\na2\n is 9 bytes (≥ 5): the next page with bytes starts a part; c1\nd1\nd2\nd3\n is 12.
    const expected = ['h\na1\na2\n', 'c1\nd1\nd2\nd3\n', 'e1\n'];
    const parts = (name: string, list: Pages, partBytes = 5) => {
      const r = spill(name, list, { head: 'h\n', partBytes }).writeParts((k) => join(dir, `${name}.part${k}.csv`));
      expect(leftOver(name)).toEqual([]);
      return { ...r, texts: r.parts.map((p) => readFileSync(p, 'utf8')) };
    };

    it('cuts before a page once a part holds partBytes; pages in order: renames the files they were spilled to', () => {
      const s = spill('in-order', pages, { head: 'h\n', partBytes: 5 });
      expect(leftOver('in-order').sort()).toEqual(['in-order.spill', 'in-order.spill.1', 'in-order.spill.2', 'in-order.spill.index']);
      const inodes = ['in-order.spill', 'in-order.spill.1', 'in-order.spill.2'].map((f) => statSync(join(dir, f)).ino);
      const r = s.writeParts((k) => join(dir, `in-order.part${k}.csv`));
      expect(r.parts).toEqual([0, 1, 2].map((k) => join(dir, `in-order.part${k}.csv`)));
      expect(r.parts.map((p) => readFileSync(p, 'utf8'))).toEqual(expected);
      expect(r.parts.map((p) => statSync(p).ino)).toEqual(inodes);
      expect(r.bytes).toBe(Buffer.byteLength(expected.join('')));
      expect(r.sha256).toBe(sha(expected.join('')));
      expect(leftOver('in-order')).toEqual([]);
    });

    it('gives the same parts, bytes and hash for pages out of order', () => {
      const ordered = parts('cut-ordered', pages);
      const shuffled = parts('cut-shuffled', [pages[3], pages[0], pages[4], pages[2], pages[1]]);
      expect(shuffled.texts).toEqual(expected);
      expect([shuffled.bytes, shuffled.sha256]).toEqual([ordered.bytes, ordered.sha256]);
    });

    it('gives one part without partBytes, or when the table is smaller', () => {
      expect(parts('one-a', pages, Infinity).texts).toEqual([expected.join('')]);
      expect(parts('one-b', pages, 1000).texts).toEqual([expected.join('')]);
    });

    it('sorts pages spilled to several files before one arrived out of order (reads never cross a file), for 200 arrival orders', () => {
      const many: [string, string][] = Array.from({ length: 30 }, (_, i) => {
        const id = `p${String(i).padStart(2, '0')}`;
        return [id, Array.from({ length: i % 4 }, (__, k) => `${id}.${k},نص\n`).join('')];
      });
      const want = parts('rand-sorted', many, 40).texts;
      expect(want.length).toBeGreaterThan(5);
      let seed = 7;
      const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      for (let run = 0; run < 200; run++) {
        // A sorted prefix (spilled to files of parts), then the rest shuffled.
        const cut = Math.floor(random() * many.length);
        const rest = many.slice(cut);
        for (let i = rest.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [rest[i], rest[j]] = [rest[j], rest[i]];
        }
        expect(parts(`rand-${run}`, [...many.slice(0, cut), ...rest], 40).texts).toEqual(want);
      }
    });

    it('writeSorted joins the files of an ordered spill into one file', () => {
      const s = spill('joined', pages, { head: 'h\n', partBytes: 5 });
      expect(s.writeSorted(join(dir, 'joined.csv'))).toEqual({ bytes: Buffer.byteLength(expected.join('')), sha256: sha(expected.join('')) });
      expect(read('joined.csv')).toBe(expected.join(''));
      expect(leftOver('joined')).toEqual([]);
    });

    it('rejects a part size that is not positive', () => {
      for (const partBytes of [0, -1, Number.NaN]) expect(() => new RowSpill(join(dir, 'bad.spill'), { partBytes })).toThrow(/partBytes must be positive/);
    });
  });
});

describe('appendFileRange', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-append-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const src = join(dir, 'src.bin');
  const bytes = Buffer.from(Array.from({ length: (3 << 20) + 7 }, (_, i) => (i * 31) % 251));
  writeFileSync(src, bytes);
  /** What a file holds after `head`, `length` bytes of src from `start`, and `tail` were written to it. */
  const appended = (start: number, length: number): Buffer => {
    const dest = join(dir, 'dest.bin');
    const fd = openSync(dest, 'w');
    try {
      writeAll(fd, Buffer.from('head'));
      appendFileRange(src, fd, start, length);
      writeAll(fd, Buffer.from('tail'));
    } finally {
      closeSync(fd);
    }
    return readFileSync(dest);
  };

  it('appends a byte range (beyond one 1 MB buffer) after what the open file already holds', () => {
    const want = (start: number, length: number) => Buffer.concat([Buffer.from('head'), bytes.subarray(start, start + length), Buffer.from('tail')]);
    expect(appended(5, (2 << 20) + 1).equals(want(5, (2 << 20) + 1))).toBe(true);
    expect(appended(9, 0).equals(want(9, 0))).toBe(true);
  });

  it('fails when the source is shorter than the range', () => {
    expect(() => appended(bytes.length - 3, 10)).toThrow(/src\.bin is shorter than expected/);
  });
});
