/**
 * The run's data dictionary, `schema.json`: every table with its columns' names, types,
 * nullability and meanings, generated from the column definitions (`TABLE_SCHEMA`), so it always
 * describes the tables beside it. Why: R, pandas, DuckDB or a journal's data editor can type the
 * CSVs from it instead of guessing, and read what each column means without the README.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_FILES, TABLE_SCHEMA, type ColumnKind } from '../tables/columns';
import type { AnalysisTables } from '../tables/types';

/** File name of the data dictionary in a run folder. */
export const SCHEMA_FILE = 'schema.json';

/** One column in `schema.json`. */
export interface SchemaColumn {
  /** Column name (the CSV header). */
  name: string;
  /** Value kind: VARCHAR, INTEGER (32-bit), BIGINT (64-bit), DOUBLE or BOOLEAN (written TRUE/FALSE). */
  type: ColumnKind;
  /** Whether an empty cell (null) may occur. */
  nullable: boolean;
  /** What the column holds. */
  description: string;
}

/** The document written as `schema.json`. */
export interface SchemaDocument {
  /** What the file is, for a reader who finds it alone. */
  about: string;
  /** Tables by file stem (`outlet_profile` for outlet_profile.csv), in writing order. */
  tables: Record<string, { columns: SchemaColumn[] }>;
}

/**
 * The data dictionary of the analysis tables, from `TABLE_SCHEMA`.
 * @example tableSchemaDocument().tables.hits.columns[12] // {name: 'negated', type: 'BOOLEAN', nullable: false, description: 'a negator governs the hit'}
 */
export function tableSchemaDocument(): SchemaDocument {
  const tables: SchemaDocument['tables'] = {};
  for (const key of Object.keys(TABLE_FILES) as (keyof AnalysisTables)[]) {
    const defs = TABLE_SCHEMA[key] as Record<string, { type: ColumnKind; nullable?: boolean; description: string }>;
    tables[TABLE_FILES[key]] = {
      columns: Object.entries(defs).map(([name, d]) => ({ name, type: d.type, nullable: d.nullable ?? false, description: d.description })),
    };
  }
  return {
    about: 'khitab data dictionary: the columns of each <table>.csv (and .parquet) in this folder, in file order. '
      + 'Empty cell = null; booleans are TRUE/FALSE; text cells starting with = + - @ (or a look-alike), a tab or CR carry a leading \' (formula guard).',
    tables,
  };
}

/**
 * Writes `<dir>/schema.json` and returns its path.
 * @example writeSchemaFile('outputs') // 'outputs/schema.json'
 */
export function writeSchemaFile(dir: string): string {
  const dest = join(dir, SCHEMA_FILE);
  writeFileSync(dest, `${JSON.stringify(tableSchemaDocument(), null, 2)}\n`);
  return dest;
}
