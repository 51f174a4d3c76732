import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableSchemaDocument, writeSchemaFile } from '../../src/export/writeSchema';
import { TABLE_COLUMNS, TABLE_FILES } from '../../src/tables/columns';

describe('tableSchemaDocument', () => {
  it('describes every column of every table, in file order, each with a meaning', () => {
    const doc = tableSchemaDocument();
    expect(Object.keys(doc.tables)).toEqual(Object.values(TABLE_FILES));
    for (const [key, file] of Object.entries(TABLE_FILES) as [keyof typeof TABLE_FILES, string][]) {
      expect(doc.tables[file].columns.map((c) => c.name), file).toEqual(TABLE_COLUMNS[key]);
      for (const c of doc.tables[file].columns) expect(c.description.length, `${file}.${c.name}`).toBeGreaterThan(5);
    }
  });

  it('types counts as integers and flags as booleans (issue 19: support and oppose were DOUBLE), and names no column index', () => {
    const doc = tableSchemaDocument();
    const type = (t: string, c: string) => doc.tables[t].columns.find((x) => x.name === c)?.type;
    // Hand-written from the meaning of each column.
    expect(['support', 'oppose', 'hits', 'bodyTokens', 'commentsParsed'].map((c) => type('articles', c))).toEqual(Array(5).fill('INTEGER'));
    expect(['support', 'oppose', 'tokens', 'comment'].map((c) => type('comments', c))).toEqual(Array(4).fill('INTEGER'));
    expect([type('hits', 'negated'), type('hits', 'quoted'), type('naming_tests', 'valid')]).toEqual(['BOOLEAN', 'BOOLEAN', 'BOOLEAN']);
    expect([type('articles', 'stanceIndex'), type('outlet_profile', 'tokens')]).toEqual(['DOUBLE', 'BIGINT']);
    for (const t of Object.values(doc.tables)) expect(t.columns.map((c) => c.name)).not.toContain('index');
  });
});

describe('writeSchemaFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes schema.json as the document', () => {
    const path = writeSchemaFile(dir);
    expect(path).toBe(join(dir, 'schema.json'));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(tableSchemaDocument());
  });
});
