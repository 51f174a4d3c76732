/**
 * The analysis tables as danfojs DataFrames, for notebooks and user code.
 */
import type { AnalysisTables } from './buildTables';
import { TABLE_COLUMNS } from './columns';
import { toDataFrame } from './toDataFrame';

/** One danfojs DataFrame per table (danfojs-node is loaded on first use: about 2 s). */
export type AnalysisFrames = { [K in keyof AnalysisTables]: import('danfojs-node').DataFrame };

/**
 * Converts every table to a danfojs DataFrame with the documented column order.
 * @example
 * const frames = toDataFrames(result.tables);
 * frames.articles.shape // [5, 15]
 */
export function toDataFrames(tables: AnalysisTables): AnalysisFrames {
  const out = {} as Record<string, import('danfojs-node').DataFrame>;
  for (const k of Object.keys(TABLE_COLUMNS) as (keyof AnalysisTables)[]) {
    out[k] = toDataFrame(tables[k] as unknown as Record<string, unknown>[], TABLE_COLUMNS[k] as string[]);
  }
  return out as AnalysisFrames;
}
