import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { formatStagingRows, readStagingCsvSql, sqlLiteral, stagingBufferSizes } from '../../src/export/stagingCsv';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';
import type { ColumnKind } from '../../src/tables/columns';

const COLUMNS = ['s', 'i', 'd', 'b', 't'];
const TYPES: Record<string, ColumnKind> = { s: 'VARCHAR', i: 'INTEGER', d: 'DOUBLE', b: 'BOOLEAN', t: 'VARCHAR' };

/** Reads a staging file with DuckDB as row objects. */
async function readBack(path: string, maxLine: number): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const conn = await instance.connect();
  try {
    const r = await conn.runAndReadAll(`SELECT * FROM ${readStagingCsvSql(path, COLUMNS, TYPES, maxLine)}`);
    return r.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** A string as UTF-8 carries it: lone surrogates become U+FFFD. */
const asUtf8 = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));

describe('formatStagingRows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-staging-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes quoted text, bare numbers and booleans, and empty cells for nulls (the doc example)', () => {
    const cols = ['id', 'line', 'negated', 'speaker', 'post'];
    const types: Record<string, ColumnKind> = { id: 'VARCHAR', line: 'INTEGER', negated: 'BOOLEAN', speaker: 'VARCHAR', post: 'VARCHAR' };
    expect(formatStagingRows([{ id: 'p1', line: 3, negated: false, speaker: null, post: '' }], cols, types))
      .toEqual({ text: '"p1",3,false,,""\n', maxLine: 17 });
    expect(formatStagingRows([{ id: 'say "x"', line: -0, negated: true, speaker: '=1+1', post: 'a,b\nc' }], cols, types).text)
      .toBe('"say ""x""",-0,true,"=1+1","a,b\nc"\n');
  });

  it('refuses a value of the wrong kind in a number column, and a column without a type', () => {
    expect(() => formatStagingRows([{ i: '3' }], ['i'], { i: 'INTEGER' })).toThrow(/column i holds string "3", not a number/);
    expect(() => formatStagingRows([{ x: 1 }], ['x'], {})).toThrow(/column x has no type/);
  });

  it('round-trips random rows through DuckDB read_csv unchanged (nulls, empty text, quotes, newlines, NUL, Arabic, astral, lone surrogates, -0, extreme doubles)', async () => {
    const rng = rngMulberry32(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const pieces = ['', 'a', '"', '""', ',', '\n', '\r\n', '\r', '\u0000', ' ', 'لن نصالح', 'ـ', '\u200f', '😀', '\ud83d', '\ude00', '=', "'", '\\', '\t', 'x'];
    const text = () => (rng() < 0.15 ? null : Array.from({ length: Math.floor(rng() * 6) }, () => pick(pieces)).join(''));
    const doubles = [0, -0, 1.5, -2.25, 0.1 + 0.2, 1 / 3, 1e-7, 5e-324, 1.7976931348623157e308, 1e21, -123456.789, NaN, Infinity];
    const rows = Array.from({ length: 400 }, () => ({
      s: text(),
      i: rng() < 0.2 ? null : Math.floor((rng() - 0.5) * 2 ** 31),
      d: rng() < 0.2 ? null : rng() < 0.5 ? pick(doubles) : (rng() - 0.5) * 10 ** Math.floor(rng() * 20 - 10),
      b: rng() < 0.2 ? null : rng() < 0.5,
      t: text(),
    }));
    const { text: csv, maxLine } = formatStagingRows(rows, COLUMNS, TYPES);
    const path = join(dir, 'random.csv');
    writeFileSync(path, csv);
    const back = await readBack(path, maxLine);
    expect(back.length).toBe(rows.length);
    rows.forEach((r, k) => {
      const b = back[k];
      expect(b.s).toBe(r.s === null ? null : asUtf8(r.s));
      expect(b.t).toBe(r.t === null ? null : asUtf8(r.t));
      expect(b.i).toBe(r.i);
      expect(b.b).toBe(r.b);
      // Not finite → NULL (as DuckDB's appender was given); otherwise the same double, -0 included.
      if (r.d === null || !Number.isFinite(r.d)) expect(b.d).toBeNull();
      else expect(Object.is(b.d, r.d)).toBe(true);
    });
  });

  it('sizes DuckDB\'s line buffer for lines longer than its 2 MB default', () => {
    expect(stagingBufferSizes(300)).toEqual({ maxLineSize: 2097152, bufferSize: 8388608 });
    // 1 M code units may be 3 MB of UTF-8.
    expect(stagingBufferSizes(1_000_000)).toEqual({ maxLineSize: 3_000_016, bufferSize: 8388608 });
    expect(stagingBufferSizes(5_000_000)).toEqual({ maxLineSize: 15_000_016, bufferSize: 15_000_016 });
  });
});

describe('sqlLiteral', () => {
  it('quotes a string for SQL, doubling single quotes', () => {
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("/tmp/a'b/''.csv")).toBe("'/tmp/a''b/''''.csv'");
  });
});
