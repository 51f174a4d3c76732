/**
 * `khitab split`: label every line of pages with its role and show the article and comments.
 */
import * as path from 'node:path';
import type { Article } from '../split/types';
import { ROLES } from '../split/types';
import { splitPage } from '../split/splitPage';
import { inputPages } from './inputPages';
import type { SplitChoice } from '../split/splitChoice';
import { fileArg, parseCommandArgs, usageFailure } from './args';
import { splitChoiceArg, splitOptionsOrReport } from './splitChoiceArg';

const HELP = `usage: khitab split [--json] [--meta CSV] [--labeller rules|model] [--model FILE] FILE_OR_FOLDER...

Labels every line of each page with its role (title, byline, body, subheading, caption, link,
comment_header, comment_author, comment_meta, comment_body, boilerplate, blank) and derives the
title and the reader comments.

  --json       print ONE JSON array, one object per file in input order:
               {id, file, encoding, outlet, outletSource, title, pageKind, pageKindReason,
                splitConfidence, lines:[{n,role,text}] (with --labeller model also confidence),
                comments:[{index,author,meta,ageMonths,approxDate,text}], declaredCommentCount, warnings}
  --meta CSV   metadata table (id,file,outlet,url,published,crawled,language,notes). Default: the
               metadata.csv in the parent of the file's folder, if any (data/corpus → data/metadata.csv)
  --labeller L model (default: the trained line labeller, which also gives each line its
               probability) or rules (the profile rules); see docs/splitter-eval.md for how each
               measures
  --model FILE the trained model (default data/models/split-lines.json; make one with
               khitab train split)
  -h, --help   show this help

A folder is split file by file (recursively, sorted). Missing, unreadable, binary or empty files are
reported on stderr and make the exit code 1; the other files are still processed and printed.
The readable summary puts Arabic text on its own lines, wrapped in Unicode first-strong isolates
(U+2068 … U+2069) so that a terminal's bidi algorithm cannot reorder it with the labels.`;

/** One file's JSON record (the `--json` contract). */
export interface SplitJson {
  id: string;
  file: string;
  encoding: string;
  outlet: string | null;
  outletSource: Article['outletSource'];
  title: string | null;
  pageKind: Article['pageKind'];
  pageKindReason: string;
  splitConfidence: number | null;
  lines: { n: number; role: string; text: string; confidence?: number }[];
  comments: { index: number; author: string | null; meta: string | null; ageMonths: number | null; approxDate: string | null; text: string }[];
  declaredCommentCount: number | null;
  warnings: string[];
}

/**
 * The `--json` record of an article (fields in the documented order; nulls for absent values).
 * @example articleToSplitJson(a).comments[0] // {index:0, author:'Sundus', meta:'·منذ سنة شهرين', ageMonths:14, approxDate:'2023-01', text:'…'}
 */
export function articleToSplitJson(a: Article): SplitJson {
  return {
    id: a.id, file: a.file, encoding: a.encoding, outlet: a.outlet, outletSource: a.outletSource, title: a.title,
    pageKind: a.pageKind, pageKindReason: a.pageKindReason, splitConfidence: a.splitConfidence,
    lines: a.lines.map((l) => (l.confidence === undefined ? { n: l.n, role: l.role, text: l.text } : { n: l.n, role: l.role, text: l.text, confidence: l.confidence })),
    comments: a.comments.map((c) => ({ index: c.index, author: c.author, meta: c.meta, ageMonths: c.ageMonths, approxDate: c.approxDate, text: c.text })),
    declaredCommentCount: a.declaredCommentCount, warnings: a.warnings,
  };
}

/** Wraps text in first-strong isolate marks so mixed Arabic/Latin lines keep their order in terminals. */
function iso(s: string): string {
  return `\u2068${s}\u2069`;
}

/**
 * The readable summary of an article: title, outlet, role counts, comments, warnings.
 * @example summarizeArticle(a).split('\n')[0] // '== data/corpus/001_….txt (001_be24e1eb1075d265)'
 */
export function summarizeArticle(a: Article): string {
  const out: string[] = [`== ${a.file} (${a.id})`];
  out.push('title:', `  ${a.title === null ? '(none)' : iso(a.title)}`);
  out.push(`outlet: ${a.outlet ?? '(unknown)'}${a.outletSource ? ` [${a.outletSource}]` : ''}`);
  out.push(`kind: ${a.pageKind}${a.pageKindReason ? ` (${a.pageKindReason})` : ''}${a.splitConfidence !== null ? `, split confidence ${a.splitConfidence.toFixed(2)}` : ''}`);
  const counts = new Map<string, number>();
  for (const l of a.lines) counts.set(l.role, (counts.get(l.role) ?? 0) + 1);
  out.push(`roles: ${ROLES.filter((r) => counts.has(r)).map((r) => `${r}=${counts.get(r)}`).join(' ')}`);
  out.push(`comments: ${a.comments.length}${a.declaredCommentCount !== null ? ` (declared ${a.declaredCommentCount})` : ''}`);
  for (const c of a.comments) {
    out.push(`  #${c.index + 1} age=${c.ageMonths ?? '?'} months, date≈${c.approxDate ?? '?'}`);
    out.push(`    author: ${c.author === null ? '(none)' : iso(c.author)}`);
    const text = c.text.length > 200 ? `${c.text.slice(0, 200)}…` : c.text;
    out.push(`    ${iso(text.replace(/\n/g, ' / '))}`);
  }
  for (const w of a.warnings) out.push(`warning: ${w}`);
  return out.join('\n');
}

/** The options of `khitab split` (see HELP). */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  meta: { type: 'string' },
  labeller: { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `khitab split` with its arguments; returns the exit code (0 ok, 1 some file failed, 2 usage). */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  let choice: SplitChoice;
  try {
    parsed = parseCommandArgs('split', argv, OPTIONS, { minPositionals: 1, maxPositionals: Infinity, positionalName: 'file or folder' });
    if (parsed.help) { console.log(HELP); return 0; }
    if (parsed.values.meta !== undefined) fileArg(parsed.values.meta, '--meta CSV');
    choice = splitChoiceArg(parsed.values.labeller, parsed.values.model);
  } catch (e) {
    return usageFailure('split', e);
  }
  const splitOptions = splitOptionsOrReport('split', choice, parsed.values.model);
  if (splitOptions === null) return 1;
  const { json, meta } = parsed.values;
  const inputs = parsed.positionals;
  const metaAbs = meta ? path.resolve(meta) : null;
  let failed = false;
  const records: SplitJson[] = [];
  const emit = (a: Article): void => {
    if (json) records.push(articleToSplitJson(a));
    else console.log(`${summarizeArticle(a)}\n`);
  };
  const reportReject = (file: string, reason: string, detail: string): void => {
    failed = true;
    console.error(`khitab split: ${file}: ${reason}: ${detail}`);
  };
  const pages = await inputPages(inputs, {
    meta: metaAbs,
    onReject: (r) => reportReject(r.file, r.reason, r.detail),
    onWarning: (w) => console.error(`khitab split: warning: ${w}`),
  });
  for (const p of pages) emit(splitPage(p, splitOptions));
  if (json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return failed ? 1 : 0;
}
