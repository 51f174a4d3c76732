/**
 * `khitab markers [--json] [--lexicon PATH]... FILE...`: stance and framing markers of pages with
 * file:line:col provenance, plus the stance of the reporting and of each comment.
 */
import { articleCountedOnce, repeatedTitleLines } from '../tables/countedLines';
import type { Article } from '../split/types';
import type { Hit, ArticleStance, GuardedHit } from '../stance/types';
import { splitPage } from '../split/splitPage';
import { lexiconPathsWith, readLexicon } from '../lexicon/loadLexicon';
import { compileLexicon } from '../lexicon/compileLexicon';
import { matchMarkers } from '../stance/matchMarkers';
import { scoreStance } from '../stance/scoreStance';
import { inputPages } from './inputPages';
import { fileArg, parseCommandArgs, usageFailure } from './args';
import type { SplitChoice } from '../split/splitChoice';
import { LABELLER_HELP, LABELLER_OPTIONS, splitChoiceArg, splitOptionsOrReport } from './splitChoiceArg';

const HELP = `usage: khitab markers [--json] [--meta CSV] [--lexicon PATH]... [--labeller rules|model] [--model FILE] FILE_OR_FOLDER...

Finds the codebook's markers (slogans, stance, naming, labels, frames) in each page and scores the
stance of the reporting and of each comment.
  --json          print a JSON array, one object per file:
                  {id, file, hits:[{line,col,len,matched,role,category,marker,polarity,negated,quoted,speaker}],
                   stance:{reporting:{support,oppose,index}, comments:[{comment,support,oppose,index}]},
                   guarded:[{line,col,len,matched,role,category,marker,guard,context}]}
  --lexicon PATH  add a lexicon file (codebook YAML, quanteda YAML dictionary or LIWC .dic); repeatable
${LABELLER_HELP}
Without --json: one line per hit, "file:line:col category marker «matched»" (+ flags), and one line
per match a sense guard of the codebook cancelled (not a hit, not counted):
"file:line:col guarded marker «matched» by «context» (exclude #n)".
Metadata comes from --meta CSV, else from the metadata.csv beside the file's folder when there is one
(data/corpus → data/metadata.csv). A folder stands for every file in it.
Exit 1 when a file cannot be read (the other files are still printed), 2 on usage errors.`;

/** JSON record of one file. */
export interface MarkersJson {
  id: string;
  file: string;
  hits: Pick<Hit, 'line' | 'col' | 'len' | 'matched' | 'role' | 'category' | 'marker' | 'polarity' | 'negated' | 'quoted' | 'speaker'>[];
  stance: { reporting: ArticleStance['reporting']; comments: ArticleStance['comments'] };
  /** Matches cancelled by a sense guard (`exclude:`): not hits, listed so they stay traceable. */
  guarded: Pick<GuardedHit, 'line' | 'col' | 'len' | 'matched' | 'role' | 'category' | 'marker' | 'guard' | 'context'>[];
}

/**
 * The JSON record of one article's hits and stance.
 * @example markersJson(article, hits, stance).hits[0] // { line: 1, col: 1, len: 8, matched: 'لن نصالح', … }
 */
export function markersJson(a: Article, hits: Hit[], stance: ArticleStance, guarded: GuardedHit[] = []): MarkersJson {
  return {
    id: a.id,
    file: a.file,
    hits: hits.map((h) => ({
      line: h.line, col: h.col, len: h.len, matched: h.matched, role: h.role, category: h.category, marker: h.marker,
      polarity: h.polarity, negated: h.negated, quoted: h.quoted, speaker: h.speaker,
    })),
    stance: { reporting: stance.reporting, comments: stance.comments.map((c) => ({ comment: c.comment, support: c.support, oppose: c.oppose, index: c.index })) },
    guarded: guarded.map((g) => ({
      line: g.line, col: g.col, len: g.len, matched: g.matched, role: g.role, category: g.category, marker: g.marker, guard: g.guard, context: g.context,
    })),
  };
}

function fmtStance(s: { support: number; oppose: number; index: number | null }): string {
  return `support ${s.support}, oppose ${s.oppose}, index ${s.index === null ? '–' : s.index.toFixed(2)}`;
}

/** The options of `khitab markers` (see HELP). */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  meta: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  ...LABELLER_OPTIONS,
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab markers`; returns the exit code (0 ok, 1 some file or lexicon failed, 2 usage). */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  let choice: SplitChoice;
  try {
    parsed = parseCommandArgs('markers', argv, OPTIONS, { minPositionals: 1, maxPositionals: Infinity, positionalName: 'file or folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    if (parsed.values.meta !== undefined) fileArg(parsed.values.meta, '--meta CSV');
    choice = splitChoiceArg(parsed.values.labeller, parsed.values.model);
  } catch (e) {
    return usageFailure('markers', e);
  }
  const splitOptions = splitOptionsOrReport('markers', choice, parsed.values.model);
  if (splitOptions === null) return 1;
  const { json, meta } = parsed.values;
  const extra = parsed.values.lexicon ?? [];
  const files = parsed.positionals;
  const { lexicon, problems } = readLexicon(lexiconPathsWith(extra));
  if (problems.length) {
    for (const p of problems) console.error(`khitab markers: ${p}`);
    return 1;
  }
  const compiled = compileLexicon(lexicon);
  let failed = false;
  const out: MarkersJson[] = [];
  const pages = await inputPages(files, {
    meta,
    onReject: (r) => { failed = true; console.error(`khitab markers: ${r.file}: ${r.reason}: ${r.detail}`); },
    onWarning: (w) => console.error(`khitab markers: warning: ${w}`),
  });
  for (const page of pages) {
    const article = splitPage(page, splitOptions);
    const guarded: GuardedHit[] = [];
    // As in the tables: a repeat of the title is not matched (README, "Counting once").
    const repeats = repeatedTitleLines(article);
    const hits = matchMarkers(articleCountedOnce(article, repeats), compiled, { onGuarded: (g) => guarded.push(g) });
    const stance = scoreStance(article, hits, lexicon);
    if (json) { out.push(markersJson(article, hits, stance, guarded)); continue; }
    console.log(`# ${article.file} (${article.id}${article.outlet ? `, ${article.outlet}` : ''}): ${hits.length} hits`);
    for (const n of repeats) console.log(`${article.file}:${n} repeats the title: not counted again`);
    for (const h of hits) {
      const flags = [h.negated ? 'negated' : '', h.quoted ? `quoted${h.speaker ? ` by ${h.speaker}` : ''}` : ''].filter(Boolean).join(', ');
      const where = h.comment === null ? '' : ` [comment ${h.comment}]`;
      console.log(`${article.file}:${h.line}:${h.col + 1} ${h.category} ${h.marker} «${h.matched}»${where}${flags ? ` (${flags})` : ''}`);
    }
    for (const g of guarded) {
      console.log(`${article.file}:${g.line}:${g.col + 1} guarded ${g.marker} «${g.matched}» by «${g.context}» (exclude #${g.guard + 1})`);
    }
    console.log(`stance reporting: ${fmtStance(stance.reporting)}`);
    for (const c of stance.comments) console.log(`stance comment ${c.comment}: ${fmtStance(c)}`);
    console.log('');
  }
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? 1 : 0;
}
