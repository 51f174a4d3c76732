/**
 * The population of a run's units and the seeded stratified draw from it, in SQL over the run's
 * row tables (`openRun`): DuckDB scans the table twice (the strata's counts, then the drawn rows by
 * their position in their stratum), and only the counts and the drawn rows reach JavaScript, so the
 * memory a sample takes is bounded by DuckDB's limit, not by the size of the run.
 */
import type { Run } from '../export/readRun';
import { sqlLiteral } from '../export/stagingCsv';
import { allocateSample, type AllocateSampleOptions } from '../validate/allocateSample';
import { samplePositions } from '../validate/samplePositions';
import { rngMulberry32 } from '../stats/rngMulberry32';
import {
  excerpt, SHEET_TEXT_LIMIT, type CodingSheetRow, type CodingUnitKind, type SampleStratum, type StratumDimension,
} from '../validate/codingSheet';

/** What `drawCodingSample` is asked for. */
export interface CodingSampleRequest extends AllocateSampleOptions {
  /** Unit kind. */
  unit: CodingUnitKind;
  /** Stratum dimensions. */
  by: readonly StratumDimension[];
  /** Seed of the draw. */
  seed: number;
}

/** What `drawCodingSample` returns. */
export interface CodingSample {
  /** Sheet rows in page order (file, comment, line, column): a coder reads a page's units together. */
  rows: CodingSheetRow[];
  /** Every stratum in key order, with population and sample size. */
  strata: SampleStratum[];
  /** Units left out of the population, with the reason. */
  excluded: { reason: string; count: number }[];
}

/** The category with most hits in each page's reporting or comment (ties: first by name). */
const DOMINANT = `dom AS (SELECT file, comment, category FROM (SELECT file, comment, category,
  row_number() OVER (PARTITION BY file, comment ORDER BY count(*) DESC, category) AS rn FROM hits GROUP BY file, comment, category) WHERE rn = 1)`;

/** The units of one kind as rows of the sheet's columns, plus `stratum`. */
function unitsSql(unit: CodingUnitKind, by: readonly StratumDimension[]): string {
  const key = by.length === 0 ? `'(all)'` : `concat_ws('|', ${by.map((d) => `'${d}=' || ${d === 'outlet' ? `coalesce(outlet, '(unknown)')` : d}`).join(', ')})`;
  const body = {
    pages: `SELECT a.id AS unit, a.id, CAST(NULL AS INTEGER) AS comment, a.file, CAST(NULL AS INTEGER) AS line, CAST(NULL AS INTEGER) AS col,
      a.outlet, 'reporting' AS segment, coalesce(d.category, '(none)') AS category, '' AS pre, '' AS keyword, '' AS post, coalesce(a.title, '') AS text
      FROM articles a LEFT JOIN dom d ON d.file = a.file AND d.comment IS NULL WHERE a.pageKind = 'article'`,
    comments: `SELECT c.articleId || '#' || c.comment AS unit, c.articleId AS id, c.comment, c.file, CAST(NULL AS INTEGER) AS line,
      CAST(NULL AS INTEGER) AS col, c.outlet, 'comments' AS segment, coalesce(d.category, '(none)') AS category, '' AS pre, '' AS keyword,
      '' AS post, c.text FROM comments c LEFT JOIN dom d ON d.file = c.file AND d.comment = c.comment`,
    hits: `SELECT h.id || ':' || h.line || ':' || h.col || ':' || h.marker AS unit, h.id, h.comment, h.file, h.line, h.col, h.outlet, h.segment,
      h.category, h.pre, h.keyword, h.post, '' AS text FROM hits h`,
  }[unit];
  return `WITH ${DOMINANT}, base AS (${body}) SELECT *, ${key} AS stratum FROM base`;
}

/** Stable order of units: the page's file, its reporting before its comments, then position. */
const UNIT_ORDER = 'file, comment NULLS FIRST, line NULLS FIRST, col NULLS FIRST, unit';

/** Splits `outlet=a|segment=b` into its values. */
function valuesOf(stratum: string, by: readonly StratumDimension[]): Partial<Record<StratumDimension, string>> {
  if (by.length === 0) return {};
  const parts = stratum.split('|');
  return Object.fromEntries(by.map((d, i) => [d, parts[i].slice(d.length + 1)]));
}

/**
 * Draws a stratified random sample of a run's units: counts each stratum in SQL, allocates
 * (`allocateSample`), draws positions per stratum in key order from one mulberry32 stream
 * (`samplePositions`), then reads exactly those rows. Same run, request and seed → same rows.
 * Pages that are not articles (listings, no article) are left out and counted in `excluded`.
 * @example
 * (await drawCodingSample(run, { unit: 'pages', by: ['outlet'], perStratum: 1, seed: 1 })).rows.map((r) => r.unit)
 * // ['000_be8fd5d588858933', '002_dffa4802db24a670', '003_64b54956efce23e0', '004_8bf833d50ff6660d'] (one page per outlet)
 */
export async function drawCodingSample(run: Run, request: CodingSampleRequest): Promise<CodingSample> {
  const units = unitsSql(request.unit, request.by);
  const counts = await run.query<{ stratum: string; n: number }>(`SELECT stratum, count(*) AS n FROM (${units}) GROUP BY stratum`);
  counts.sort((a, b) => (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0));
  const sizes = allocateSample(counts.map((c) => c.n), request);
  const rng = rngMulberry32(request.seed);
  const chosen: string[] = [];
  counts.forEach((c, i) => {
    for (const p of samplePositions(c.n, sizes[i], rng)) chosen.push(`(${sqlLiteral(c.stratum)}, ${p})`);
  });
  const rows = chosen.length === 0 ? [] : await run.query<CodingSheetRow>(
    `SELECT u.* EXCLUDE (stratum, pos) FROM (SELECT *, row_number() OVER (PARTITION BY stratum ORDER BY ${UNIT_ORDER}) - 1 AS pos FROM (${units})) u
     JOIN (VALUES ${chosen.join(', ')}) v(stratum, pos) ON u.stratum = v.stratum AND u.pos = v.pos ORDER BY ${UNIT_ORDER}`);
  for (const r of rows) {
    r.text = excerpt(r.text ?? '', SHEET_TEXT_LIMIT);
    Object.assign(r, { stance: '', category_ok: '', voice: '', notes: '', coder: '' });
  }
  const strata = counts.map((c, i) => ({
    stratum: c.stratum, values: valuesOf(c.stratum, request.by), population: c.n, sample: sizes[i], weight: sizes[i] > 0 ? c.n / sizes[i] : null,
  }));
  const excluded = request.unit !== 'pages' ? [] : (await run.query<{ reason: string; count: number }>(
    `SELECT 'page kind ' || pageKind || ' (not an article)' AS reason, count(*) AS count FROM articles WHERE pageKind <> 'article' GROUP BY pageKind ORDER BY pageKind`));
  return { rows, strata, excluded };
}
