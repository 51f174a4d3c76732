/**
 * Deterministic synthetic corpora for the benchmark, written both as text files (in sub-folders of
 * 500) and as JSON-lines files; same kind, seed and size → same bytes. Two kinds: `realistic` (the
 * default: varied sentences of the pages and development sets with an open vocabulary, spelling
 * noise, dialect comments, many outlets and dates; src/bench/realisticPage.ts) and `seeds` (seeded
 * recombinations of the five bundled pages: title + shuffled body paragraphs + 0–N Orient-style
 * comment blocks, ~5–20 KB a page, a small closed vocabulary).
 */
import { mkdirSync, openSync, writeSync, closeSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { rngMulberry32 } from '../stats/rngMulberry32';
import { readSeedParts, type SeedParts } from './seedParts';
import { generateRealisticPage, realisticContext } from './realisticPage';
import { VocabularyCounter } from './vocabularyCount';

/** The kinds of benchmark corpus. */
export type CorpusKind = 'realistic' | 'seeds';

/** Options of `generatePage` and `generateBenchCorpus`. */
export interface GenerateOptions {
  /** Kind of corpus (`generateBenchCorpus` only). Default `realistic`. */
  corpus?: CorpusKind;
  /** Seed of the generator. Default 1. */
  seed?: number;
  /** Smallest and largest page body in bytes (before comments). Default [5000, 20000] (seeds), [1500, 6000] (realistic). */
  pageBytes?: [number, number];
  /** Most comment blocks on a page (seeds: a page has comments with probability ½; realistic: 40 %). Default 12. */
  maxComments?: number;
  /** Seed parts. Default: cut from data/corpus. */
  parts?: SeedParts;
}

/** One generated page. */
export interface GeneratedPage {
  id: string;
  /** Outlet id given to the JSON-lines record (text files carry it only in the source line). */
  outlet: string | null;
  /** Publication time (ISO 8601) given to the JSON-lines record; realistic pages only. */
  published?: string;
  /** URL given to the JSON-lines record; realistic pages with a known outlet domain only. */
  url?: string | null;
  text: string;
}

const OUTLET_OF_SOURCE: Record<string, string> = { 'البوصلة – رصد': 'al_bawsala', 'المصدر: عرب 48': 'arab48' };
const TRAILER = '\n2\n\nالأكثر قراءة\n\n💡 أهم المواضيع\n\n✨ أهم التصنيفات\n';

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

/**
 * Generates page number `i` of a stream seeded by `rng` (call in order 0, 1, 2, … with one rng).
 * @example generatePage(rngMulberry32(1), 0).id // 'p0000000'
 */
export function generatePage(rng: () => number, i: number, options: GenerateOptions = {}, parts: SeedParts = options.parts ?? readSeedParts()): GeneratedPage {
  const [lo, hi] = options.pageBytes ?? [5000, 20000];
  const target = lo + Math.floor(rng() * (hi - lo));
  const title = pick(rng, parts.titles);
  const kind = rng();
  // A third of pages name their source like al-Bawsala/Arab 48, a third use Orient's comment layout, a third have neither.
  const source = kind < 1 / 3 && parts.sourceLines.length ? pick(rng, parts.sourceLines) : null;
  const orient = kind >= 1 / 3 && kind < 2 / 3;
  let text = `${title}\n\n${title}\n`;
  if (source) text += `\n${source}\n`;
  let bytes = Buffer.byteLength(text);
  while (bytes < target) {
    const p = pick(rng, parts.paragraphs);
    text += `\n${p}\n`;
    bytes += Buffer.byteLength(p) + 2;
  }
  const nComments = orient || rng() < 0.5 ? Math.floor(rng() * ((options.maxComments ?? 12) + 1)) : 0;
  if (nComments > 0 && parts.commentBlocks.length) {
    text += `\nالتعليقات (${nComments})\n`;
    for (let k = 0; k < nComments; k++) text += `\n${pick(rng, parts.commentBlocks)}\n`;
    text += TRAILER;
  }
  return { id: `p${String(i).padStart(7, '0')}`, outlet: source ? OUTLET_OF_SOURCE[source] ?? null : orient ? 'orient_news' : null, text };
}

/** What `generateBenchCorpus` wrote. */
export interface GeneratedCorpus {
  /** Kind of corpus. */
  corpus: CorpusKind;
  /** Folder of text files (`<dir>/text/NNNN/pXXXXXXX.txt`). */
  textDir: string;
  /** Folder of JSON-lines files (`<dir>/jsonl/part-NNN.jsonl`, ≤ 64 MB each). */
  jsonlDir: string;
  pages: number;
  /** Bytes of the text form. */
  bytes: number;
  /** SHA-256 over the pages' texts in order: equal for equal seed and size. */
  sha256: string;
  /** Word tokens of the pages (the toolkit's tokenizer; see `VocabularyCounter`). */
  tokens: number;
  /** Distinct normalized word tokens (`normalizeArabic` defaults). */
  distinctTokens: number;
  /** Seconds the generation took (the first time; a reused corpus reports its original figure). */
  seconds: number;
}

/** A page source: call with 0, 1, 2, … in order. */
function pageSource(corpus: CorpusKind, options: GenerateOptions): (i: number) => GeneratedPage {
  const rng = rngMulberry32(options.seed ?? 1);
  if (corpus === 'seeds') {
    const parts = options.parts ?? readSeedParts();
    return (i) => generatePage(rng, i, options, parts);
  }
  const ctx = realisticContext();
  return (i) => generateRealisticPage(rng, i, ctx, options);
}

/**
 * Writes a synthetic corpus of at least `sizeMb` megabytes (10^6 bytes) of page text into `dir`,
 * in text and JSON-lines form, and counts its vocabulary. Reuses an existing complete corpus
 * generated with the same parameters (kind, seed, size, page options, generator version).
 * @example
 * const c = generateBenchCorpus('.bench/c-1-2', 2, {seed: 1});
 * c.pages // ~500
 */
export function generateBenchCorpus(dir: string, sizeMb: number, options: GenerateOptions = {}): GeneratedCorpus {
  const t0 = process.hrtime.bigint();
  const seed = options.seed ?? 1;
  const corpus = options.corpus ?? 'realistic';
  const stamp = join(dir, 'corpus.json');
  const textDir = join(dir, 'text');
  const jsonlDir = join(dir, 'jsonl');
  const key = JSON.stringify({ corpus, seed, sizeMb, pageBytes: options.pageBytes ?? null, maxComments: options.maxComments ?? null, v: 2 });
  if (existsSync(stamp)) {
    const prev = JSON.parse(readFileSync(stamp, 'utf8')) as GeneratedCorpus & { key: string };
    if (prev.key === key) {
      const { key: _key, ...kept } = prev;
      return { ...kept, textDir, jsonlDir };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(textDir, { recursive: true });
  mkdirSync(jsonlDir, { recursive: true });
  const next = pageSource(corpus, options);
  const vocabulary = new VocabularyCounter();
  const hash = createHash('sha256');
  const limit = sizeMb * 1e6;
  let bytes = 0;
  let pages = 0;
  let part = -1;
  let partBytes = Infinity;
  let fd = -1;
  let madeDir = -1;
  try {
    while (bytes < limit) {
      const page = next(pages);
      const buf = Buffer.from(page.text, 'utf8');
      hash.update(buf);
      vocabulary.add(page.text);
      const sub = Math.floor(pages / 500);
      if (sub !== madeDir) { mkdirSync(join(textDir, String(sub).padStart(4, '0'))); madeDir = sub; }
      writeFileSync(join(textDir, String(sub).padStart(4, '0'), `${page.id}.txt`), buf);
      const rec = JSON.stringify({ id: page.id, outlet: page.outlet ?? undefined, url: page.url ?? undefined, published: page.published, text: page.text }) + '\n';
      if (partBytes >= 64e6) {
        if (fd >= 0) closeSync(fd);
        part++;
        fd = openSync(join(jsonlDir, `part-${String(part).padStart(3, '0')}.jsonl`), 'w');
        partBytes = 0;
      }
      partBytes += writeSync(fd, rec);
      bytes += buf.length;
      pages++;
    }
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  const result: GeneratedCorpus = {
    corpus, textDir, jsonlDir, pages, bytes, sha256: hash.digest('hex'), tokens: vocabulary.tokens, distinctTokens: vocabulary.distinct(),
    seconds: Number(process.hrtime.bigint() - t0) / 1e9,
  };
  writeFileSync(stamp, JSON.stringify({ ...result, key }, null, 2));
  return result;
}
