/**
 * The disk sink's row tables (articles, comments, hits): each page's lines appended as they
 * arrive, then the final files — CSV through a `RowSpill` per table, or Parquet through DuckDB
 * (`ParquetRowWriter`, from staging lines).
 */
import { join } from 'node:path';
import { ROW_TABLES, TABLE_COLUMNS, TABLE_FILES } from '../tables/columns';
import type { PageOutput } from '../export/pageOutput';
import { RowSpill } from '../export/rowSpill';
import { formatCsvHeader } from '../export/csvCells';
import { ParquetRowWriter } from '../export/parquet';
import type { WrittenTable } from '../export/sidecar';
import { sha256OfFile } from '../corpus/sha256OfFile';


/** Where the row tables of each page go. */
export interface RowTableSink {
  add(o: PageOutput): Promise<void> | void;
  /** Writes the final row tables into `dir`. */
  finish(dir: string, signal?: AbortSignal, onStep?: (message: string) => void): Promise<WrittenTable[]>;
  /** Closes and removes the sink's temporary files (after `finish`, or when the run failed). */
  close(): void;
}

/**
 * Row tables as CSV: each page's CSV lines spilled to `tmp`, written sorted by page id at the end.
 * @example const s = csvRowSink(tmp, ''); s.add(output); await s.finish(tmp) // [{name: 'articles', …}, …]
 */
export function csvRowSink(tmp: string, bom: string): RowTableSink {
  const spill = (t: (typeof ROW_TABLES)[number]) =>
    new RowSpill(join(tmp, `${t}.spill`), { head: bom + formatCsvHeader(TABLE_COLUMNS[t] as string[]) });
  const spills = { articles: spill('articles'), comments: spill('comments'), hits: spill('hits') };
  const rows = { articles: 0, comments: 0, hits: 0 };
  return {
    add(o) {
      for (const t of ROW_TABLES) spills[t].append(o.id, o.csv[t]);
      rows.articles++;
      rows.comments += o.commentCount;
      rows.hits += o.hitCount;
    },
    async finish(dir) {
      return ROW_TABLES.map((t) => {
        const path = join(dir, `${TABLE_FILES[t]}.csv`);
        const columns = TABLE_COLUMNS[t] as string[];
        const { sha256 } = spills[t].writeSorted(path);
        return { path, name: TABLE_FILES[t], columns, rowCount: rows[t], sha256, bom: bom !== '' };
      });
    },
    close() {
      for (const t of ROW_TABLES) spills[t].close();
    },
  };
}

/**
 * Row tables as Parquet: each page's staging lines go to DuckDB's staging files in `tmp`.
 * @example const s = await parquetRowSink(tmp); … (await s.finish(tmp))[2].path // '…/hits.parquet'
 */
export async function parquetRowSink(tmp: string): Promise<RowTableSink> {
  const w = await ParquetRowWriter.open(join(tmp, 'staging'));
  return {
    add: (o) => w.addStaged({ id: o.id, ...o.csv, rows: { articles: 1, comments: o.commentCount, hits: o.hitCount }, maxLine: o.maxLine }),
    async finish(dir, signal, onStep) {
      const files = await w.finish(dir, { signal, onStep });
      const out: WrittenTable[] = [];
      for (let i = 0; i < ROW_TABLES.length; i++) {
        const t = ROW_TABLES[i];
        out.push({
          path: files[i], name: TABLE_FILES[t], columns: TABLE_COLUMNS[t] as string[], rowCount: w.rowCounts[t],
          sha256: await sha256OfFile(files[i]), bom: false,
        });
      }
      return out;
    },
    close: () => w.close(),
  };
}
