/**
 * The benchmark's stages, each a function over a corpus folder returning what it read:
 * (a) raw scan — read, UTF-8 decode and one pass of one compiled regular expression (all lexicon
 * patterns as one alternation), the floor any analysis pays; (b) split only; (c) split + normalize
 * + markers; (d) the full analyze writing every table. (a)–(c) run on one core; (d) on `workers`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lexicon } from '../lexicon/types';
import { listCorpusFiles, streamCorpus } from '../corpus/streamCorpus';
import { splitPage } from '../split/splitPage';
import { matchMarkers } from '../stance/matchMarkers';
import { loadLexicon } from '../lexicon/loadLexicon';
import { compileLexicon } from '../lexicon/compileLexicon';
import { analyzeFolder } from '../run/analyzeStream';

/** The four measured stages. */
export type StageName = 'raw' | 'split' | 'markers' | 'analyze';

/** Stage names in table order, with their labels. */
export const STAGES: readonly { name: StageName; label: string }[] = [
  { name: 'raw', label: '(a) raw scan: read + decode + 1 regex' },
  { name: 'split', label: '(b) split only' },
  { name: 'markers', label: '(c) split + normalize + markers' },
  { name: 'analyze', label: '(d) full analyze, all tables' },
];

/** What a stage processed. */
export interface StageCount {
  /** Pages (or files, for the raw scan) processed. */
  pages: number;
  /** Source bytes processed. */
  bytes: number;
  /** A checksum of the work (match or hit count), so no stage can be optimized away. */
  work: number;
}

/**
 * One regular expression matching any lexicon pattern literally (globs `*` dropped, white space
 * as one space), longest patterns first: the raw-scan baseline's single pass. (Allowing `\s+`
 * between words makes V8's regex ~20× slower, which would flatter every other stage.)
 * @example lexiconAlternation(loadLexicon()).source.startsWith('(?:') // true
 */
export function lexiconAlternation(lexicon: Lexicon): RegExp {
  const pats = new Set<string>();
  for (const m of lexicon.markers) {
    for (const p of m.patterns) {
      const lit = p.replace(/\*/g, '').trim().replace(/\s+/g, ' ');
      if (lit) pats.add(lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
  }
  const alts = [...pats].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?:${alts.join('|')})`, 'g');
}

/**
 * (a) Reads every file, decodes it as UTF-8 and counts matches of one regular expression.
 * @example rawScan('data/corpus', lexiconAlternation(loadLexicon())) // {pages: 5, bytes: 25148, work: 61}
 */
export function rawScan(dir: string, re: RegExp): StageCount {
  const root = resolve(dir);
  const decoder = new TextDecoder('utf-8');
  let pages = 0;
  let bytes = 0;
  let work = 0;
  for (const f of listCorpusFiles(root)) {
    const buf = readFileSync(join(root, f));
    const text = decoder.decode(buf);
    re.lastIndex = 0;
    while (re.exec(text) !== null) work++;
    pages++;
    bytes += buf.length;
  }
  return { pages, bytes, work };
}

/**
 * (b) Streams the corpus and splits every page into labelled lines.
 * @example await splitOnly('data/corpus') // {pages: 5, bytes: 25148, work: <lines>}
 */
export async function splitOnly(dir: string): Promise<StageCount> {
  const c: StageCount = { pages: 0, bytes: 0, work: 0 };
  for await (const item of streamCorpus(resolve(dir))) {
    if (item.kind !== 'page') continue;
    const a = splitPage(item.page);
    c.pages++;
    c.bytes += item.page.bytes;
    c.work += a.lines.length;
  }
  return c;
}

/**
 * (c) Streams, splits and matches markers (normalization and clitic stripping happen in the matcher).
 * @example await splitAndMatch('data/corpus', loadLexicon()) // {pages: 5, bytes: 25148, work: <hits>}
 */
export async function splitAndMatch(dir: string, lexicon: Lexicon): Promise<StageCount> {
  const compiled = compileLexicon(lexicon);
  const c: StageCount = { pages: 0, bytes: 0, work: 0 };
  for await (const item of streamCorpus(resolve(dir))) {
    if (item.kind !== 'page') continue;
    const a = splitPage(item.page);
    c.work += matchMarkers(a, compiled).length;
    c.pages++;
    c.bytes += item.page.bytes;
  }
  return c;
}

/**
 * (d) The full analyze (`analyzeFolder`) into `out`.
 * @example await fullAnalyze('data/corpus', '/tmp/o', 2) // {pages: 5, bytes: 25148, work: <hits>}
 */
export async function fullAnalyze(dir: string, out: string, workers: number): Promise<StageCount> {
  const s = await analyzeFolder(dir, { out, workers });
  return { pages: s.pages, bytes: s.bytes, work: s.hits };
}

/**
 * Prepares one stage by name (lexicon loaded and compiled outside the timing) and returns the
 * function to time.
 * @example const work = prepareStage('raw', 'data/corpus', {}); (await work()).pages // 5
 */
export function prepareStage(name: StageName, dir: string, options: { workers?: number; out?: string }): () => Promise<StageCount> {
  switch (name) {
    case 'raw': {
      const re = lexiconAlternation(loadLexicon());
      return async () => rawScan(dir, re);
    }
    case 'split': return () => splitOnly(dir);
    case 'markers': {
      const lexicon = loadLexicon();
      compileLexicon(lexicon);
      return () => splitAndMatch(dir, lexicon);
    }
    case 'analyze': return () => fullAnalyze(dir, options.out ?? join(dir, '..', 'out'), options.workers ?? 2);
  }
}
