import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as crypto from 'crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTableSet } from '../../src/export/writeTableSet';
import type { SidecarInfo } from '../../src/export/sidecar';
import { writeSidecar } from '../../src/export/writeSidecar';
import { writeCsvTable } from '../../src/export/writeCsvTable';

const INFO: SidecarInfo = {
  lexicon: [{ path: 'data/lexicons/naming.yaml', sha256: 'a'.repeat(64), version: '1' }],
  normalization: { alef: true, diacritics: true },
  inputs: [{ file: '001_be24e1eb1075d265.txt', sha256: 'b'.repeat(64) }, { file: 'broken.bin', sha256: null }],
  seed: 20240601,
  resamples: 1000,
  command: 'khitab analyze data/corpus',
  date: '2024-06-01T00:00:00.000Z',
};

const ARTICLES = [
  { id: '001', outlet: 'orient_news', stanceIndex: -1, title: 'لبحث هدنة شاملة بسوريا..أنقرة تستضيف محادثات' },
  { id: '004', outlet: null, stanceIndex: null, title: 'روسيا ترعى اجتماعاً أمنياً تركياً – سورياً' },
];
const COMMENTS = [{ articleId: '003', comment: 1, text: '=cmd|"/c calc"!A1' }];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khitab-export-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('writeTableSet', () => {
  const tables = () => [
    { name: 'articles', columns: ['id', 'outlet', 'stanceIndex', 'title'] as const, rows: ARTICLES },
    { name: 'comments', columns: ['articleId', 'comment', 'text'] as const, rows: COMMENTS },
  ];

  it('writes every CSV with its sidecar and nothing else', () => {
    const written = writeTableSet(dir, tables(), INFO);
    expect(written.map((f) => path.basename(f))).toEqual(['articles.csv', 'articles.meta.json', 'comments.csv', 'comments.meta.json']);
    expect(fs.readdirSync(dir).sort()).toEqual(['articles.csv', 'articles.meta.json', 'comments.csv', 'comments.meta.json']);
    expect(fs.readFileSync(path.join(dir, 'comments.csv'), 'utf8')).toBe('articleId,comment,text\n003,1,"\'=cmd|""/c calc""!A1"\n');
  });

  it('writes a sidecar describing the table and the run', () => {
    writeTableSet(dir, tables(), INFO, { excel: true });
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'articles.meta.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(meta).toEqual({
      khitabVersion: pkg.version,
      table: 'articles',
      file: 'articles.csv',
      sha256: sha(path.join(dir, 'articles.csv')),
      columns: ['id', 'outlet', 'stanceIndex', 'title'],
      rowCount: 2,
      bom: true,
      lexicon: INFO.lexicon,
      normalization: INFO.normalization,
      inputs: INFO.inputs,
      seed: 20240601,
      resamples: 1000,
      command: 'khitab analyze data/corpus',
      pageKinds: null, // not given in INFO
      split: null, // not given in INFO
      schema: null, // no data dictionary asked for (options.schema)
      date: '2024-06-01T00:00:00.000Z',
    });
  });

  it('gives byte-identical CSVs when re-run', () => {
    writeTableSet(dir, tables(), { ...INFO, date: undefined });
    const first = [sha(path.join(dir, 'articles.csv')), sha(path.join(dir, 'comments.csv'))];
    writeTableSet(dir, tables(), { ...INFO, date: undefined });
    expect([sha(path.join(dir, 'articles.csv')), sha(path.join(dir, 'comments.csv'))]).toEqual(first);
  });

  it('leaves no final file when a table fails mid-way', () => {
    const bad = [...tables(), { name: 'hits', columns: ['id', 'matched'] as const, rows: [{ id: '001', matched: { not: 'csv' } }] }];
    expect(() => writeTableSet(dir, bad, INFO)).toThrow(/column 'matched'/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous run intact when interrupted before commit', () => {
    writeTableSet(dir, tables(), INFO);
    const before = sha(path.join(dir, 'articles.csv'));
    const changed = [{ ...tables()[0], rows: ARTICLES.slice(0, 1) }, tables()[1]];
    expect(() =>
      writeTableSet(dir, changed, INFO, {
        beforeCommit: () => {
          throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');
    expect(sha(path.join(dir, 'articles.csv'))).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['articles.csv', 'articles.meta.json', 'comments.csv', 'comments.meta.json']);
  });

  it.each(['../escape', 'Articles', 'a/b', '', 'x.csv', 'نظام'])('rejects table name %j before writing anything', (name) => {
    expect(() => writeTableSet(dir, [{ name, columns: ['a'], rows: [] }], INFO)).toThrow(/invalid table name/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('rejects duplicate table names', () => {
    expect(() => writeTableSet(dir, [tables()[0], tables()[0]], INFO)).toThrow(/duplicate/);
  });
});

describe('writeCsvTable', () => {
  it('creates the folder and writes the file without leftovers', () => {
    const file = path.join(dir, 'sub', 'rejects.csv');
    writeCsvTable(file, [{ file: 'x.bin', reason: 'binary', detail: '' }], ['file', 'reason', 'detail']);
    expect(fs.readFileSync(file, 'utf8')).toBe('file,reason,detail\nx.bin,binary,\n');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rejects.csv']);
  });
});

describe('writeSidecar', () => {
  it('writes <name>.meta.json next to the CSV with the CSV hash', () => {
    const file = path.join(dir, 'rejects.csv');
    writeCsvTable(file, [], ['file', 'reason', 'detail']);
    const meta = writeSidecar(file, INFO, { name: 'rejects', columns: ['file', 'reason', 'detail'], rowCount: 0 });
    expect(path.basename(meta)).toBe('rejects.meta.json');
    const doc = JSON.parse(fs.readFileSync(meta, 'utf8'));
    expect(doc.sha256).toBe(sha(file));
    expect(doc.rowCount).toBe(0);
    expect(doc.bom).toBe(false);
  });

  it('stamps the current time when no date is given', () => {
    const file = path.join(dir, 'rejects.csv');
    writeCsvTable(file, [], ['file']);
    const doc = JSON.parse(fs.readFileSync(writeSidecar(file, { ...INFO, date: undefined }, { name: 'rejects', columns: ['file'], rowCount: 0 }), 'utf8'));
    expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
