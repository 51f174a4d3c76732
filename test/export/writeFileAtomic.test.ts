import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileSynced } from '../../src/export/writeFileAtomic';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-atomic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file with the new text and leaves no temporary file', () => {
    const target = join(dir, 'articles.csv');
    writeFileSync(target, 'old\n');
    expect(writeFileAtomic(target, 'id,title\np1,نظام الأسد\n')).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('id,title\np1,نظام الأسد\n');
    expect(readdirSync(dir)).toEqual(['articles.csv']);
  });

  it('leaves the old file and no temporary file when the rename fails', () => {
    const target = join(dir, 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be renamed over
    expect(() => writeFileAtomic(target, 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir).sort()).toEqual(['articles.csv', 'taken']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('writeFileSynced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-synced-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes UTF-8 text, and with 'wx' refuses a file that exists", () => {
    const file = join(dir, 'a.csv');
    writeFileSynced(file, 'نص\n', 'wx');
    expect(readFileSync(file, 'utf8')).toBe('نص\n');
    expect(() => writeFileSynced(file, 'again', 'wx')).toThrow(/EEXIST/);
    writeFileSynced(file, 'again', 'w');
    expect(readFileSync(file, 'utf8')).toBe('again');
  });
});
