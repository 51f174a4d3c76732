/**
 * `khitab sample RUN --out DIR`: a stratified random sample of a run's units (pages, comments or
 * marker hits) as a coding sheet for hand coding, with a sidecar that records the draw (seed,
 * strata, populations, sample sizes) so the sheet can be redrawn and its units weighted.
 * The coded sheet goes back in through `khitab validate --gold`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { openRun } from '../export/readRun';
import { writeCsvFile } from '../export/writeCsvFile';
import { writeFileSynced } from '../export/writeFileAtomic';
import { writeXlsxWorkbook, XlsxSheet } from '../export/writeXlsx';
import {
  CODING_SHEET_COLUMNS, CODING_UNIT_KINDS, STRATUM_DIMENSIONS, type CodingSampleInfo, type CodingSheetRow, type CodingUnitKind,
  type StratumDimension,
} from '../validate/codingSheet';
import type { ColumnKind } from '../tables/columns';
import { drawCodingSample } from './sampleRun';
import { folderArg, numberArg, parseCommandArgs, usageFailure, UsageError } from './args';
import { suggestName } from './suggest';

/** Seed of the draw when `--seed` is not given (recorded in the sidecar either way). */
export const DEFAULT_SAMPLE_SEED = 20230101;

const HELP = `usage: khitab sample RUN --out DIR [--unit pages|comments|hits] [--by outlet,segment,category]
                     (--n N [--min-per-stratum M] | --per-stratum N) [--seed S] [--excel] [--xlsx] [--force]

Draws a stratified random sample of the units of RUN (a folder written by \`khitab analyze --out\`)
and writes a coding sheet for hand coding:
  DIR/coding-sheet.csv        one row per unit: unit, id, comment, file, line, col (provenance),
                              outlet, segment, category, pre|keyword|post (hits) or text (the
                              page's title, the comment), and empty code columns
                              stance, category_ok, voice, notes, coder
  DIR/coding-sheet.meta.json  the run, lexicon, seed, strata, each stratum's population and
                              sample size (weights = population / sample)
  DIR/coding-sheet.xlsx       the same sheet as a workbook (--xlsx)

  --unit KIND          pages (an article's reporting; listings left out, counted), comments, or
                       hits (one marker hit with its KWIC context). Default: pages
  --by DIMS            strata: any of outlet,segment,category, comma-separated, or none.
                       Default: outlet,segment. A page's or comment's category is the one with
                       most hits in it, (none) without hits
  --n N                sample size: proportional to the strata, each stratum first getting
                       --min-per-stratum units (default 2) or all it has
  --per-stratum N      equal allocation instead: N units from every stratum (or all it has)
  --seed S             seed of the draw (default ${DEFAULT_SAMPLE_SEED}); the same seed redraws the same sheet
  --excel              start the CSV with a byte-order mark (Excel)
  --xlsx               also write DIR/coding-sheet.xlsx (right-to-left, typed cells, no formulas)
  --force              overwrite an existing coding sheet in DIR (default: refused, it may be coded)

Give each coder a copy; fill stance (support|oppose|neutral, data/gold/README.md), coder, and for
hits category_ok (yes|no: is the marker's category right here?); then
  khitab validate --gold coderA.csv --gold coderB.csv CORPUS
Page text is untrusted: cells that would start a formula are prefixed with ' (as in every table).`;

/** The options of `khitab sample` (see HELP). */
const OPTIONS = {
  out: { type: 'string' },
  unit: { type: 'string', default: 'pages' },
  by: { type: 'string', default: 'outlet,segment' },
  n: { type: 'string' },
  'per-stratum': { type: 'string' },
  'min-per-stratum': { type: 'string' },
  seed: { type: 'string' },
  excel: { type: 'boolean', default: false },
  xlsx: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const NUMBER_COLUMNS = new Set(['comment', 'line', 'col']);

/** The sheet as one workbook sheet: typed columns (right-to-left and formula-free in the writer). */
function xlsxSheetOf(rows: CodingSheetRow[]): XlsxSheet {
  return {
    name: 'coding',
    columns: CODING_SHEET_COLUMNS.map((c) => ({ name: c, type: NUMBER_COLUMNS.has(c) ? 'INTEGER' : 'VARCHAR' })),
    rows: rows.map((r) => ({ ...r })),
  };
}

function unitArg(value: string): CodingUnitKind {
  if ((CODING_UNIT_KINDS as readonly string[]).includes(value)) return value as CodingUnitKind;
  const guess = suggestName(value, [...CODING_UNIT_KINDS]);
  throw new UsageError(`--unit takes pages, comments or hits, not '${value}'`, guess ? `did you mean ${guess}?` : undefined);
}

function byArg(value: string): StratumDimension[] {
  if (value.trim() === 'none' || value.trim() === '') return [];
  const dims = value.split(',').map((d) => d.trim());
  for (const d of dims) {
    if (!(STRATUM_DIMENSIONS as readonly string[]).includes(d)) {
      const guess = suggestName(d, [...STRATUM_DIMENSIONS]);
      throw new UsageError(`--by takes outlet, segment and/or category (or none), not '${d}'`, guess ? `did you mean ${guess}?` : undefined);
    }
  }
  if (new Set(dims).size !== dims.length) throw new UsageError(`--by names a dimension twice: '${value}'`);
  return dims as StratumDimension[];
}

/** Runs `khitab sample`; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  let request;
  try {
    parsed = parseCommandArgs('sample', argv, OPTIONS, { minPositionals: 1, maxPositionals: 1, positionalName: 'run folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    folderArg(parsed.positionals[0], 'run folder (written by khitab analyze --out)');
    if (v.out === undefined) throw new UsageError('--out DIR is required (where the coding sheet goes)');
    if (existsSync(v.out)) folderArg(v.out, '--out folder');
    const n = numberArg('--n', v.n, { min: 1 });
    const perStratum = numberArg('--per-stratum', v['per-stratum'], { min: 1 });
    const minPerStratum = numberArg('--min-per-stratum', v['min-per-stratum'], { min: 0 });
    if ((n === undefined) === (perStratum === undefined)) throw new UsageError('give the sample size as --n N or as --per-stratum N (one of them)');
    if (minPerStratum !== undefined && n === undefined) throw new UsageError('--min-per-stratum goes with --n (proportional allocation)');
    const seed = numberArg('--seed', v.seed, { min: -(2 ** 31) }) ?? DEFAULT_SAMPLE_SEED;
    request = { unit: unitArg(v.unit as string), by: byArg(v.by as string), n, perStratum, minPerStratum: n === undefined ? undefined : (minPerStratum ?? 2), seed };
  } catch (e) {
    return usageFailure('sample', e);
  }
  const v = parsed.values;
  const out = resolve(v.out as string);
  const sheetPath = join(out, 'coding-sheet.csv');
  const metaPath = join(out, 'coding-sheet.meta.json');
  const existing = [sheetPath, metaPath].find((p) => existsSync(p));
  if (!v.force && existing !== undefined) {
    console.error(`khitab sample: ${relative(process.cwd(), existing)} exists (a sheet may be coded there); give another --out, or --force to overwrite`);
    return 1;
  }
  const runDir = parsed.positionals[0];
  let runFolder;
  try {
    runFolder = await openRun(runDir);
  } catch (e) {
    console.error(`khitab sample: ${(e as Error).message}`);
    return 1;
  }
  try {
    let sample;
    try {
      sample = await drawCodingSample(runFolder, request);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      console.error(`khitab sample: ${e.message.replace(/^allocateSample: /, '')}`);
      return 2;
    }
    mkdirSync(out, { recursive: true });
    const written = writeCsvFile(sheetPath, CODING_SHEET_COLUMNS, sample.rows, { bom: v.excel as boolean, flag: v.force ? 'w' : 'wx' });
    const info: CodingSampleInfo = {
      command: ['khitab', 'sample', ...argv].join(' '),
      run: { dir: runFolder.dir, command: runFolder.provenance.command, corpus: runFolder.provenance.corpus },
      lexiconVersion: runFolder.provenance.lexiconVersion,
      unit: request.unit, by: request.by, allocation: request.n !== undefined ? 'proportional' : 'equal',
      n: request.n ?? null, perStratum: request.perStratum ?? null, minPerStratum: request.minPerStratum ?? null, seed: request.seed,
      population: sample.strata.reduce((s, x) => s + x.population, 0), sampled: sample.rows.length, excluded: sample.excluded, strata: sample.strata,
      sheet: { file: 'coding-sheet.csv', sha256: written.sha256, columns: written.columns },
    };
    writeFileSynced(metaPath, `${JSON.stringify(info, null, 2)}\n`, v.force ? 'w' : 'wx');
    if (v.xlsx) {
      const book = await writeXlsxWorkbook(join(out, 'coding-sheet.xlsx'), [xlsxSheetOf(sample.rows)]);
      for (const w of book.warnings) console.error(`khitab sample: ${w}`);
    }
    console.log(`khitab sample: ${sample.rows.length} of ${info.population} ${request.unit} from ${sample.strata.length} strata (${info.allocation}, seed ${request.seed}) → ${relative(process.cwd(), sheetPath) || sheetPath}`);
    for (const x of sample.excluded) console.log(`  left out: ${x.count} ${x.reason}`);
    return 0;
  } finally {
    runFolder.close();
  }
}
