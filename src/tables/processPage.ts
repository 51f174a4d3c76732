/**
 * One page → its rows and partial counts. Pure and self-contained, so pages can be processed in
 * any order (or on worker threads) and their partials merged.
 */
import type { Page } from '../corpus/types';
import type { Article } from '../split/types';
import type { Hit } from '../stance/types';
import type { CategorySet, Lexicon } from '../lexicon/types';
import { stanceSign } from '../lexicon/categoryOf';
import type { ArticleRow, CommentRow, HitRow } from './types';
import { splitPage } from '../split/splitPage';
import { splitOptionsOf, type SplitChoice } from '../split/splitChoice';
import { scoreStance } from '../stance/scoreStance';
import { kwicOfHit } from '../stance/kwic';
import { scanArticle } from '../stance/matchMarkers';
import { voiceOfHit } from '../stance/voices/voiceOfHit';
import { defaultVoiceTable, type VoiceTable } from '../stance/voices/voiceTable';
import { segmentOfRole, type Segment } from './segments';
import { UNKNOWN_OUTLET } from './columns';
import { articleCountedOnce } from './countedLines';
import { TermTally } from '../text/termTally';
import { voiceCountsOf, type VoiceCount } from './voiceCounts';

/** Category counts and tokens of one segment of one page: a bootstrap unit. */
export interface SegmentUnit {
  /** Tokens in the segment. */
  tokens: number;
  /** Counted hits per category (see `countsTowardRates`). */
  hits: Map<string, number>;
}

/** Everything the tables need from one page. */
export interface PageResult {
  /** The split page (kept only when `keepArticle` is set). */
  article: Article | null;
  /** Page id. */
  id: string;
  /** Outlet id or null. */
  outlet: string | null;
  articleRow: ArticleRow;
  commentRows: CommentRow[];
  hitRows: HitRow[];
  /** The page's hits per segment × voice (voices.csv adds these up). */
  voiceCounts: VoiceCount[];
  /** Per-segment bootstrap units. */
  units: Record<Segment, SegmentUnit>;
  /** Keyness terms (normalized, clitic-stripped, stopwords removed) per segment. */
  terms: Record<Segment, Map<string, number>>;
  /**
   * The tallies `terms` was built from (they number the terms for a thread's output:
   * `TermTally.idsInto`). Not enumerable: the producing thread's scratch, not part of the result's data.
   */
  tallies?: Record<Segment, TermTally>;
}

/** Options of `processPage`. */
export interface ProcessPageOptions {
  /** Camp of each outlet id (from the outlet registry). Default: none known. */
  camps?: ReadonlyMap<string, string>;
  /** Characters of context on each side of a hit in hits.csv. Default 40. */
  kwicWindow?: number;
  /** Keep the split Article in the result (for notebooks). Default false. */
  keepArticle?: boolean;
  /** Which line labeller splits the page (`SplitChoice`). Default: the profile rules. */
  split?: SplitChoice;
  /** Voice table naming the hits' speakers (`HitRow.voice`). Default: data/voices.yaml (`defaultVoiceTable`). */
  voices?: VoiceTable;
}

/**
 * Whether a hit counts toward category rates: every hit does, except negated hits of a category
 * with a stance direction («لا نرفض التطبيع» does not count as opposition).
 * @example countsTowardRates({category: 'stance_oppose', negated: true}, lexicon) // false
 */
export function countsTowardRates(hit: Pick<Hit, 'category' | 'negated'>, lexicon: CategorySet): boolean {
  return !hit.negated || stanceSign(lexicon, hit.category) === 0;
}

/**
 * Splits a page, matches the lexicon and reduces the page to its table rows and partial counts.
 * @example
 * const r = processPage(page, lexicon);
 * r.articleRow.support // 0
 * r.hitRows.length     // 12
 */
export function processPage(page: Page, lexicon: Lexicon, options: ProcessPageOptions = {}): PageResult {
  return processArticle(page, splitPage(page, splitOptionsOf(options.split)), lexicon, options);
}

/**
 * The warnings of an article row: the page's read warnings, then the splitter's. `splitPage`
 * already puts the page's first, so they are not added twice (they were: `no Arabic letters |
 * no Arabic letters`).
 * @example articleWarnings({warnings: ['w']}, {warnings: ['w', 'x']}) // ['w', 'x']
 */
export function articleWarnings(page: Pick<Page, 'warnings'>, article: Pick<Article, 'warnings'>): string[] {
  const prefixed = page.warnings.every((w, i) => article.warnings[i] === w);
  return prefixed ? article.warnings : [...page.warnings, ...article.warnings];
}

/**
 * The part of `processPage` after splitting: matches an already split page and reduces it to its
 * rows and partial counts (so the splitter and the rest can be timed and tested apart).
 * @example processArticle(page, splitPage(page), lexicon).hitRows.length // 12
 */
export function processArticle(page: Page, article: Article, lexicon: Lexicon, options: ProcessPageOptions = {}): PageResult {
  const window = options.kwicWindow ?? 40;
  const voices = options.voices ?? defaultVoiceTable();
  const outlet = article.outlet;
  const outletCell = outlet ?? UNKNOWN_OUTLET;
  const units: Record<Segment, SegmentUnit> = {
    reporting: { tokens: 0, hits: new Map() },
    comments: { tokens: 0, hits: new Map() },
  };
  const terms: Record<Segment, Map<string, number>> = { reporting: new Map(), comments: new Map() };
  // Terms are counted per slot and added to the Maps once per distinct term (same Map content and order).
  const tallies: Record<Segment, TermTally> = { reporting: new TermTally(), comments: new TermTally() };
  const commentTokens = new Array<number>(article.comments.length).fill(0);
  // One token pass per line: hits, token counts and keyness terms together. The matched lines are
  // exactly the lines of a segment (lines without text have no tokens and no terms), a repeat of
  // the title left out (counted once: src/tables/countedLines.ts).
  const hits = scanArticle(articleCountedOnce(article), lexicon, {
    onLine: (line, counts) => {
      const seg = segmentOfRole(line.role);
      if (!seg) return;
      units[seg].tokens += counts.words;
      if (seg === 'comments' && line.comment !== null) commentTokens[line.comment] += counts.words;
      const tally = tallies[seg];
      const slots = counts.termSlots;
      for (let i = 0; i < counts.termCount; i++) tally.add(slots[i]);
    },
  });
  tallies.reporting.flushInto(terms.reporting);
  tallies.comments.flushInto(terms.comments);
  const stance = scoreStance(article, hits, lexicon);
  const hitRows: HitRow[] = [];
  let reportingHits = 0;
  const commentHits = new Map<number, number>();
  for (const h of hits) {
    const seg: Segment = h.comment === null ? 'reporting' : 'comments';
    if (h.comment === null) reportingHits++;
    else commentHits.set(h.comment, (commentHits.get(h.comment) ?? 0) + 1);
    if (countsTowardRates(h, lexicon)) {
      const counts = units[seg].hits;
      counts.set(h.category, (counts.get(h.category) ?? 0) + 1);
    }
    const k = kwicOfHit(article, h, window);
    hitRows.push({
      id: h.id, file: h.file, outlet: outletCell, line: h.line, col: h.col, len: h.len, role: h.role, segment: seg,
      comment: h.comment, category: h.category, marker: h.marker, polarity: h.polarity, negated: h.negated,
      quoted: h.quoted, speaker: h.speaker, pre: k.pre, keyword: k.keyword, post: k.post, voice: voiceOfHit(h, voices),
    });
  }
  const voiceCounts = voiceCountsOf(hitRows, lexicon);
  // The reporting stance split by voice: the outlet's own words, and what it quotes or reports.
  const split = { authorialSupport: 0, authorialOppose: 0, reportedSupport: 0, reportedOppose: 0 };
  for (const c of voiceCounts) {
    if (c.segment !== 'reporting') continue;
    if (c.voice === 'authorial') { split.authorialSupport += c.support; split.authorialOppose += c.oppose; }
    else { split.reportedSupport += c.support; split.reportedOppose += c.oppose; }
  }
  const commentIdx = stance.comments.map((c) => c.index).filter((x): x is number => x !== null);
  const stanceOf = new Map(stance.comments.map((c) => [c.comment, c]));
  const articleRow: ArticleRow = {
    id: article.id,
    file: article.file,
    outlet: outletCell,
    camp: outlet ? options.camps?.get(outlet) ?? null : null,
    outletSource: article.outletSource,
    published: page.meta?.published ?? null,
    title: article.title,
    pageKind: article.pageKind,
    pageKindReason: article.pageKindReason,
    splitConfidence: article.splitConfidence,
    bodyTokens: units.reporting.tokens,
    commentsParsed: article.comments.length,
    commentsDeclared: article.declaredCommentCount,
    hits: reportingHits,
    support: stance.reporting.support,
    oppose: stance.reporting.oppose,
    stanceIndex: stance.reporting.index,
    meanCommentIndex: commentIdx.length ? commentIdx.reduce((a, b) => a + b, 0) / commentIdx.length : null,
    warnings: articleWarnings(page, article).join(' | '),
    ...split,
  };
  const commentRows: CommentRow[] = article.comments.map((c, i) => {
    const s = stanceOf.get(c.index) ?? { support: 0, oppose: 0, index: null };
    return {
      articleId: article.id, file: article.file, outlet: outletCell, comment: c.index, author: c.author, meta: c.meta, ageMonths: c.ageMonths,
      approxDate: c.approxDate, tokens: commentTokens[i] ?? 0,
      hits: commentHits.get(c.index) ?? 0, support: s.support, oppose: s.oppose,
      stanceIndex: s.index, text: c.text,
    };
  });
  const result: PageResult = {
    article: options.keepArticle ? article : null,
    id: article.id, outlet, articleRow, commentRows, hitRows, voiceCounts, units, terms,
  };
  return Object.defineProperty(result, 'tallies', { value: tallies, enumerable: false });
}
