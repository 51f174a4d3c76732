import * as fs from 'fs';
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
