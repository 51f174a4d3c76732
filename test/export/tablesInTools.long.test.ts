/**
 * The tables of a run of the bundled corpus, read as researchers read them: with pandas
 * (`pd.read_csv`, defaults; Debian's /usr/bin/python3 with python3-pandas) and base R (`read.csv`,
 * encoding = "UTF-8"; Debian r-base-core). Every CSV must come back with the types its schema.json
 * gives and the values it holds. Skipped, with a message, only when the interpreter is missing
 * (`npm run setup` installs both; CI has them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';

const SEEDS = resolve(__dirname, '../../data/corpus');
const PYTHON = '/usr/bin/python3';

type Schema = { tables: Record<string, { columns: { name: string; type: string; nullable: boolean }[] }> };

/** Whether the Debian interpreter (and pandas) can run here; the reason when not. */
function missing(): { pandas: string | null; r: string | null } {
  const py = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' });
  const r = spawnSync('Rscript', ['-e', 'invisible(1)'], { encoding: 'utf8' });
  return {
    pandas: py.status === 0 ? null : `${PYTHON} with pandas is not installed (apt-get install python3-pandas; npm run setup does)`,
    r: r.status === 0 ? null : 'Rscript is not installed (apt-get install r-base-core; npm run setup does)',
  };
}
const why = missing();
if (why.pandas) console.warn(`tablesInTools: pandas checks skipped: ${why.pandas}`);
if (why.r) console.warn(`tablesInTools: R checks skipped: ${why.r}`);

/** Text cells pandas' read_csv takes for missing by default (its `na_values`). */
const PANDAS_NA = new Set(['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']);

/** A number cell as a number (`Inf` is R's and khitab's spelling of infinity). */
const num = (cell: string) => (cell === 'Inf' ? Infinity : cell === '-Inf' ? -Infinity : Number(cell));

/** Whether two numbers agree to the digits a CSV carries (R writes 15 significant digits). */
function close(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

describe('the CSV tables of a run, read by pandas and R', () => {
  let run: string;
  let schema: Schema;
  let tables: string[];
  const csv = (t: string) => parse(readFileSync(join(run, `${t}.csv`), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

  beforeAll(async () => {
    run = mkdtempSync(join(tmpdir(), 'khitab-tools-'));
    await analyzeFolder(SEEDS, { out: run, workers: 1, resamples: 50 });
    schema = JSON.parse(readFileSync(join(run, 'schema.json'), 'utf8')) as Schema;
    tables = Object.keys(schema.tables);
  });
  afterAll(() => rmSync(run, { recursive: true, force: true }));

  it.skipIf(why.pandas !== null)('pd.read_csv gives each column the dtype of its schema type and the values of the CSV', () => {
    const out = JSON.parse(execFileSync(PYTHON, [join(__dirname, 'readBack/readTables.py'), run, ...tables], { encoding: 'utf8', maxBuffer: 64 << 20 })) as
      Record<string, { columns: string[]; data: Record<string, { dtype: string; values: unknown[] }> }>;
    for (const t of tables) {
      const rows = csv(t);
      const cols = schema.tables[t].columns;
      expect(out[t].columns, t).toEqual(cols.map((c) => c.name));
      for (const c of cols) {
        const { dtype, values } = out[t].data[c.name];
        const cells = rows.map((r) => r[c.name]);
        const where = `${t}.${c.name}`;
        expect(values.length, where).toBe(cells.length);
        const empty = cells.some((x) => x === '');
        const allEmpty = cells.every((x) => x === '');
        const allowed = allEmpty ? ['float64', 'object']
          : c.type === 'VARCHAR' ? ['object']
          : c.type === 'BOOLEAN' ? ['bool']
          : c.type === 'DOUBLE' ? ['float64', ...(empty ? [] : ['int64'])]
          : [empty ? 'float64' : 'int64'];
        expect(allowed, `${where}: pandas dtype ${dtype} for ${c.type}`).toContain(dtype);
        cells.forEach((cell, i) => {
          const v = values[i];
          const at = `${where}[${i}]`;
          if (cell === '' || (v === null && c.type === 'VARCHAR' && PANDAS_NA.has(cell))) expect(v, at).toBeNull();
          else if (c.type === 'BOOLEAN') expect(v, at).toBe(cell === 'TRUE');
          else if (c.type === 'VARCHAR') expect(v, at).toBe(cell);
          else expect(close(v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : (v as number), num(cell)), `${at}: ${v} vs ${cell}`).toBe(true);
        });
      }
    }
  });

  it.skipIf(why.r !== null)('read.csv gives each column the class of its schema type (TRUE/FALSE logical) and the values of the CSV', () => {
    const out = join(run, 'r');
    mkdirSync(out);
    execFileSync('Rscript', [join(__dirname, 'readBack/readTables.R'), run, out, ...tables], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    for (const t of tables) {
      const rows = csv(t);
      const cols = schema.tables[t].columns;
      const classes = Object.fromEntries(readFileSync(join(out, `${t}.classes`), 'utf8').trim().split(',').map((kv) => kv.split('=')));
      expect(Object.keys(classes), t).toEqual(cols.map((c) => c.name));
      const back = parse(readFileSync(join(out, `${t}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
      expect(back.length, t).toBe(rows.length);
      for (const c of cols) {
        const cells = rows.map((r) => r[c.name]);
        const where = `${t}.${c.name}`;
        const allEmpty = cells.every((x) => x === '');
        const allowed = allEmpty ? ['logical']
          : c.type === 'VARCHAR' ? ['character']
          : c.type === 'BOOLEAN' ? ['logical']
          : c.type === 'INTEGER' ? ['integer']
          : ['integer', 'numeric'];
        expect(allowed, `${where}: R class ${classes[c.name]} for ${c.type}`).toContain(classes[c.name]);
        cells.forEach((cell, i) => {
          const v = back[i][c.name];
          const at = `${where}[${i}]`;
          if (cell === '') expect(['\\N', ''], at).toContain(v); // NA, or "" in a character column
          else if (c.type === 'VARCHAR' || c.type === 'BOOLEAN') expect(v, at).toBe(cell);
          else expect(close(num(v), num(cell)), `${at}: ${v} vs ${cell}`).toBe(true);
        });
      }
    }
  });

  it('has tables for both readers to check, with every schema type present', () => {
    expect(existsSync(join(run, 'schema.json'))).toBe(true);
    const types = new Set(Object.values(schema.tables).flatMap((t) => t.columns.map((c) => c.type)));
    expect([...types].sort()).toEqual(['BIGINT', 'BOOLEAN', 'DOUBLE', 'INTEGER', 'VARCHAR']);
    expect(csv('hits').length).toBeGreaterThan(100);
  });
});
