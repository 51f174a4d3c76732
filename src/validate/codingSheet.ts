/**
 * The coding sheet `khitab sample` writes and `khitab validate` reads back once coded: one row per
 * sampled unit (a page's reporting, a comment, or a marker hit) with its provenance, its strata,
 * the text a coder reads, and empty code columns. The `id`, `comment` and `stance` columns are
 * those of a gold CSV (data/gold/README.md), so a coded sheet is a gold file as it stands.
 */

/** What a sampled unit is: a page's reporting, one reader comment, or one marker hit. */
export type CodingUnitKind = 'pages' | 'comments' | 'hits';

/** The unit kinds in option order. */
export const CODING_UNIT_KINDS: readonly CodingUnitKind[] = ['pages', 'comments', 'hits'];

/** What a sample can be stratified by. */
export type StratumDimension = 'outlet' | 'segment' | 'category';

/** The stratum dimensions in option order. */
export const STRATUM_DIMENSIONS: readonly StratumDimension[] = ['outlet', 'segment', 'category'];

/** One row of a coding sheet. The code columns (`stance` … `coder`) are written empty. */
export interface CodingSheetRow {
  /** Unit id, unique in the sheet: `ID` (page), `ID#N` (comment N), `ID:LINE:COL:MARKER` (hit). */
  unit: string;
  /** Page id (as in articles.csv). */
  id: string;
  /** 0-based comment index; null for the reporting (a page, or a hit on a reporting line). */
  comment: number | null;
  /** Corpus file of the page. */
  file: string;
  /** 1-based line of a hit in the file; null for pages and comments (the whole unit). */
  line: number | null;
  /** 1-based column of a hit; null for pages and comments. */
  col: number | null;
  /** Outlet id; null when unknown. */
  outlet: string | null;
  /** `reporting` or `comments`. */
  segment: string;
  /** The hit's category; for a page or comment the category with most hits in it (ties: first by name), `(none)` without hits. */
  category: string;
  /** Context before the keyword (hits; logical order, as in hits.csv). */
  pre: string;
  /** The matched words (hits). */
  keyword: string;
  /** Context after the keyword (hits). */
  post: string;
  /** The page's title, or the comment's text (at most `SHEET_TEXT_LIMIT` characters, then `…`); empty for hits. */
  text: string;
  /** Code: support | oppose | neutral, toward reconciliation (data/gold/README.md rules). */
  stance: string;
  /** Code for hits: yes/no, is the marker's category right here? */
  category_ok: string;
  /** Code: whose voice it is (author, quoted speaker, reader). */
  voice: string;
  /** Code: the coder's reason, ambiguities. */
  notes: string;
  /** Code: the coder's id (one sheet per coder, or rows per coder). */
  coder: string;
}

/** Column order of the coding sheet. */
export const CODING_SHEET_COLUMNS: readonly (keyof CodingSheetRow)[] = [
  'unit', 'id', 'comment', 'file', 'line', 'col', 'outlet', 'segment', 'category', 'pre', 'keyword', 'post', 'text',
  'stance', 'category_ok', 'voice', 'notes', 'coder',
];

/** Longest text excerpt in a sheet cell; a coder opens the file (file, line) for more. */
export const SHEET_TEXT_LIMIT = 1500;

/** One stratum of a sample: its population, the units drawn and the design weight. */
export interface SampleStratum {
  /** Stratum key, e.g. `outlet=orient_news|segment=comments` (`(unknown)` for no outlet). */
  stratum: string;
  /** Value of each stratum dimension. */
  values: Partial<Record<StratumDimension, string>>;
  /** Units of this kind in the stratum. */
  population: number;
  /** Units drawn. */
  sample: number;
  /** population / sample (each drawn unit stands for this many), or null when none is drawn. */
  weight: number | null;
}

/** The sidecar of a coding sheet (`coding-sheet.meta.json`): everything needed to redraw it and weight it. */
export interface CodingSampleInfo {
  /** Command line as typed. */
  command: string;
  /** The run folder sampled (absolute) and the command that wrote it. */
  run: { dir: string; command: string | null; corpus: string | null };
  /** Lexicon version of the run, e.g. `codebook@2024.5`. */
  lexiconVersion: string;
  /** Unit kind. */
  unit: CodingUnitKind;
  /** Stratum dimensions, in order. */
  by: StratumDimension[];
  /** `proportional` (n, with a minimum per stratum) or `equal` (perStratum). */
  allocation: 'proportional' | 'equal';
  /** Requested total (proportional), else null. */
  n: number | null;
  /** Requested units per stratum (equal), else null. */
  perStratum: number | null;
  /** Minimum per stratum (proportional), else null. */
  minPerStratum: number | null;
  /** Seed of the draw (mulberry32). */
  seed: number;
  /** Units in the population and in the sample. */
  population: number;
  /** Rows of the sheet. */
  sampled: number;
  /** Units left out of the population, with the reason (e.g. pages that are listings). */
  excluded: { reason: string; count: number }[];
  /** Every stratum, in key order (the order the draw uses). */
  strata: SampleStratum[];
  /** The sheet written: file name (beside the sidecar), SHA-256 of its bytes, columns. */
  sheet: { file: string; sha256: string; columns: string[] };
}

/**
 * A text cut to `limit` characters (whole UTF-16 code points kept), `…` marking the cut.
 * @example excerpt('abcdef', 4) // 'abc…'
 */
export function excerpt(text: string, limit = SHEET_TEXT_LIMIT): string {
  const chars = [...text];
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
