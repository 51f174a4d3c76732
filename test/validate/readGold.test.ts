import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { parseGold, readGold } from '../../src/validate/readGold';

const ROOT = path.resolve(__dirname, '../..');

describe('readGold', () => {
  it('reads the shipped seed coding: five reporting units and four comments of existing pages', () => {
    const rows = readGold(path.join(ROOT, 'data/gold/seeds-coded.csv'));
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.comment === null)).toHaveLength(5);
    expect(rows.filter((r) => r.comment !== null).map((r) => `${r.id.slice(0, 3)}#${r.comment}`)).toEqual(['001#0', '001#1', '003#0', '003#1']);
    const files = new Set(fs.readdirSync(path.join(ROOT, 'data/corpus')).map((f) => f.replace(/\.txt$/, '')));
    for (const r of rows) expect(files.has(r.id)).toBe(true);
    for (const r of rows) expect(r.notes.length).toBeGreaterThan(20);
  });
});

describe('parseGold', () => {
  it('parses rows, empty comment as reporting, categories as a list', () => {
    const rows = parseGold('id,comment,stance,categories,coder,notes\n001,,Oppose,label_revolution; topic_reconciliation,hc,"a, b"\n001,0,neutral,,hc,\n');
    expect(rows).toEqual([
      { id: '001', comment: null, stance: 'oppose', categories: ['label_revolution', 'topic_reconciliation'], coder: 'hc', notes: 'a, b', line: 2 },
      { id: '001', comment: 0, stance: 'neutral', categories: [], coder: 'hc', notes: '', line: 3 },
    ]);
  });

  it('gives null categories when the column is absent, and accepts a BOM', () => {
    expect(parseGold('\uFEFFid,comment,stance\nx,,support\n')[0].categories).toBeNull();
  });

  it('names every bad row by line in one error', () => {
    const text = 'id,comment,stance,categories\n001,,maybe,\n001,-1,oppose,\n,,support,Bad-Id\n001,,oppose,\n';
    let message = '';
    try {
      parseGold(text, 'g.csv');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain("g.csv:2: stance must be support, oppose or neutral, got 'maybe'");
    expect(message).toContain("g.csv:3: comment must be empty or a 0-based integer, got '-1'");
    expect(message).toContain('g.csv:4: empty id');
    expect(message).toContain("g.csv:4: invalid category id 'Bad-Id'");
    expect(message).toContain('g.csv:5: duplicate unit (id 001, comment none) first on line 2');
  });

  it('rejects a header without the required columns', () => {
    expect(() => parseGold('id,stance\nx,support\n', 'g.csv')).toThrow('g.csv: missing column(s) comment in header');
  });
});

describe('parseGold with several coders', () => {
  it('takes rows of different coders for one unit, and rejects the same coder twice', () => {
    const rows = parseGold('id,comment,stance,coder\n001,,oppose,amal\n001,,neutral,omar\n');
    expect(rows.map((r) => r.coder)).toEqual(['amal', 'omar']);
    expect(() => parseGold('id,comment,stance,coder\n001,,oppose,amal\n001,,neutral,amal\n', 'g.csv'))
      .toThrow('g.csv:3: duplicate unit (id 001, comment none) by coder amal first on line 2');
  });

  it('reads the unit of a coding sheet, so two hits of one comment are two units', () => {
    const rows = parseGold('unit,id,comment,stance,coder\n001:4:1:m1,001,0,oppose,a\n001:4:9:m2,001,0,oppose,a\n');
    expect(rows.map((r) => r.unit)).toEqual(['001:4:1:m1', '001:4:9:m2']);
    expect(() => parseGold('unit,id,comment,stance,coder\n001:4:1:m1,001,0,oppose,a\n001:4:1:m1,001,0,support,a\n', 's.csv'))
      .toThrow('s.csv:3: duplicate unit 001:4:1:m1 by coder a first on line 2');
  });
});

describe('readGold with several files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khitab-gold-'));
  const write = (name: string, text: string) => { fs.writeFileSync(path.join(dir, name), text); return path.join(dir, name); };

  it('reads one sheet per coder, a row without a coder taking its file name', () => {
    const a = write('amal.csv', 'id,comment,stance,coder\n001,,oppose,\n002,,support,\n');
    const b = write('omar.csv', 'id,comment,stance,coder\n001,,oppose,omar\n');
    expect(readGold([a, b]).map((r) => `${r.id}:${r.coder}`)).toEqual(['001:amal', '002:amal', '001:omar']);
  });

  it('rejects a coder coding a unit twice across files, naming both places', () => {
    const a = write('x.csv', 'id,comment,stance,coder\n001,,oppose,amal\n');
    const b = write('y.csv', 'id,comment,stance,coder\n001,,support,amal\n');
    expect(() => readGold([a, b])).toThrow(`${b}:2: duplicate unit 001 by coder amal, first at ${a}:2`);
  });

  it('reads a list of one file as that file', () => {
    expect(readGold([path.join(ROOT, 'data/gold/seeds-coded.csv')])).toEqual(readGold(path.join(ROOT, 'data/gold/seeds-coded.csv')));
  });
});

describe('parseGold with category judgements', () => {
  it('reads category and category_ok (yes/no, y/n, true/false, 1/0; empty = not judged)', () => {
    const rows = parseGold('unit,id,comment,category,stance,category_ok\nu1,p,,slogan,oppose,Yes\nu2,p,,slogan,oppose,n\nu3,p,,slogan,oppose,\n');
    expect(rows.map((r) => [r.category, r.categoryOk])).toEqual([['slogan', true], ['slogan', false], ['slogan', undefined]]);
    expect(() => parseGold('id,comment,stance,category_ok\np,,oppose,maybe\n', 'g.csv')).toThrow("g.csv:2: category_ok must be yes or no (or empty: not judged), got 'maybe'");
  });
});
