import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnMismatch, csvHeaderColumns, otherVersionError } from '../../src/export/runTableColumns';

describe('csvHeaderColumns', () => {
  it('reads the header line, with or without a BOM, LF or CRLF, and of an empty file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-header-'));
    try {
      writeFileSync(join(dir, 'a.csv'), '\uFEFFid,file,stanceIndex\r\n1,a.txt,0.5\r\n');
      writeFileSync(join(dir, 'b.csv'), 'id,"odd ""name"""\n');
      writeFileSync(join(dir, 'c.csv'), '');
      expect(csvHeaderColumns(join(dir, 'a.csv'))).toEqual(['id', 'file', 'stanceIndex']);
      expect(csvHeaderColumns(join(dir, 'b.csv'))).toEqual(['id', 'odd "name"']);
      expect(csvHeaderColumns(join(dir, 'c.csv'))).toEqual([]);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('columnMismatch', () => {
  it('is null for the same names in the same order, and names what is missing, extra or reordered', () => {
    expect(columnMismatch(['a', 'b'], ['a', 'b'])).toBeNull();
    expect(columnMismatch(['a', 'b', 'c'], ['a', 'b'])).toBe('missing c');
    expect(columnMismatch(['a', 'stanceIndex'], ['a', 'index'])).toBe('missing stanceIndex; not written by this version: index');
    expect(columnMismatch(['a', 'b'], ['b', 'a'])).toBe('the columns are in another order (expected a, b)');
  });
});

describe('otherVersionError', () => {
  it('names the file, what differs, when the run was written, and how to get a matching run', () => {
    const e = otherVersionError('/r/hits.csv', 'missing voice', '2026-11-30T10:00:00Z');
    expect(e.message).toMatch(/^openRun: \/r\/hits\.csv .*\(missing voice\); the run was written on 2026-11-30T10:00:00Z .*khitab analyze CORPUS --out NEW_FOLDER/);
  });
});
