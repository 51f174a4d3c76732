import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsvFile } from '../../src/export/writeCsvFile';

const dir = mkdtempSync(join(tmpdir(), 'khitab-csvfile-'));

describe('writeCsvFile', () => {
  it('writes a header and every row (in chunks), and returns the hash of the bytes written', () => {
    function* rows(): Generator<{ n: number; text: string | null }> {
      for (let i = 0; i < 2500; i++) yield { n: i, text: i % 7 === 0 ? null : `نص، "${i}"\n` };
    }
    const t = writeCsvFile(join(dir, 'big.csv'), ['n', 'text'], rows());
    const bytes = readFileSync(t.path);
    expect(t).toMatchObject({ name: 'big', columns: ['n', 'text'], rowCount: 2500, bom: false });
    expect(t.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const back = parse(bytes, { columns: true }) as { n: string; text: string }[];
    expect(back).toHaveLength(2500);
    expect(back[1]).toEqual({ n: '1', text: 'نص، "1"\n' });
    expect(back[7]).toEqual({ n: '7', text: '' });
  });

  it('starts with a byte-order mark when asked, and refuses an existing file with flag wx', () => {
    const t = writeCsvFile(join(dir, 'x.csv'), ['a'], [{ a: '=1' }], { bom: true, name: 'ex' });
    expect(readFileSync(t.path, 'utf8')).toBe("\uFEFFa\n'=1\n");
    expect([t.name, t.bom]).toEqual(['ex', true]);
    expect(() => writeCsvFile(t.path, ['a'], [], { flag: 'wx' })).toThrow(/EEXIST/);
  });
});
