import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { RowSpill } from '../../src/parallel/rowSpill';

describe('RowSpill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-spill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pages sorted by id, ties in arrival order, empty pages skipped', () => {
    const s = new RowSpill(join(dir, 'hits.spill'), { bufferBytes: 8 });
    s.append('b', 'b,1\nb,2\n');
    s.append('a', 'a,1\n');
    s.append('c', '');
    s.append('a', 'a,2 (second page with id a)\n');
    s.append('B', 'B,1\n'); // upper case sorts before lower case (code units)
    expect(s.pages).toBe(5);
    const r = s.writeSorted(join(dir, 'hits.csv'), 'id,n\n', '\uFEFF');
    const expected = '\uFEFFid,n\nB,1\na,1\na,2 (second page with id a)\nb,1\nb,2\n';
    expect(readFileSync(join(dir, 'hits.csv'), 'utf8')).toBe(expected);
    expect(r.bytes).toBe(Buffer.byteLength(expected));
    expect(r.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    expect(existsSync(join(dir, 'hits.spill'))).toBe(false);
  });

  it('copies multi-byte Arabic rows intact', () => {
    const s = new RowSpill(join(dir, 'c.spill'));
    s.append('p2', 'p2,"نص، مع فاصلة"\n');
    s.append('p1', 'p1,نظام الأسد\n');
    s.writeSorted(join(dir, 'c.csv'), 'id,text\n');
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe('id,text\np1,نظام الأسد\np2,"نص، مع فاصلة"\n');
  });
});
