/**
 * `khitab lexicon suggest [DIR] --out SHEET.csv`: a review sheet of candidate markers, the terms
 * that co-occur with high-precision seeds (slogans, stance hashtags, stance hits and attitude ×
 * target rule hits that are not negated) in the same sentence or reader comment, ranked by G²
 * against the rest of the corpus (`rankSeedNeighbours`). The researcher marks rows `accept` and
 * gives a `category`; `khitab lexicon accept` turns them into markers of their own lexicon file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../split/types';
import type { Hit } from '../stance/types';
import type { Lexicon } from '../lexicon/types';
import { streamCorpus } from '../corpus/streamCorpus';
import { splitPage } from '../split/splitPage';
import { lexiconPathsWith, loadLexicon } from '../lexicon/loadLexicon';
import { compileLexicon } from '../lexicon/compileLexicon';
import { matchMarkers, MATCHED_ROLES } from '../stance/matchMarkers';
import { stanceOfHit } from '../stance/scoreStance';
import { formatCsvHeader, formatCsvRows } from '../export/csvCells';
import { folderArg, numberArg, parseCommandArgs, usageFailure, UsageError } from './args';
import { articleCountedOnce } from '../tables/countedLines';
import { splitOptionsOf, type SplitChoice } from '../split/splitChoice';
import { LABELLER_HELP, LABELLER_OPTIONS, splitChoiceArg, splitOptionsOrReport } from './splitChoiceArg';
import { rankSeedNeighbours, type SuggestUnit } from './lexiconSuggestTerms';

/** Columns of the review sheet. */
export const SHEET_COLUMNS = ['term', 'words', 'g2', 'near', 'elsewhere', 'kwic1', 'kwic2', 'kwic3', 'accept', 'category'] as const;

/** Sentence ends inside a line (a reporting line is cut into sentences at these). */
const SENTENCE_END = /[.!?؟…؛]+/g;

/** Whether a hit is a seed: a stance category (support, oppose or conditional), not negated. */
function isSeed(lexicon: Lexicon, h: Hit): boolean {
  return stanceOfHit(h, lexicon) !== null;
}

/**
 * The units of one article: each sentence of its title, body, subheading and caption lines, and
 * each reader comment whole; a unit is a seed unit when a seed hit lies in it (its span is skipped).
 * @example unitsOfArticle(article, hits, lexicon)[0] // { text: 'خرجت مظاهرات تحت شعار لن نصالح', seed: true, skip: [[23, 31]] }
 */
export function unitsOfArticle(a: Article, hits: Hit[], lexicon: Lexicon): SuggestUnit[] {
  const seeds = hits.filter((h) => isSeed(lexicon, h));
  const units: SuggestUnit[] = [];
  const comments = new Map<number, SuggestUnit>();
  for (const line of a.lines) {
    if (!MATCHED_ROLES.has(line.role) || !line.text) continue;
    const own = seeds.filter((h) => h.line === line.n);
    if (line.role === 'comment_body' && line.comment !== null) {
      let u = comments.get(line.comment);
      if (!u) { u = { text: '', seed: false, skip: [] }; comments.set(line.comment, u); units.push(u); }
      const at = u.text ? u.text.length + 1 : 0;
      u.text = u.text ? `${u.text}\n${line.text}` : line.text;
      for (const h of own) { u.seed = true; u.skip.push([at + h.col, at + h.col + h.len]); }
      continue;
    }
    let from = 0;
    const cut = (to: number): void => {
      const inside = own.filter((h) => h.col >= from && h.col < to);
      units.push({ text: line.text.slice(from, to), seed: inside.length > 0, skip: inside.map((h) => [h.col - from, h.col - from + h.len]) });
      from = to;
    };
    for (const m of line.text.matchAll(SENTENCE_END)) cut(m.index! + m[0].length);
    if (from < line.text.length) cut(line.text.length);
  }
  return units;
}

const HELP = `usage: khitab lexicon suggest [DIR] --out SHEET.csv [--lexicon FILE]... [--top N] [--min-near N] [--max-n N]
                             [--labeller rules|model] [--model FILE]

Ranks the terms (normalized words and 2–3-grams) that occur in the same sentence or reader comment as
a high-precision seed (slogans, stance hashtags, non-negated stance and attitude × target hits) by G²
against the rest of the corpus DIR (default data/corpus), and writes a review sheet (CSV: ${SHEET_COLUMNS.join(', ')}):
three KWIC lines near seeds per term, and empty accept and category columns for the researcher.
  --out FILE       the sheet to write (required; nothing else is written)
  --lexicon FILE   add a lexicon file whose markers are seeds too; repeatable
  --top N          most terms (default 200)
  --min-near N     fewest occurrences near seeds (default 2)
  --max-n N        longest n-gram, 1–3 (default 3)
${LABELLER_HELP}
Accept rows with \`khitab lexicon accept SHEET --codebook FILE --out FILE\` (data/lexicons/README.md).`;

/** What `khitab lexicon suggest` was asked. */
export interface SuggestRequest {
  /** Corpus folder. */
  dir: string;
  /** The sheet to write. */
  out: string;
  /** Extra lexicon files. */
  lexicons: string[];
  /** Ranking options. */
  top: number;
  minNear: number;
  maxN: number;
  /** How pages are split (default: the trained labeller, as in `khitab analyze`). */
  split?: SplitChoice;
}

/**
 * Runs `khitab lexicon suggest`: streams the corpus, matches the codebook, ranks and writes the sheet.
 * Returns the number of rows written.
 * @example await suggestSheet({ dir: 'data/corpus', out: '/tmp/s.csv', lexicons: [], top: 200, minNear: 2, maxN: 3 }) // 200
 */
export async function suggestSheet(r: SuggestRequest): Promise<number> {
  const lexicon = loadLexicon(lexiconPathsWith(r.lexicons));
  // Without a choice, the commands' default (labellerArg's): the trained labeller.
  const splitOptions = splitOptionsOf(r.split ?? splitChoiceArg(undefined, undefined));
  const compiled = compileLexicon(lexicon);
  const units: SuggestUnit[] = [];
  for await (const item of streamCorpus(path.resolve(r.dir))) {
    if (item.kind !== 'page') continue;
    const a = splitPage(item.page, splitOptions);
    // As in the tables: a repeat of the title is not matched again (README, "Counting once").
    units.push(...unitsOfArticle(a, matchMarkers(articleCountedOnce(a), compiled), lexicon));
  }
  const ranked = rankSeedNeighbours(units, { top: r.top, minNear: r.minNear, maxN: r.maxN });
  const rows = ranked.map((t) => ({
    term: t.term, words: t.words, g2: Math.round(t.g2 * 1000) / 1000, near: t.near, elsewhere: t.elsewhere,
    kwic1: t.examples[0] ?? '', kwic2: t.examples[1] ?? '', kwic3: t.examples[2] ?? '', accept: '', category: '',
  }));
  writeFileSync(r.out, formatCsvHeader(SHEET_COLUMNS) + formatCsvRows(rows, SHEET_COLUMNS));
  return rows.length;
}

/** The options of `khitab lexicon suggest` (see HELP). */
const OPTIONS = {
  out: { type: 'string' },
  lexicon: { type: 'string', multiple: true, default: [] as string[] },
  ...LABELLER_OPTIONS,
  top: { type: 'string' },
  'min-near': { type: 'string' },
  'max-n': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab lexicon suggest ARGS`; returns the exit code. */
export async function runSuggest(argv: string[]): Promise<number> {
  let request: SuggestRequest & { split: SplitChoice };
  try {
    const parsed = parseCommandArgs('lexicon suggest', argv, OPTIONS, { maxPositionals: 1, positionalName: 'corpus folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    const v = parsed.values;
    if (!v.out) throw new UsageError('--out is required (the review sheet to write)', 'khitab lexicon suggest data/corpus --out sheet.csv');
    const dir = parsed.positionals[0] ?? path.resolve(__dirname, '../../data/corpus');
    folderArg(dir, 'corpus folder');
    request = {
      dir, out: v.out, lexicons: v.lexicon, top: numberArg('--top', v.top, { min: 1 }) ?? 200,
      minNear: numberArg('--min-near', v['min-near'], { min: 1 }) ?? 2, maxN: numberArg('--max-n', v['max-n'], { min: 1 }) ?? 3,
      split: splitChoiceArg(v.labeller, v.model),
    };
    if (request.maxN > 3) throw new UsageError(`--max-n takes 1, 2 or 3, not ${request.maxN}`);
  } catch (e) {
    return usageFailure('lexicon suggest', e);
  }
  if (splitOptionsOrReport('lexicon suggest', request.split, request.split.model) === null) return 1;
  const n = await suggestSheet(request);
  console.log(`khitab lexicon suggest: ${n} term(s) written to ${request.out}`);
  return 0;
}
