/**
 * The page-kind thresholds (data/split-page-kinds.yaml): what makes running text, a body, a teaser,
 * and the split-confidence level below which a page is flagged. Read once per file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileLinePatterns, type LinePatterns, type LinePatternSpec } from './linePatterns';

/** Default thresholds file. */
export const PAGE_KINDS_FILE = path.resolve(__dirname, '../../data/split-page-kinds.yaml');

/** The thresholds of data/split-page-kinds.yaml (its comments say what each one means). */
export interface PageKindRules {
  paragraph: { lineMinWords: number; minWords: number; unendedMinWords: number };
  article: { minWords: number; minRun: number; maxGap: number };
  listing: {
    minTeasers: number; headlineMinWords: number; headlineMaxWords: number; dateWithin: number; dateMaxWords: number;
    /** Compiled `teaserDate` patterns. */
    teaserDate: LinePatterns;
  };
  /** Split confidence below which a page gets `low_confidence_split`. */
  lowConfidence: number;
  /** How many of the least sure lines the split confidence averages (`splitConfidenceOf`). */
  lowConfidenceLines: number;
}

const cache = new Map<string, PageKindRules>();

function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`page-kind rules: '${where}' must be a number ≥ 0`);
  return v;
}

/**
 * Reads (once per file) the page-kind thresholds. Throws naming the field that is missing or wrong.
 * @example loadPageKindRules().listing.minTeasers // 3
 */
export function loadPageKindRules(file: string = PAGE_KINDS_FILE): PageKindRules {
  const hit = cache.get(file);
  if (hit) return hit;
  const y = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const p = y.paragraph ?? {}, a = y.article ?? {}, l = y.listing ?? {};
  const rules: PageKindRules = {
    paragraph: {
      lineMinWords: num(p.lineMinWords, 'paragraph.lineMinWords'), minWords: num(p.minWords, 'paragraph.minWords'),
      unendedMinWords: num(p.unendedMinWords, 'paragraph.unendedMinWords'),
    },
    article: { minWords: num(a.minWords, 'article.minWords'), minRun: num(a.minRun, 'article.minRun'), maxGap: num(a.maxGap, 'article.maxGap') },
    listing: {
      minTeasers: num(l.minTeasers, 'listing.minTeasers'), headlineMinWords: num(l.headlineMinWords, 'listing.headlineMinWords'),
      headlineMaxWords: num(l.headlineMaxWords, 'listing.headlineMaxWords'), dateWithin: num(l.dateWithin, 'listing.dateWithin'),
      dateMaxWords: num(l.dateMaxWords, 'listing.dateMaxWords'),
      teaserDate: compileLinePatterns((l.teaserDate ?? {}) as LinePatternSpec),
    },
    lowConfidence: num((y as Record<string, unknown>).lowConfidence, 'lowConfidence'),
    lowConfidenceLines: Math.max(1, Math.round(num((y as Record<string, unknown>).lowConfidenceLines, 'lowConfidenceLines'))),
  };
  cache.set(file, rules);
  return rules;
}
