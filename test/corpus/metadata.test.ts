import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readMetadata } from '../../src/corpus/metadata';

function csv(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'khitab-meta-'));
  const p = path.join(dir, 'metadata.csv');
  writeFileSync(p, text);
  return p;
}

describe('readMetadata', () => {
  it('reads the bundled table without warnings', () => {
    const t = readMetadata(path.resolve(__dirname, '../../data/metadata.csv'), {
      files: ['000_be8fd5d588858933.txt', '001_be24e1eb1075d265.txt', '002_dffa4802db24a670.txt', '003_64b54956efce23e0.txt', '004_8bf833d50ff6660d.txt'],
    });
    expect(t.warnings).toEqual([]);
    expect(t.rows.length).toBe(5);
    expect(t.byId.get('002_dffa4802db24a670')).toMatchObject({ outlet: 'arab48', published: '2023-04-25', crawled: null, url: null });
    expect(t.byFile.get('004_8bf833d50ff6660d.txt')?.outlet).toBeNull();
  });

  it('names the row of duplicate ids, unknown files, bad dates and unknown outlets', () => {
    const p = csv('id,file,outlet,published,crawled\n' +
      'a,a.txt,sana,2023-01,2024-03\n' +
      'a,a2.txt,,2023,\n' +
      'b,b.txt,,2023-13,\n' +
      'c,c.txt,,,03/2024\n' +
      'd,d.txt,made_up,,\n');
    const t = readMetadata(p, { files: ['a.txt', 'c.txt', 'd.txt'], outlets: ['sana'] });
    expect(t.warnings).toEqual([
      "metadata.csv row 2 (line 3): duplicate id 'a' (first in row 1); row ignored",
      "metadata.csv row 3 (line 4): published '2023-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored",
      "metadata.csv row 3 (line 4): unknown id 'b': file 'b.txt' is not in the corpus",
      "metadata.csv row 4 (line 5): crawled '03/2024' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored",
      "metadata.csv row 5 (line 6): outlet 'made_up' is not in data/outlets.yaml",
    ]);
    expect(t.byId.get('a')?.file).toBe('a.txt');
    expect(t.byId.get('c')?.crawled).toBeNull();
  });

  it('reports missing required columns and still matches by id', () => {
    const t = readMetadata(csv('id,outlet\nx,sana\n'), { files: ['x.txt'] });
    expect(t.warnings).toEqual(["metadata.csv: missing required column(s) 'file'"]);
    expect(t.byFile.get('x.txt')?.outlet).toBe('sana');
  });

  it('returns no rows when both id and file are missing', () => {
    const t = readMetadata(csv('outlet,url\nsana,\n'));
    expect(t.rows).toEqual([]);
    expect(t.warnings[0]).toBe("metadata.csv: missing required column(s) 'id', 'file'");
  });

  it('reports rows with the wrong number of fields without throwing', () => {
    const t = readMetadata(csv('id,file,outlet\nx,x.txt\n'), { files: ['x.txt'] });
    expect(t.warnings).toEqual(['metadata.csv row 1 (line 2): has 2 field(s), the header has 3']);
  });

  it('throws only when the file cannot be read', () => {
    expect(() => readMetadata('/nonexistent/metadata.csv')).toThrow();
  });
});

describe('readMetadata (malformed tables)', () => {
  it('warns about a row with extra fields, naming the row, and ignores the extra fields', () => {
    const t = readMetadata(csv('id,file,outlet\na,a.txt,sana,=1+1\nb,b.txt\n'));
    expect(t.warnings).toEqual([
      'metadata.csv row 1 (line 2): has 4 field(s), the header has 3; the extra field(s) are ignored',
      'metadata.csv row 2 (line 3): has 2 field(s), the header has 3',
    ]);
    expect(t.byId.get('a')).toMatchObject({ file: 'a.txt', outlet: 'sana', notes: null });
    expect(t.byId.get('b')).toMatchObject({ file: 'b.txt', outlet: null });
  });

  it('names the file in the error when the CSV cannot be parsed', () => {
    const p = csv('id,file\n"a,a.txt\n');
    expect(() => readMetadata(p)).toThrow(`metadata table ${p} cannot be read as CSV: Quote Not Closed`);
  });
});
