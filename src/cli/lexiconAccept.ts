/**
 * `khitab lexicon accept SHEET --out FILE [--codebook FILE]`: the rows of a `khitab lexicon suggest`
 * review sheet that the researcher accepted (an `accept` cell of yes, y, x, 1 or true, and a
 * `category`) become markers of their own lexicon file, added to `--codebook` (or to a new file)
 * and written to `--out`: one marker per row, its term as the pattern, its first KWIC line as an
 * example, so `khitab lexicon check` can test it. The shipped codebook is never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { loadLexicon, lexiconPathsWith } from '../lexicon/loadLexicon';
import { categoryOf } from '../lexicon/categoryOf';
import { fileArg, parseCommandArgs, usageFailure, UsageError } from './args';

/** Cells of the `accept` column that accept a row (compared lower-cased and trimmed). */
export const ACCEPTED = new Set(['yes', 'y', 'x', '1', 'true', 'نعم']);

/** One accepted row. */
export interface AcceptedTerm {
  /** The term (normalized words). */
  term: string;
  /** The category the researcher gave. */
  category: string;
  /** Its first KWIC line, brackets removed, or ''. */
  example: string;
  /** G² and counts, for the marker's description. */
  g2: string;
  near: string;
}

/**
 * The accepted rows of a review sheet's text; a row marked accepted without a category is a problem.
 * @example acceptedRows('term,…,accept,category\nقتله,…,yes,stance_oppose\n').rows[0].category // 'stance_oppose'
 */
export function acceptedRows(text: string): { rows: AcceptedTerm[]; problems: string[] } {
  const records = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const rows: AcceptedTerm[] = [];
  const problems: string[] = [];
  records.forEach((r, i) => {
    if (!ACCEPTED.has((r.accept ?? '').trim().toLowerCase())) return;
    const category = (r.category ?? '').trim();
    if (!/^[A-Za-z0-9_.:-]+$/.test(category)) { problems.push(`row ${i + 2}: '${r.term}' is accepted but its category '${category}' is not a category id`); return; }
    rows.push({ term: (r.term ?? '').trim(), category, example: (r.kwic1 ?? '').replace(/[[\]]/g, ''), g2: r.g2 ?? '', near: r.near ?? '' });
  });
  return { rows, problems };
}

/**
 * A lexicon file's text with the accepted terms added as markers (ids `suggested_<category>_<k>`,
 * never clashing with the file's own ids; polarity from the category's stance in `stances`).
 * @example withAcceptedMarkers('version: "1"\nmarkers: []\n', rows, () => -1) // 'version: "1"\nmarkers:\n  - id: suggested_stance_oppose_1 …'
 */
export function withAcceptedMarkers(codebook: string, rows: AcceptedTerm[], polarityOf: (category: string) => number, source = 'sheet.csv'): string {
  const doc = parseDocument(codebook);
  if (!isMap(doc.contents)) throw new UsageError('--codebook: the file is not a YAML mapping (a codebook has version: and markers:)');
  if (!doc.has('version')) doc.set('version', '1');
  let markers = doc.get('markers', true);
  if (!isSeq(markers)) { markers = new YAMLSeq(); doc.set('markers', markers); }
  const seq = markers as YAMLSeq;
  seq.flow = false;
  const ids = new Set((seq.toJSON() as { id?: string }[]).map((m) => m?.id));
  for (const r of rows) {
    let k = 1;
    while (ids.has(`suggested_${r.category}_${k}`)) k++;
    const id = `suggested_${r.category}_${k}`;
    ids.add(id);
    const marker: Record<string, unknown> = {
      id, category: r.category, polarity: polarityOf(r.category), patterns: [r.term],
      description: `a term found near seeds (G² ${r.g2}, ${r.near} near seeds), accepted in review`,
      source: `review sheet ${source} (khitab lexicon suggest)`,
    };
    if (r.example) marker.examples = [r.example];
    seq.items.push(doc.createNode(marker));
  }
  return doc.toString({ lineWidth: 0 });
}

const HELP = `usage: khitab lexicon accept SHEET --out FILE [--codebook FILE]

Turns the accepted rows of a review sheet written by \`khitab lexicon suggest\` (accept = yes, y, x, 1,
true or نعم, and a category id) into markers, added to the lexicon file --codebook (default: a new
file) and written to --out (required; the --codebook file itself is not changed unless it is --out).
Check the result with \`khitab lexicon check FILE\` and use it with --lexicon FILE.`;

const OPTIONS = {
  out: { type: 'string' },
  codebook: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab lexicon accept ARGS`; returns the exit code. */
export async function runAccept(argv: string[]): Promise<number> {
  let sheet: string, out: string, codebook: string | undefined;
  try {
    const parsed = parseCommandArgs('lexicon accept', argv, OPTIONS, { minPositionals: 1, maxPositionals: 1, positionalName: 'review sheet' });
    if (parsed.help) { console.log(HELP); return 0; }
    if (!parsed.values.out) throw new UsageError('--out is required (the lexicon file to write)');
    [sheet] = parsed.positionals;
    fileArg(sheet, 'review sheet');
    out = parsed.values.out;
    codebook = parsed.values.codebook;
    if (codebook !== undefined) fileArg(codebook, '--codebook');
  } catch (e) {
    return usageFailure('lexicon accept', e);
  }
  const { rows, problems } = acceptedRows(readFileSync(sheet, 'utf8'));
  for (const p of problems) console.error(`${sheet}: ${p}`);
  const lexicon = loadLexicon(lexiconPathsWith(codebook ? [codebook] : []));
  const polarity = (c: string): number => ({ support: 1, oppose: -1 } as Record<string, number>)[categoryOf(lexicon, c).stance] ?? 0;
  const text = withAcceptedMarkers(codebook ? readFileSync(codebook, 'utf8') : 'version: "1"\nmarkers: []\n', rows, polarity, path.basename(sheet));
  writeFileSync(out, text);
  console.log(`khitab lexicon accept: ${rows.length} marker(s) added, written to ${out}`);
  return problems.length ? 1 : 0;
}
